/// <reference types="node" />
/**
 * The `viewpoint-cards` command (bin/viewpoint-cards.js):
 *   validate <story.json|->... [--json] [--base-url URL]
 *   render <story.json|-> [--element NAME|all] [--theme T] [--heading-level N] [--viewpoint ID] [--base-url URL]
 *          [--lang TAG] [--labels FILE] [--jsonld]
 * Exit codes: see EXIT in the usage text below.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { VERSION } from '../shared/version.js';
import { StoryError } from '../story/story-error.js';
import { RenderOptionError } from './render-option-error.js';
import { validateStoryText, type StoryProblem } from './validate-story.js';

const USAGE = `viewpoint-cards ${VERSION}

Usage:
  viewpoint-cards validate <story.json>... [--json] [--base-url URL]
  viewpoint-cards render <story.json> [--element NAME] [--theme light|dark|auto]
                  [--heading-level 1-6] [--viewpoint ID] [--base-url URL]
                  [--lang TAG] [--labels labels.json] [--jsonld]

validate  checks each story against the story schema and prints every problem
          with its JSON path and a hint; exit code 1 when any file has a problem.
render    prints prerendered HTML (declarative shadow DOM) for one widget:
          story-summary, viewpoint-card, source-list, coverage-gaps, or all (default).
          --jsonld adds a schema.org NewsArticle <script type="application/ld+json">.
          --base-url is the page's URL: relative links resolve against it.
          Labels are in the story's language; --lang names the page's language
          for a story without one; --labels replaces labels (a JSON object).

A file name of - reads the story from standard input.

Exit codes:
  0  done
  1  a story has problems, or cannot be read
  2  wrong usage (unknown command, option or value)
  3  rendering failed on a valid story: a bug in viewpoint-cards, please report it`;

/** Wrong flags or values: exit 2 with the usage text. */
class UsageError extends Error {}

/** The renderer failed on a valid story and valid options: a bug here, not in the input (exit 3). */
class RenderError extends Error {
  override name = 'RenderError';
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'validate') return await validate(rest);
    if (command === 'render') return await renderCommand(rest);
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
    options: { json: { type: 'boolean', default: false }, 'base-url': { type: 'string' } },
  });
  if (!positionals.length) throw new UsageError('validate needs at least one story file.');
  const results: { file: string; valid: boolean; problems: StoryProblem[] }[] = [];
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
          };
    results.push({ file, valid: result.valid, problems: result.problems });
  }
  if (values.json) {
    print(JSON.stringify({ valid: results.every((r) => r.valid), files: results }, null, 2));
  } else {
    for (const { file, valid, problems } of results) {
      if (valid) {
        print(`${file}: valid`);
        continue;
      }
      print(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const problem of problems) print(`  ${problem.at}: ${problem.message}\n    hint: ${problem.hint}`);
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

  // Loaded only here: validating needs neither Lit's server renderer nor the elements.
  const renderer = await import('./render-story.js').catch((error: Error & { code?: string }) => error);
  if (renderer instanceof Error) {
    if (renderer.code === 'ERR_MODULE_NOT_FOUND' && renderer.message.includes('@lit-labs/ssr')) {
      return fail('render needs @lit-labs/ssr installed beside viewpoint-cards (npm install @lit-labs/ssr).');
    }
    throw renderer;
  }
  const { renderStory } = renderer;
  const labels = values.labels === undefined ? undefined : await readLabels(values.labels);
  if (labels instanceof Error) return fail(labels.message);
  const { storyJsonLdScript } = await import('./story-json-ld.js');
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
    if (error instanceof StoryError) return fail(error.message);
    throw new RenderError('rendering failed; this is a bug in viewpoint-cards, please report it with the story.', {
      cause: error,
    });
  }
  if (values.jsonld) output += `\n${storyJsonLdScript(checked.story, { url: values['base-url'] })}`;
  print(output);
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

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function fail(message: string): number {
  process.stderr.write(`viewpoint-cards: ${message}\n`);
  return 1;
}
