import { html, nothing, type TemplateResult } from 'lit';
import type { LabelsController } from '../controllers/labels-controller.js';
import { leanOf } from '../story/lean.js';
import type { Source } from '../story/schema.js';
import { leanKey } from './labels.js';

/** What the source views need of a widget's labels: words and dates in the widget's language. */
export type Labeller = Pick<LabelsController, 'html' | 'date'>;

/** The lean as a text label with a colour dot: colour is never the only cue. */
export function leanBadge(source: Source, labels: Labeller): TemplateResult {
  const lean = leanOf(source);
  return html`<span part="lean" class="lean lean-${lean}">${labels.html(leanKey(lean))}</span>`;
}

/**
 * "Read on {outlet}", opening in a new tab without handing it our window;
 * nothing when there is no safe URL. The arrow points the way the text runs
 * (mirrored right to left, in the styles).
 */
function readOnLink(source: Source, labels: Labeller): TemplateResult | typeof nothing {
  if (!source.url) return nothing;
  return html`<a part="link" href=${source.url} target="_blank" rel="noopener noreferrer" data-source=${source.id}
    >${labels.html('readOn', { outlet: source.outlet })}<span class="visually-hidden"> ${labels.html('opensInNewTab')}</span
    > <span class="arrow" aria-hidden="true">→</span></a
  >`;
}

/**
 * What kind of piece it is, whether it is behind a subscription, and when it
 * was published, as words ("Opinion · Subscription · 3 March 2026"); nothing
 * when the story says none of it.
 */
export function sourceMeta(source: Source, labels: Labeller): TemplateResult | typeof nothing {
  const { type, paywalled, publishedAt } = source;
  if (!type && !paywalled && !publishedAt) return nothing;
  // Spaces between the words, so that they are read apart; the dots between them are drawn by CSS.
  return html`<span part="meta" class="meta"
    >${type ? html`<span>${labels.html(`type.${type}`)}</span>` : nothing}
    ${paywalled ? html`<span>${labels.html('paywalled')}</span>` : nothing}
    ${
      publishedAt
        ? html`<time datetime=${publishedAt}>${labels.html('published', { date: { plain: labels.date(publishedAt) } })}</time>`
        : nothing
    }</span
  >`;
}

/**
 * Outlet, lean, kind, headline and link of one source (after its `[n]` when `numbered`): the same in the source list,
 * citations and viewpoint cards. The outlet is isolated, so a name in either direction reads in order.
 */
export function sourceSummary(source: Source, labels: Labeller, numbered?: boolean): TemplateResult {
  return html`<span class="source-head"
      >${numbered ? html`<span class="source-n">[${source.id}]</span> ` : nothing}<bdi part="outlet" class="outlet"
        >${source.outlet}</bdi
      >
      ${leanBadge(source, labels)} ${sourceMeta(source, labels)}</span
    >
    <span part="headline" class="headline">${source.headline}</span>
    ${readOnLink(source, labels)}`;
}
