/// <reference types="node" />
/**
 * The `viewpoint-cards` command (bin/viewpoint-cards.js): picks the command,
 * and turns what went wrong into an exit code (listed in cli-usage.ts). Each
 * command lives in its own module with its option table, loaded only when
 * run: validating needs neither the renderer nor the site builder.
 */
import { print } from './cli-io.js';
import { USAGE } from './cli-usage.js';
import { RenderError } from './render-error.js';
import { VERSION } from '../shared/version.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate-command.js')).validateCommand,
  render: async () => (await import('./render-command.js')).renderCommand,
  csp: async () => (await import('./csp-command.js')).cspCommand,
  build: async () => (await import('./site-commands.js')).buildCommand,
  serve: async () => (await import('./site-commands.js')).serveCommand,
};

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command && Object.hasOwn(COMMANDS, command)) return await (await COMMANDS[command]!())(rest);
    if (command === '--version' || command === '-v') return (print(VERSION), 0);
    if (command === '--help' || command === '-h' || command === 'help') return (print(USAGE), 0);
    throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`viewpoint-cards: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof RenderError) {
      process.stderr.write(`viewpoint-cards: ${error.message}\n${(error.cause as Error)?.stack ?? error.cause}\n`);
      return 3;
    }
    throw error;
  }
}
