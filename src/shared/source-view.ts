import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../story/schema.js';
import { formatDate } from './dates.js';
import { label, leanKey, typeKey, type Labels } from './labels.js';

/** The lean as a text label with a colour dot: colour is never the only cue. */
export function leanBadge(source: Source, labels: Partial<Labels> | undefined): TemplateResult {
  const lean = source.lean ?? 'unrated';
  return html`<span part="lean" class="lean lean-${lean}">${label(labels, leanKey(lean))}</span>`;
}

/** "Read on {outlet}", opening in a new tab without handing it our window; nothing when there is no safe URL. */
function readOnLink(source: Source, labels: Partial<Labels> | undefined): TemplateResult | typeof nothing {
  if (!source.url) return nothing;
  return html`<a part="link" href=${source.url} target="_blank" rel="noopener noreferrer" data-source=${source.id}
    >${label(labels, 'readOn', { outlet: source.outlet })}<span class="visually-hidden"> ${label(labels, 'opensInNewTab')}</span
    ><span aria-hidden="true"> →</span></a
  >`;
}

/**
 * What kind of piece it is, whether it is behind a subscription, and when it
 * was published, as words ("Opinion · Subscription · 3 March 2026"); nothing
 * when the story says none of it.
 */
export function sourceMeta(
  source: Source,
  labels: Partial<Labels> | undefined,
  lang: string | undefined,
): TemplateResult | typeof nothing {
  const { type, paywalled, publishedAt } = source;
  if (!type && !paywalled && !publishedAt) return nothing;
  // Spaces between the words, so that they are read apart; the dots between them are drawn by CSS.
  return html`<span part="meta" class="meta"
    >${type ? html`<span>${label(labels, typeKey(type))}</span>` : nothing}
    ${paywalled ? html`<span>${label(labels, 'paywalled')}</span>` : nothing}
    ${
      publishedAt
        ? html`<time datetime=${publishedAt}>${label(labels, 'published', { date: formatDate(publishedAt, lang) })}</time>`
        : nothing
    }</span
  >`;
}

/**
 * Outlet, lean, kind, headline and link of one source (after its `[n]` when given): the same in the source list,
 * citations and viewpoint cards.
 */
export function sourceSummary(
  source: Source,
  labels: Partial<Labels> | undefined,
  lang?: string,
  n?: number,
): TemplateResult {
  return html`<span class="source-head"
      >${n === undefined ? nothing : html`<span class="source-n">[${n}]</span> `}<span part="outlet" class="outlet"
        >${source.outlet}</span
      >
      ${leanBadge(source, labels)} ${sourceMeta(source, labels, lang)}</span
    >
    <span part="headline" class="headline">${source.headline}</span>
    ${readOnLink(source, labels)}`;
}
