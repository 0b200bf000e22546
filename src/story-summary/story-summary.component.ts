import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { splitCitations } from '../story/citations.js';
import { sourcesById } from '../story/story-parts.js';
import type { Source, Story } from '../story/schema.js';
import { emit } from '../shared/events.js';
import { heading } from '../shared/heading.js';
import { sourceSummary } from '../shared/source-view.js';
import { sourceViewStyles } from '../shared/source-view.styles.js';
import { StoryElement } from '../shared/story-element.js';
import { PopoverController } from '../controllers/popover-controller.js';
import { citedParagraph } from './cited-paragraph.js';
import { storySummaryStyles } from './story-summary.styles.js';

/**
 * The story itself: topic, title, dek, updated date, the main perspectives,
 * why it matters, the body with its `[n]` citations, and related stories.
 * Each citation is a button that reveals the cited source (number, outlet,
 * lean, headline, link) in a popover under its line, over the text rather
 * than in it, so the paragraph does not move; Escape, the close control or a
 * click elsewhere closes it. Server-rendered, a citation is a link.
 *
 * @tagname story-summary
 * @summary Title, dek, perspectives and body of a multi-perspective story, with citations.
 *
 * @csspart topic - The topic line above the title.
 * @csspart summary - The dek under the title.
 * @csspart updated - The "Updated" date line.
 * @csspart perspectives - The list of main perspectives.
 * @csspart why - The "Why this matters" paragraph.
 * @csspart body - The body paragraphs.
 * @csspart citation - A citation button.
 * @csspart citation-card - The popover with the source a citation reveals.
 * @csspart outlet - An outlet name.
 * @csspart lean - A lean label.
 * @csspart headline - A source headline.
 * @csspart link - A "Read on" link.
 * @csspart meta - A source's kind, subscription and date, as text.
 * @csspart related - The list of related stories.
 *
 * @fires {CustomEvent<CitationToggleDetail>} story-citation-toggle - A reader opened or closed a citation. `detail: { sourceId, open }`.
 * @fires {CustomEvent<SourceOpenDetail>} story-source-open - A reader followed a cited source's link. `detail: { sourceId, outlet, lean, url, from: 'citation' }`.
 */
export class StorySummary extends StoryElement {
  static override styles = [...StoryElement.styles, sourceViewStyles, storySummaryStyles];
  static override properties: PropertyDeclarations = { omit: { reflect: true } };

  protected override get sourceOpenFrom() {
    return 'citation' as const;
  }

  /**
   * Parts to leave out when the page already shows them, space-separated: `topic`, `title`, `dek`, `updated`
   * (e.g. `omit="topic title dek"` under the publisher's own headline). The sections keep their heading level.
   */
  declare omit?: string;

  /**
   * @private The server renderer's link for citations with scripts off (the page's <source-list>). A plain
   * property, not a reactive one: the server sets it before its one render, and the browser never reads it.
   */
  declare serverHref?: string;

  #popover = new PopoverController(
    this,
    // The key ends with the cited source's id (cited-paragraph.ts): the page hears which source was opened or closed.
    (key, open) => emit(this, 'story-citation-toggle', { sourceId: Number(key.split('-')[3]), open }),
  );

  protected override renderStory(story: Story): TemplateResult {
    const sub = this.level + 1;
    const sources = sourcesById(story);
    const omitted = (this.omit ?? '').split(/\s+/);
    const shown = (part: string) => !omitted.includes(part);
    return html`
      ${story.topic && shown('topic') ? html`<p part="topic" class="topic">${story.topic}</p>` : nothing}
      ${shown('title') ? heading(this.level, story.title, 'heading') : nothing}
      ${story.summary && shown('dek') ? html`<p part="summary" class="dek">${story.summary}</p>` : nothing}
      ${story.updatedAt && shown('updated') ? this.#renderUpdated(story.updatedAt) : nothing}
      ${
        story.perspectives?.length
          ? html`${heading(sub, this.label('perspectives'))}
            <ul part="perspectives" class="perspectives">
              ${story.perspectives.map(
                (p) => html`<li><strong class="perspective-label">${p.label}</strong> <span>${p.summary}</span></li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        story.whyItMatters
          ? html`${heading(sub, this.label('whyItMatters'))}
            <p part="why">${story.whyItMatters}</p>`
          : nothing
      }
      ${
        story.body?.length
          ? html`<div part="body" class="body">${story.body.map((paragraph, i) =>
              citedParagraph(paragraph, i, {
                sources,
                labels: this.labeller,
                popover: this.#popover,
                serverHref: this.serverHref,
              }),
            )}</div>
            ${this.#renderNotes(story.body, sources)}`
          : nothing
      }
      ${this.#renderRelated(story)}
    `;
  }

  #renderUpdated(updatedAt: string): TemplateResult {
    const date = this.labeller.date(updatedAt);
    return html`<p part="updated" class="muted"><time datetime=${updatedAt}>${this.label('updated', { date: { plain: date } })}</time></p>`;
  }

  #renderNotes(body: string[], sources: Map<number, Source>): TemplateResult | typeof nothing {
    // On paper a citation is only its number: the cited sources follow the body, in order.
    const cited = [...new Set(body.flatMap((p) => splitCitations(p).flatMap((s) => ('cite' in s ? s.cite : []))))]
      .sort((a, b) => a - b)
      .flatMap((n) => sources.get(n) ?? []);
    if (!cited.length) return nothing;
    return html`<ol class="print-only notes" aria-hidden="true">
      ${cited.map((source) => html`<li>${sourceSummary(source, this.labeller, true)} <span class="url">${source.url}</span></li>`)}
    </ol>`;
  }

  #renderRelated(story: Story): TemplateResult | typeof nothing {
    if (!story.related?.length) return nothing;
    return html`${heading(this.level + 1, this.label(story.topic ? 'related' : 'relatedNoTopic', { topic: story.topic }))}
      <ul part="related" class="related">
        ${story.related.map(
          ({ topic, url, title, sourceCount: count }) => html`<li>
            ${topic ? html`<span class="muted related-topic">${topic}</span>` : nothing}
            ${url ? html`<a href=${url}>${title}</a>` : html`<span class="related-title">${title}</span>`}
            ${count === undefined ? nothing : html`<span class="muted">${this.label('sourceCount', { count })}</span>`}
          </li>`,
        )}
      </ul>`;
  }
}
