import type { Story } from '../story/schema.js';
import { ELEMENT_NAMES, type ElementName } from './render-options.js';

// Measured on the seed story in Chromium (16px system font): an average
// character is about 8px wide, a line 24px tall; each widget has a frame of
// padding and borders. The estimate only sets the iframe's first height: the
// embed page then reports its real one (src/embed/frame.ts).
const CHAR = 8;
const LINE = 24;
const FRAME = 64;
const PAGE = 16;
const GAP = 16;

function lines(text: string | undefined, width: number, scale = 1): number {
  if (!text) return 0;
  const perLine = Math.max(8, Math.floor((width - FRAME) / (CHAR * scale)));
  return Math.ceil(text.length / perLine) * LINE * scale;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const ESTIMATES: Record<ElementName, (story: Story, width: number) => number> = {
  'story-summary': (story, width) =>
    FRAME +
    lines(story.title, width, 1.25) +
    lines(story.summary, width) +
    (story.whyItMatters ? LINE * 2 + lines(story.whyItMatters, width) : 0) +
    sum((story.body ?? []).map((paragraph) => lines(paragraph, width) + LINE / 2)) +
    sum((story.perspectives ?? []).map((p) => LINE + lines(p.summary, width) + LINE / 2)),
  'viewpoint-card': (story, width) =>
    FRAME +
    lines(story.title, width, 1.25) +
    sum((story.viewpoints ?? []).map((v) => FRAME / 2 + lines(`${v.name} ${v.stance}`, width))),
  'source-list': (story, width) =>
    FRAME + LINE * 4 + sum((story.sources ?? []).map((s) => LINE + lines(s.headline, width) + LINE / 2)),
  'coverage-gaps': (story, width) =>
    FRAME +
    lines(story.title, width, 1.25) +
    LINE * 2 +
    sum((story.notRepresented ?? []).map((gap) => lines(gap, width) + LINE / 4)),
};

/** About how tall (in CSS pixels) an embed page is at this width: one widget, or all of them. */
export function estimateHeight(story: Story, element: ElementName | undefined, width: number): number {
  const names = element ? [element] : ELEMENT_NAMES;
  return Math.round(PAGE + sum(names.map((name) => ESTIMATES[name](story, width) + GAP)));
}
