import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LabelsController } from '../controllers/labels-controller.js';
import type { LeanFilterController } from './lean-filter-controller.js';
import { leanKey } from '../shared/labels.js';
import type { LeanScale } from '../story/lean.js';
import type { Lean } from '../story/schema.js';

/** What the lean scale needs from its `<source-list>`. */
export interface ScaleView {
  /** The list's labels: words, counts and percentages in the story's language. */
  labels: Pick<LabelsController, 'text' | 'number'>;
  /** The list's filter: the leans it has on, and turning one on or off (without one, showing all). */
  filter: Pick<LeanFilterController, 'leans' | 'toggle'>;
  /** The count of sources shown, for the polite status line; empty when there is nothing to say. */
  status: string;
  /** The one-sided-coverage flag, when the scale leans to one side. */
  flag: TemplateResult | typeof nothing;
}

const CELL = 20;
const HEIGHT = 10;

/**
 * The five-point lean scale, Left at the start of the reading direction:
 * one column per lean, as tall as its share of the largest, empty ones drawn
 * as an empty track. Decorative: the legend under it says the same in text
 * (hidden from assistive technology; no focusable="false", which only Internet
 * Explorer and the old Edge needed to keep an SVG out of the tab order).
 * SVG geometry attributes, not style strings: computed numbers only, allowed
 * under a strict CSP.
 */
function bar({ shares }: LeanScale): TemplateResult {
  const most = Math.max(1, ...shares.map((share) => share.count));
  const cells = shares.map(({ lean, count }, i) => {
    const height = (count / most) * HEIGHT;
    return svg`<rect class="track" x=${i * CELL + 0.5} width=${CELL - 1} height=${HEIGHT}></rect>
      <rect class="lean-${lean}" x=${i * CELL + 0.5} y=${HEIGHT - height} width=${CELL - 1} height=${height}></rect>`;
  });
  return html`<svg part="bar" class="bar" viewBox="0 0 100 ${HEIGHT}" preserveAspectRatio="none" aria-hidden="true">${cells}</svg>`;
}

/** One legend row: a filter toggle that shows name, count and percent in aligned columns and reads as one sentence. */
function legendRow({ labels, filter }: ScaleView, lean: Lean, count: number, percent?: number): TemplateResult {
  const name = labels.text(leanKey(lean));
  // The unrated row has no share (nor percent). `percent` too, the placeholder before
  // {share, number, percent}: overrides written for it keep working.
  const sentence = labels.text(percent === undefined ? 'unratedShare' : 'leanShare', {
    lean: { plain: name },
    count,
    share: percent && percent / 100,
    percent,
  });
  // Read as the sentence; the columns are for the eye (an aria-label would not match the visible text).
  // Buttons without type="button": in a shadow root they belong to no form (nor the page's around the widget).
  return html`<li class=${percent === undefined ? 'apart' : nothing}>
    <button part="filter" aria-pressed=${filter.leans.includes(lean)} @click=${() => filter.toggle(lean)}>
      <span class="lean lean-${lean}" aria-hidden="true">${name}</span
      ><span class="count" aria-hidden="true">${labels.number(count)}</span
      ><span class="count" aria-hidden="true">${percent === undefined ? nothing : labels.number(percent / 100, true)}</span
      ><span class="visually-hidden">${sentence}</span>
    </button>
  </li>`;
}

/** The scale, its labelled ends, the flag, and the legend whose rows filter the list. */
export function leanScaleView(scale: LeanScale, view: ScaleView): TemplateResult {
  return html`<div part="distribution" class="distribution">
    ${bar(scale)}
    <div class="ends muted" aria-hidden="true"><span>${view.labels.text('lean.left')}</span> <span>${view.labels.text('lean.right')}</span></div>
    ${view.flag}
    <ul part="legend" class="legend" aria-label=${view.labels.text('leanDistribution')}>
      ${scale.shares.map(({ lean, count, percent }) => legendRow(view, lean, count, percent))}
      ${scale.unrated ? legendRow(view, 'unrated', scale.unrated) : nothing}
    </ul>
    <div class="filter-status">
      <button part="show-all" @click=${() => view.filter.toggle()}>${view.labels.text('showAll')}</button>
      <span part="status" class="muted" role="status">${view.status}</span>
    </div>
  </div>`;
}
