import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { leanKey, type LabelKey } from '../shared/labels.js';
import { sourceMeta, type Labeller } from '../shared/source-view.js';
import { leanOf, sideOf, type Side } from '../story/lean.js';
import type { Source } from '../story/schema.js';

const SIDES = ['left', 'center', 'right', 'unrated'] as const;

/** One headline of a side: linked when it has a safe URL, with outlet, `[n]`, and its kind as text. */
function sideItem(source: Source, labels: Labeller): TemplateResult {
  const headline = source.url
    ? html`<a part="link" href=${source.url} target="_blank" rel="noopener noreferrer" data-source=${source.id}
        >${source.headline}<span class="visually-hidden"> ${labels.html('opensInNewTab')}</span></a
      >`
    : source.headline;
  return html`<li data-n=${source.id}>
    <span part="headline" class="headline">${headline}</span>
    <span class="source-head"
      ><bdi part="outlet" class="outlet">${source.outlet}</bdi> <span class="muted">[${source.id}]</span>
      ${sourceMeta(source, labels)}</span
    >
  </li>`;
}

/**
 * Coverage side by side: Left (left + lean-left), Center and Right columns,
 * in the reading direction, then the unrated sources as a fourth group when
 * there are any. `all` decides which sides are empty in the story, which say
 * so; `shown` is what the filter lets through (a side it empties is left out).
 */
export function sidesView(
  all: readonly Source[],
  shown: readonly Source[],
  level: number,
  labels: Labeller,
): TemplateResult {
  const on = (list: readonly Source[], side: Side) => list.filter((source) => sideOf(leanOf(source)) === side);
  return html`<div part="sides" class="sides">
    ${SIDES.map((side) => {
      const inStory = on(all, side).length;
      const here = on(shown, side);
      // Left out: a side the filter emptied, and the unrated group when the story has none.
      if (inStory ? !here.length : side === 'unrated') return nothing;
      return html`<section part="side" class="side side-${side}">
        ${heading(level, labels.html(leanKey(side)))}
        ${
          here.length
            ? html`<ul class="side-list">${here.map((source) => sideItem(source, labels))}</ul>`
            : html`<p part="side-empty" class="muted">${labels.html(`sideNone.${side}` as LabelKey)}</p>`
        }
      </section>`;
    })}
  </div>`;
}
