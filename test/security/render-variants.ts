import type { Story, StoryErrorDetail, StoryLoadDetail } from '../../src/index.js';
import { PRERENDERED } from '../../src/registry.js';
import { seed, settled, shownText } from '../helpers.js';
import { collapse, shown, unsafeMarkup, until, type Shown } from './inspect.js';
import { visibleTexts } from './visible-texts.js';

/** One way of showing a story: a widget, alone or inside a `<story-provider>`. */
export interface Variant {
  tag: string;
  viewpoint?: string;
  provider?: boolean;
}

/** Every element, and every way the provider hands a story down. */
export const VARIANTS: Variant[] = [
  ...PRERENDERED.map((tag) => ({ tag })),
  { tag: 'viewpoint-card', viewpoint: seed.viewpoints![0]!.id },
  { tag: 'story-summary', provider: true },
  { tag: 'viewpoint-card', provider: true },
];

export const variantName = (v: Variant) =>
  `${v.provider ? 'story-provider > ' : ''}<${v.tag}${v.viewpoint ? ` viewpoint` : ''}>`;

export type Outcome =
  { type: 'story-load'; detail: StoryLoadDetail } | { type: 'story-error'; detail: StoryErrorDetail };

export interface Rendered {
  variant: Variant;
  /** The element given the input: the widget, or its provider. */
  host: HTMLElement;
  widget: HTMLElement;
  outcome?: Outcome;
}

/** The input a case hands over: a `story` property value, or a `src` URL. */
export type Input = { story: unknown } | { src: string; attributes?: Record<string, string> };

/**
 * Renders every variant with `input` into `container` and waits until each
 * host reported `story-load` or `story-error` and finished rendering.
 */
export async function renderVariants(
  container: HTMLElement,
  input: Input,
  variants = VARIANTS,
  ms?: number,
): Promise<Rendered[]> {
  const rendered = variants.map((variant) => {
    const widget = document.createElement(variant.tag);
    if (variant.viewpoint) widget.setAttribute('viewpoint', variant.viewpoint);
    const host = variant.provider ? document.createElement('story-provider') : widget;
    if (host !== widget) host.append(widget);
    const entry: Rendered = { variant, host, widget };
    const record = (event: Event) =>
      (entry.outcome ??= { type: event.type, detail: (event as CustomEvent).detail } as Outcome);
    host.addEventListener('story-load', record);
    host.addEventListener('story-error', record);
    if ('story' in input) (host as HTMLElement & { story: unknown }).story = input.story;
    else
      for (const [name, value] of Object.entries({ ...input.attributes, src: input.src }))
        host.setAttribute(name, value);
    return entry;
  });
  container.append(...rendered.map((r) => r.host));
  await until(() => rendered.every((r) => r.outcome), 'every element reported story-load or story-error', ms);
  await Promise.all(rendered.map((r) => settled(r.host)));
  return rendered;
}

/**
 * The promises of the issue, checked for one rendered variant: the widget is
 * never blank (a story or an error message), its shadow root holds nothing
 * that runs code or links outside http(s), and when it shows a story, every
 * text of it shows literally. `story` is the story as handed over, the oracle.
 */
export function problemsOf({ variant, widget, host, outcome }: Rendered, story: Story | undefined): string[] {
  const name = variantName(variant);
  const problems = unsafeMarkup(host).map((p) => `${name}: ${p}`);
  const state: Shown = shown(widget);
  const expected: Shown = outcome?.type === 'story-load' ? 'content' : 'error';
  if (state !== expected) problems.push(`${name} shows ${state} after ${outcome?.type}`);
  if (state === 'content' && story) {
    const text = shownText(widget);
    for (const piece of visibleTexts(variant.tag, story, variant.viewpoint)) {
      if (!text.includes(collapse(piece)))
        problems.push(`${name} does not show ${JSON.stringify(piece.slice(0, 80))} as text`);
    }
  }
  return problems;
}
