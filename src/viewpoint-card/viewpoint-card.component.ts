import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Source, Story, Viewpoint } from '../story/schema.js';
import type { StoryError } from '../story/story-error.js';
import { findViewpoint, missingViewpoint, sourcesById } from '../story/story-parts.js';
import { emit } from '../shared/events.js';
import { heading } from '../shared/heading.js';
import { leanBadge, sourceMeta } from '../shared/source-view.js';
import { goToSourceEntry, sourceListNear } from '../shared/source-entry.js';
import { sourceViewStyles } from '../shared/source-view.styles.js';
import { StoryElement } from '../shared/story-element.js';
import { viewpointCardStyles } from './viewpoint-card.styles.js';

/**
 * One viewpoint in depth (`viewpoint="<id>"`), or every viewpoint of the
 * story as a list of cards when the attribute is absent. Each card shows the
 * viewpoint's name and stance, its detail as a disclosure, and the sources it
 * cites (its number, outlet and lean, leading to the full entry in the
 * page's `<source-list>`). An id the story does not have is an error state (`not-found`).
 *
 * @tagname viewpoint-card
 * @summary The viewpoints of a story, one card each.
 *
 * @csspart list - The list of cards (all-viewpoints mode).
 * @csspart card - One viewpoint card.
 * @csspart name - A viewpoint's name (a heading).
 * @csspart stance - A viewpoint's one-line stance.
 * @csspart detail - The disclosure holding the detail.
 * @csspart detail-toggle - The disclosure's summary line.
 * @csspart cited - The list of sources a viewpoint cites.
 * @csspart outlet - An outlet name.
 * @csspart lean - A lean label.
 * @csspart headline - A source headline.
 * @csspart link - A "Read on" link.
 * @csspart meta - A source's kind, subscription and date, as text.
 *
 * @fires {CustomEvent<ViewpointToggleDetail>} story-viewpoint-toggle - A reader opened or closed a viewpoint's detail. `detail: { viewpointId, open }`.
 * @fires {CustomEvent<SourceOpenDetail>} story-source-open - A reader followed a cited source's link. `detail: { sourceId, outlet, lean, url, from: 'viewpoint' }`.
 *
 * @cssprop --vc-card-min-width - Narrowest a card gets before the cards wrap to fewer columns (default 16rem).
 */
export class ViewpointCard extends StoryElement {
  static override styles = [...StoryElement.styles, sourceViewStyles, viewpointCardStyles];
  static override properties: PropertyDeclarations = { viewpoint: { reflect: true } };

  /** Id of the one viewpoint to show; all of them when absent. */
  declare viewpoint?: string;

  protected override get sourceOpenFrom() {
    return 'viewpoint' as const;
  }

  protected override problemWith(story: Story): StoryError | undefined {
    return missingViewpoint(story, this.viewpoint);
  }

  protected override renderStory(story: Story): TemplateResult {
    const sources = sourcesById(story);
    const one = findViewpoint(story, this.viewpoint);
    if (one) return html`<div part="card" class="card single">${this.#renderViewpoint(one, this.level, sources)}</div>`;
    return html`${heading(this.level, this.label('viewpoints'), 'heading')}
      <ul part="list" class="cards">
        ${(story.viewpoints ?? []).map(
          (v) => html`<li part="card" class="card">${this.#renderViewpoint(v, this.level + 1, sources)}</li>`,
        )}
      </ul>`;
  }

  #renderViewpoint(viewpoint: Viewpoint, level: number, sources: Map<number, Source>): TemplateResult {
    const cited = (viewpoint.sourceIds ?? []).flatMap((sourceId) => sources.get(sourceId) ?? []);
    return html`${heading(level, viewpoint.name, 'name')}
      <p part="stance" class="stance">${viewpoint.stance}</p>
      ${
        viewpoint.detail
          ? html`<details part="detail" @toggle=${(event: Event) =>
              emit(this, 'story-viewpoint-toggle', {
                viewpointId: viewpoint.id,
                open: (event.target as HTMLDetailsElement).open,
              })}>
            <summary part="detail-toggle"
              >${this.label('showDetail')}<span class="visually-hidden">: ${viewpoint.name}</span></summary
            >
            <p>${viewpoint.detail}</p>
          </details>`
          : nothing
      }
      ${
        cited.length
          ? html`<p class="cited-title muted">${this.label('citedSources')}</p>
            <ul part="cited" class="cited">
              ${cited.map((source) => html`<li>${this.#renderCited(source)}</li>`)}
            </ul>`
          : nothing
      }`;
  }

  /** `[n] Outlet` and the lean: a link to the source's full entry in the page's <source-list>, else to the source. */
  #renderCited(source: Source): TemplateResult {
    const name = html`<span class="source-n">[${source.id}]</span> <bdi part="outlet" class="outlet">${source.outlet}</bdi>`;
    const list = sourceListNear(this);
    const href = list ? `#${list.id}` : source.url;
    const go = (event: Event) => {
      if (!list) return;
      event.preventDefault();
      goToSourceEntry(list, source.id);
    };
    // Only a link that leaves for the source itself is reported as `story-source-open` (data-source).
    return html`${href ? html`<a href=${href} data-source=${list ? nothing : source.id} @click=${go}>${name}</a>` : name} ${leanBadge(source, this.labeller)} ${sourceMeta(source, this.labeller)}`;
  }
}
