/// <reference types="node" />
/**
 * The `viewpoint-cards` command (bin/viewpoint-cards.js):
 *   validate <story.json|->... [--json] [--strict] [--base-url URL]
 *   render <story.json|-> [--element NAME|all] [--theme T] [--heading-level N] [--viewpoint ID] [--base-url URL]
 *          [--lang TAG] [--labels FILE] [--jsonld]
 *   csp [--policy]
 *   build, serve: see site-commands.ts
 * Exit codes: see EXIT in the usage text below.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { VERSION } from '../shared/version.js';
import { StoryError } from '../story/story-error.js';
import { contentSecurityPolicy, cspStyleHashes } from './csp.js';
import { RenderOptionError } from './render-option-error.js';
import { MissingRendererError, renderStory } from './render-story.js';
import { storyJsonLdScript } from './story-json-ld.js';
import { UsageError } from './usage-error.js';
import { validateStoryText, type StoryProblem } from './validate-story.js';

const USAGE = `viewpoint-cards ${VERSION}

Usage:
  viewpoint-cards validate <story.json>... [--json] [--strict] [--base-url URL]
  viewpoint-cards render <story.json> [--element NAME] [--theme light|dark|auto]
                  [--heading-level 1-6] [--viewpoint ID] [--base-url URL]
                  [--lang TAG] [--labels labels.json] [--jsonld]
  viewpoint-cards csp [--policy]
  viewpoint-cards build <stories-folder> --out <folder> --base-url URL
                  [--provider-name NAME] [--threads N]
  viewpoint-cards serve <site-or-stories-folder> [--port N] [--host H]
                  [--base-url URL] [--provider-name NAME]

validate  checks each story against the story schema and prints every problem
          with its JSON path and a hint; exit code 1 when any file has a problem.
          Citations of missing sources are warnings (exit code 0);
          --strict makes them problems (exit code 1).
render    prints prerendered HTML (declarative shadow DOM) for one widget:
          story-summary, viewpoint-card, source-list, coverage-gaps, or all (default).
          --jsonld adds a schema.org NewsArticle <script type="application/ld+json">.
          --base-url is the page's URL: relative links resolve against it.
          Labels are in the story's language; --lang names the page's language
          for a story without one; --labels replaces labels (a JSON object).
csp       prints the style-src sources that prerendered widgets need under a
          strict Content-Security-Policy (the hashes of their <style> blocks);
          --policy prints a whole strict policy that includes them.
build     writes a static site for a folder of stories: each story's JSON, embed
          pages for iframes (all widgets, and one page per widget), oEmbed answers,
          the scripts and an index. Only changed stories are written again; exit
          code 1 when a story file was skipped (each is listed with its problems).
serve     serves a built site, or builds a folder of stories in memory, with a
          live oEmbed endpoint at /oembed (for development and small sites).

A file name of - reads the story from standard input.

Exit codes:
  0  done
  1  a story has problems or cannot be read (build: a file skipped; validate --strict: a warning)
  2  wrong usage (unknown command, option or value)
  3  rendering failed on a valid story: a bug in viewpoint-cards, please report it`;

/** The renderer failed on a valid story and valid options: a bug here, not in the input (exit 3). */
class RenderError extends Error {
  override name = 'RenderError';
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'validate') return await validate(rest);
    if (command === 'render') return await renderCommand(rest);
    if (command === 'csp') return csp(rest);
    if (command === 'build') return await (await import('./site-commands.js')).buildCommand(rest);
    if (command === 'serve') return await (await import('./site-commands.js')).serveCommand(rest);
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

async function validate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('validate needs at least one story file.');
  const results: { file: string; valid: boolean; problems: StoryProblem[]; warnings: StoryProblem[] }[] = [];
  for (const file of positionals) {
    const text = await readStory(file);
    const result =
      typeof text === 'string'
        ? validateStoryText(text, { baseUrl: baseUrlOf(values['base-url']) })
        : {
            valid: false,
            problems: [
              { path: [], at: '(file)', message: text.message, hint: 'check the file name and that it is readable' },
            ],
            warnings: [],
          };
    // Under --strict a warning fails the file like a problem.
    const valid = result.valid && !(values.strict && result.warnings.length);
    results.push({ file, valid, problems: result.problems, warnings: result.warnings });
  }
  if (values.json) {
    print(JSON.stringify({ valid: results.every((r) => r.valid), files: results }, null, 2));
  } else {
    for (const { file, valid, problems, warnings } of results) {
      const counts = [plural(problems.length, 'problem'), plural(warnings.length, 'warning')].filter(Boolean);
      print(
        `${file}: ${problems.length ? counts.join(', ') : [valid ? 'valid' : 'not valid (--strict)', ...counts].join(', ')}`,
      );
      for (const problem of problems) print(`  ${problem.at}: ${problem.message}\n    hint: ${problem.hint}`);
      for (const warning of warnings) print(`  ${warning.at}: warning: ${warning.message}\n    hint: ${warning.hint}`);
    }
  }
  return results.every((r) => r.valid) ? 0 : 1;
}

async function renderCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      element: { type: 'string', default: 'all' },
      theme: { type: 'string' },
      'heading-level': { type: 'string' },
      viewpoint: { type: 'string' },
      'base-url': { type: 'string' },
      lang: { type: 'string' },
      labels: { type: 'string' },
      jsonld: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('render needs exactly one story file.');
  const text = await readStory(positionals[0]!);
  if (typeof text !== 'string') return fail(text.message);
  const checked = validateStoryText(text, { baseUrl: baseUrlOf(values['base-url']) });
  if (!checked.valid)
    return fail(
      `${positionals[0]} is not a valid story; run "viewpoint-cards validate ${positionals[0]}" for details.`,
    );

  const labels = values.labels === undefined ? undefined : await readLabels(values.labels);
  if (labels instanceof Error) return fail(labels.message);
  const headingLevel = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
  let output: string;
  try {
    output = await renderStory(checked.story, {
      element: values.element as never,
      theme: values.theme as never,
      headingLevel,
      viewpoint: values.viewpoint,
      lang: values.lang,
      labels,
    });
  } catch (error) {
    if (error instanceof RenderOptionError) throw new UsageError(error.message);
    if (error instanceof StoryError || error instanceof MissingRendererError) return fail(error.message);
    throw new RenderError('rendering failed; this is a bug in viewpoint-cards, please report it with the story.', {
      cause: error,
    });
  }
  if (values.jsonld) output += `\n${storyJsonLdScript(checked.story, { url: values['base-url'] })}`;
  print(output);
  return 0;
}

function csp(args: string[]): number {
  const { values } = parseArgs({ args, options: { policy: { type: 'boolean', default: false } } });
  print(values.policy ? contentSecurityPolicy() : cspStyleHashes().join(' '));
  return 0;
}

/** `--base-url` must be an absolute URL: links resolved against anything else would all be dropped. */
function baseUrlOf(value: string | undefined): string | undefined {
  if (value !== undefined && !URL.canParse(value))
    throw new UsageError(`--base-url must be an absolute URL, not "${value}".`);
  return value;
}

/** The file's text, or the error that kept it from being read. */
async function readStory(file: string): Promise<string | Error> {
  try {
    return file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    return new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The `--labels` file: a JSON object of label keys and texts, or why it cannot be used. */
async function readLabels(file: string): Promise<Record<string, string> | Error> {
  try {
    const labels: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (labels && typeof labels === 'object' && !Array.isArray(labels)) return labels as Record<string, string>;
    return new Error(`${file} must hold a JSON object of labels, e.g. {"sources": "Quellen"}.`);
  } catch (error) {
    return new Error(`cannot read the labels in ${file}: ${(error as Error).message}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** "2 warnings", "1 problem", or nothing for none. */
function plural(count: number, noun: string): string {
  return count ? `${count} ${noun}${count === 1 ? '' : 's'}` : '';
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function fail(message: string): number {
  process.stderr.write(`viewpoint-cards: ${message}\n`);
  return 1;
}
