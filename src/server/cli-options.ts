/// <reference types="node" />
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/**
 * One command's options, in node:util's `parseArgs` form: each command keeps
 * its table at the top of its file, so a new flag is one line there (and one
 * in the usage text).
 */
export type OptionTable = NonNullable<ParseArgsConfig['options']>;

/** Options that mean the same in several commands. */
export const SHARED_OPTIONS = {
  'base-url': { type: 'string' },
  'provider-name': { type: 'string' },
} as const satisfies OptionTable;

/** How many files or folders a command takes after its name, and what it says when the count is wrong. */
export interface Operands {
  count: 'none' | 'one' | 'some';
  message?: string;
}

/**
 * A command's arguments, parsed against its option table. An unknown option
 * or a wrong number of operands is wrong usage (exit code 2).
 */
export function parseCommand<const T extends OptionTable>(args: string[], options: T, operands: Operands) {
  const parsed = parseArgs({ args, options, allowPositionals: operands.count !== 'none', strict: true });
  const { length } = parsed.positionals;
  if (operands.count === 'one' ? length !== 1 : operands.count === 'some' && !length)
    throw new UsageError(operands.message ?? 'Wrong number of arguments.');
  return parsed;
}

/** `--base-url` must be an absolute URL: links resolved against anything else would all be dropped. */
export function baseUrlOf(value: string | undefined): string | undefined {
  if (value !== undefined && !URL.canParse(value))
    throw new UsageError(`--base-url must be an absolute URL, not "${value}".`);
  return value;
}
