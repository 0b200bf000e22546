import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { splitCitations } from '../story/citations.js';
import { sourcesById } from '../story/story-parts.js';
import type { RelatedStory, Source, Story } from '../story/schema.js';
import { heading } from '../shared/heading.js';
import { leanKey } from '../shared/labels.js';
import { sourceSummary } from '../shared/source-view.js';
import { sourceViewStyles } from '../shared/source-view.styles.js';
import { StoryElement } from '../shared/story-element.js';
import { storySummaryStyles } from './story-summary.styles.js';

/**
 * The story itself: topic, title, dek, updated date, the main perspectives,
 * why it matters, the body with its `[n]` citations, and related stories.
 * Each citation is a button that reveals the cited source (outlet, lean,
 * headline, link) in place, right where it is read.
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
 * @csspart citation-card - The source revealed by a citation.
 * @csspart outlet - An outlet name.
 * @csspart lean - A lean label.
 * @csspart headline - A source headline.
 * @csspart link - A "Read on" link.
 * @csspart related - The list of related stories.
 *
 */
export class StorySummary extends StoryElement {
  static override styles = [...StoryElement.styles, sourceViewStyles, storySummaryStyles];
  static override properties: PropertyDeclarations = { openCitation: { state: true } };

  /** The open citation, as "paragraph:segment"; one at a time. */
  declare private openCitation?: string;

  protected override renderStory(story: Story): TemplateResult {
    const sub = this.level + 1;
    const sources = sourcesById(story);
    return html`
      ${story.topic ? html`<p part="topic" class="topic">${story.topic}</p>` : nothing}
      ${heading(this.level, story.title, 'heading')}
      ${story.summary ? html`<p part="summary" class="dek">${story.summary}</p>` : nothing}
      ${this.#renderUpdated(story)}
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
          ? html`<div part="body" class="body">${story.body.map((paragraph, i) => this.#renderParagraph(paragraph, i, sources))}</div>`
          : nothing
      }
      ${this.#renderRelated(story)}
    `;
  }

  #renderUpdated(story: Story): TemplateResult | typeof nothing {
    if (!story.updatedAt) return nothing;
    const date = this.date(story.updatedAt);
    return html`<p part="updated" class="muted"><time datetime=${story.updatedAt}>${this.label('updated', { date: { plain: date } })}</time></p>`;
  }

  #renderParagraph(paragraph: string, index: number, sources: Map<number, Source>): TemplateResult {
    return html`<p>
      ${splitCitations(paragraph).map((segment, j) => {
        if ('text' in segment) return segment.text;
        const source = sources.get(segment.cite);
        return source ? this.#renderCitation(source, `${index}:${j}`) : `[${segment.cite}]`;
      })}
    </p>`;
  }

  #renderCitation(source: Source, key: string): TemplateResult {
    const open = this.openCitation === key;
    const id = `cite-${key.replace(':', '-')}`;
    // Heard, not seen (a visually hidden name): plain text, no isolation needed, and no extra nodes.
    const name = this.labelText('citation', {
      n: source.id,
      outlet: source.outlet,
      lean: { plain: this.labelText(leanKey(source.lean ?? 'unrated')) },
    });
    return html`<button
        part="citation"
        class="citation"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${() => (this.openCitation = open ? undefined : key)}
        @keydown=${this.#handleCitationKey}
      ><span aria-hidden="true">[${source.id}]</span><span class="visually-hidden">${name}</span></button
      ><span part="citation-card" class="citation-card" id=${id} ?hidden=${!open} @keydown=${this.#handleCitationKey}
        >${open ? sourceSummary(source, this.labeller) : nothing}</span
      >`;
  }

  #handleCitationKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.openCitation) return;
    event.preventDefault();
    // Escape from inside the revealed source (its link) returns focus to the citation before the card goes away.
    const target = event.currentTarget as HTMLElement;
    if (target.matches('[part~="citation-card"]')) (target.previousElementSibling as HTMLElement | null)?.focus();
    this.openCitation = undefined;
  };

  #renderRelated(story: Story): TemplateResult | typeof nothing {
    if (!story.related?.length) return nothing;
    const title = story.topic ? this.label('related', { topic: story.topic }) : this.label('relatedNoTopic');
    return html`${heading(this.level + 1, title)}
      <ul part="related" class="related">
        ${story.related.map((item) => this.#renderRelatedItem(item))}
      </ul>`;
  }

  #renderRelatedItem(item: RelatedStory): TemplateResult {
    const count = item.sourceCount;
    return html`<li>
      ${item.topic ? html`<span class="muted related-topic">${item.topic}</span>` : nothing}
      ${item.url ? html`<a href=${item.url}>${item.title}</a>` : html`<span class="related-title">${item.title}</span>`}
      ${count === undefined ? nothing : html`<span class="muted">${this.label('sourceCount', { count })}</span>`}
    </li>`;
  }
}
