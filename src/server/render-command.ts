/// <reference types="node" />
/**
 * `viewpoint-cards render <story.json|-> [--element NAME|all] [--theme T] [--heading-level N] [--viewpoint ID]
 * [--base-url URL] [--lang TAG] [--labels FILE] [--jsonld]` (dispatched from cli.ts).
 */
import { readFile } from 'node:fs/promises';
import type { LabelOverrides } from '../i18n/label-types.js';
import { StoryError } from '../story/story-error.js';
import { fail, print, readStory } from './cli-io.js';
import { baseUrlOf, parseCommand, SHARED_OPTIONS, type OptionTable } from './cli-options.js';
import { RenderError } from './render-error.js';
import { RenderOptionError } from './render-option-error.js';
import { MissingRendererError, renderStory } from './render-story.js';
import { storyJsonLdScript } from './story-json-ld.js';
import { UsageError } from './usage-error.js';
import { validateStoryText } from './validate-story.js';

const OPTIONS = {
  element: { type: 'string', default: 'all' },
  theme: { type: 'string' },
  'heading-level': { type: 'string' },
  viewpoint: { type: 'string' },
  'base-url': SHARED_OPTIONS['base-url'],
  lang: { type: 'string' },
  labels: { type: 'string' },
  jsonld: { type: 'boolean', default: false },
} as const satisfies OptionTable;

/** Prints one widget (or all four) of a valid story as prerendered HTML. */
export async function renderCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, OPTIONS, {
    count: 'one',
    message: 'render needs exactly one story file.',
  });
  const [file] = positionals as [string];
  const text = await readStory(file);
  if (typeof text !== 'string') return fail(text.message);
  const checked = validateStoryText(text, { baseUrl: baseUrlOf(values['base-url']) });
  if (!checked.valid) return fail(`${file} is not a valid story; run "viewpoint-cards validate ${file}" for details.`);

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

/** The `--labels` file: a JSON object of label keys and texts, or why it cannot be used. */
async function readLabels(file: string): Promise<LabelOverrides | Error> {
  try {
    const labels: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (labels && typeof labels === 'object' && !Array.isArray(labels)) return labels as LabelOverrides;
    return new Error(`${file} must hold a JSON object of labels, e.g. {"sources": "Quellen"}.`);
  } catch (error) {
    return new Error(`cannot read the labels in ${file}: ${(error as Error).message}`);
  }
}
