/** `viewpoint-cards csp [--policy]` (dispatched from cli.ts). */
import { print } from './cli-io.js';
import { parseCommand, type OptionTable } from './cli-options.js';
import { contentSecurityPolicy, cspStyleHashes } from './csp.js';

const OPTIONS = { policy: { type: 'boolean', default: false } } as const satisfies OptionTable;

/** Prints the style hashes prerendered widgets need, or (`--policy`) a whole strict policy with them. */
export async function cspCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, OPTIONS, { count: 'none' });
  print(values.policy ? contentSecurityPolicy() : cspStyleHashes().join(' '));
  return 0;
}
