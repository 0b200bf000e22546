import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../story/schema.js';
import { label, leanKey, type Labels } from './labels.js';

/** The lean as a text label with a colour dot: colour is never the only cue. */
export function leanBadge(source: Source, labels: Partial<Labels> | undefined): TemplateResult {
  const lean = source.lean ?? 'unrated';
  return html`<span part="lean" class="lean lean-${lean}">${label(labels, leanKey(lean))}</span>`;
}

/** "Read on {outlet}", opening in a new tab without handing it our window; nothing when there is no safe URL. */
function readOnLink(source: Source, labels: Partial<Labels> | undefined): TemplateResult | typeof nothing {
  if (!source.url) return nothing;
  return html`<a part="link" href=${source.url} target="_blank" rel="noopener noreferrer"
    >${label(labels, 'readOn', { outlet: source.outlet })}<span class="visually-hidden"> ${label(labels, 'opensInNewTab')}</span
    ><span aria-hidden="true"> →</span></a
  >`;
}

/** Outlet, lean, headline and link of one source (after its `[n]` when given): the same in the source list and citations. */
export function sourceSummary(source: Source, labels: Partial<Labels> | undefined, n?: number): TemplateResult {
  return html`<span class="source-head"
      >${n === undefined ? nothing : html`<span class="source-n">[${n}]</span> `}<span part="outlet" class="outlet"
        >${source.outlet}</span
      >
      ${leanBadge(source, labels)}</span
    >
    <span part="headline" class="headline">${source.headline}</span>
    ${readOnLink(source, labels)}`;
}
