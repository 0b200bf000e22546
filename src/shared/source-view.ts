import { html, nothing, type TemplateResult } from 'lit';
import type { LabelsController } from '../controllers/labels-controller.js';
import type { Source } from '../story/schema.js';
import { leanKey } from './labels.js';

type Labeller = Pick<LabelsController, 'html'>;

/** The lean as a text label with a colour dot: colour is never the only cue. */
function leanBadge(source: Source, labels: Labeller): TemplateResult {
  const lean = source.lean ?? 'unrated';
  return html`<span part="lean" class="lean lean-${lean}">${labels.html(leanKey(lean))}</span>`;
}

/**
 * "Read on {outlet}", opening in a new tab without handing it our window;
 * nothing when there is no safe URL. The arrow points the way the text runs
 * (mirrored right to left, in the styles).
 */
function readOnLink(source: Source, labels: Labeller): TemplateResult | typeof nothing {
  if (!source.url) return nothing;
  return html`<a part="link" href=${source.url} target="_blank" rel="noopener noreferrer"
    >${labels.html('readOn', { outlet: source.outlet })}<span class="visually-hidden"> ${labels.html('opensInNewTab')}</span
    > <span class="arrow" aria-hidden="true">→</span></a
  >`;
}

/** Outlet, lean, headline and link of one source: the same in the source list, citations and viewpoint cards. */
export function sourceSummary(source: Source, labels: Labeller): TemplateResult {
  return html`<span class="source-head"><bdi part="outlet" class="outlet">${source.outlet}</bdi> ${leanBadge(source, labels)}</span>
    <span part="headline" class="headline">${source.headline}</span>
    ${readOnLink(source, labels)}`;
}
