/// <reference types="node" />
/**
 * `viewpoint-cards build` and `viewpoint-cards serve` (dispatched from cli.ts):
 *   build <stories-dir> --out DIR --base-url URL [--provider-name NAME] [--threads N]
 *   serve <site-or-stories-dir> [--port N] [--host H] [--base-url URL] [--provider-name NAME]
 */
import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { buildSite, builtSite, type BuildReport } from './build-site.js';
import { plural, print, printProblem } from './cli-io.js';
import { parseCommand, SHARED_OPTIONS, type OptionTable } from './cli-options.js';
import { siteServer, type ServedSite } from './serve.js';
import { siteOf, type Site } from './site-options.js';
import { DiskOutput, MemoryOutput } from './site-output.js';
import { UsageError } from './usage-error.js';

const BUILD_OPTIONS = {
  out: { type: 'string' },
  ...SHARED_OPTIONS,
  threads: { type: 'string' },
} as const satisfies OptionTable;

const SERVE_OPTIONS = {
  port: { type: 'string', default: '8080' },
  host: { type: 'string', default: '127.0.0.1' },
  ...SHARED_OPTIONS,
} as const satisfies OptionTable;

function site(baseUrl: string, providerName: string | undefined): Site {
  try {
    return siteOf(baseUrl, providerName);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The command's options and its one folder argument, which must exist (else exit code 2 with `message`). */
async function parseFolderCommand<const T extends OptionTable>(args: string[], options: T, message: string) {
  const { values, positionals } = parseCommand(args, options, { count: 'one', message });
  const [dir] = positionals as [string];
  if (!dir) throw new UsageError(message);
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new UsageError(`${dir} is not a folder.`);
  return { values, dir };
}

/** Prints what a build did and every skipped file's problems; exit code 1 when any file was skipped. */
function report(result: BuildReport, where: string): number {
  for (const { file, problems } of result.skipped) {
    print(`${file}: skipped, ${plural(problems.length, 'problem')}`);
    for (const problem of problems) printProblem(problem);
  }
  const { stories, rendered, unchanged, removed, skipped } = result;
  print(
    `${where}: ${stories} ${stories === 1 ? 'story' : 'stories'} (${rendered} written, ${unchanged} unchanged, ${removed} removed)` +
      (skipped.length ? `; ${plural(skipped.length, 'file')} skipped` : ''),
  );
  return skipped.length ? 1 : 0;
}

export async function buildCommand(args: string[]): Promise<number> {
  const { values, dir: stories } = await parseFolderCommand(
    args,
    BUILD_OPTIONS,
    'build needs exactly one folder of stories.',
  );
  if (!values.out) throw new UsageError('build needs --out, the folder to write the site to.');
  if (!values['base-url']) throw new UsageError('build needs --base-url, the address the site will have.');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0))
    throw new UsageError('--threads must be a whole number (0 renders without worker threads).');
  const options = { site: site(values['base-url'], values['provider-name']), threads };
  return report(await buildSite(stories, new DiskOutput(values.out), options), values.out);
}

export async function serveCommand(args: string[]): Promise<number> {
  const { values, dir } = await parseFolderCommand(
    args,
    SERVE_OPTIONS,
    'serve needs exactly one folder: a built site or stories.',
  );
  const port = Number(values.port);
  if (!(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError('--port must be from 0 to 65535.');
  const disk = new DiskOutput(dir);
  const built = await builtSite(disk);
  let ready!: (value?: unknown) => void;
  const served: ServedSite = built
    ? { files: disk, site: built }
    : ({ ready: new Promise((r) => (ready = r)) } as ServedSite);
  const server = siteServer(served);
  await new Promise<void>((resolve) => server.listen(port, values.host, resolve));
  const address = server.address() as { port: number };
  const here = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${address.port}/`;
  if (!built) {
    // A folder of stories: built in memory for this address, and again (only what changed) when a file changes.
    served.site = site(values['base-url'] ?? here, values['provider-name']);
    served.files = new MemoryOutput();
    const rebuild = async () => report(await buildSite(dir, served.files, { site: served.site }), 'built in memory');
    await rebuild();
    ready();
    let timer: NodeJS.Timeout | undefined;
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild().catch((error: Error) => console.error(error.message)), 100);
    }).unref();
  }
  print(`Serving ${dir} at ${here} (oEmbed: ${here}oembed?url=…); Ctrl+C stops.`);
  return new Promise<number>((resolve) => server.on('close', () => resolve(0)));
}
