import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { leanScale } from '../story/lean.js';
import type { Source, Story } from '../story/schema.js';
import { sortSources } from '../story/sort-sources.js';
import { heading } from '../shared/heading.js';
import { flagStyles, oneSidedFlag } from '../shared/one-sided-flag.js';
import { sourceSummary } from '../shared/source-view.js';
import { sourceViewStyles } from '../shared/source-view.styles.js';
import { StoryElement } from '../shared/story-element.js';
import { LeanFilterController } from './lean-filter-controller.js';
import { leanScaleView } from './lean-scale.js';
import { sidesView } from './sides-view.js';
import { sourceListStyles } from './source-list.styles.js';

/** Longest list whose items carry `value=` (see #renderList). */
const EXPLICIT_VALUES_UP_TO = 100;

/**
 * The story's numbered sources: outlet, political lean as a text label, kind
 * of piece, headline, and a "Read on {outlet}" link. Above them, the
 * five-point lean scale with its counts and percentages written out; each
 * lean in the legend filters the list. `layout="sides"` shows the headlines
 * in Left, Center and Right columns instead.
 *
 * @tagname source-list
 * @summary Numbered sources with outlet, lean and headline, the lean scale, and filters by lean.
 *
 * @csspart distribution - The lean scale (bar, flag and legend).
 * @csspart bar - The scale's bar (decorative; the legend says the same in text).
 * @csspart flag - The one-sided-coverage flag on the scale.
 * @csspart legend - The counts and percentages per lean.
 * @csspart filter - A lean in the legend: a toggle button that filters the list.
 * @csspart show-all - The "Show all" button.
 * @csspart status - The polite line saying how many sources are shown.
 * @csspart rated-by - The line naming the lean rating provider.
 * @csspart list - The numbered list of sources.
 * @csspart item - One source.
 * @csspart outlet - An outlet name.
 * @csspart lean - A lean label.
 * @csspart meta - A source's kind, subscription and date, as text.
 * @csspart headline - A source headline.
 * @csspart link - A "Read on" link (in the sides view, the linked headline).
 * @csspart sides - The sides view's columns.
 * @csspart side - One side's column (Left, Center, Right, or Not rated).
 * @csspart side-empty - The line a side without coverage shows.
 *
 * @cssprop --vc-bar-height - Height of the lean scale's bar (default 2rem).
 *
 * @fires {CustomEvent<FilterChangeDetail>} story-filter-change - A reader changed the lean filter. `detail: { leans }` (empty: all shown).
 * @fires {CustomEvent<SourceOpenDetail>} story-source-open - A reader followed a source link. `detail: { sourceId, outlet, lean, url, from: 'list' | 'sides' }`.
 */
export class SourceList extends StoryElement {
  static override styles = [...StoryElement.styles, sourceViewStyles, flagStyles, sourceListStyles];
  static override properties: PropertyDeclarations = {
    filter: { reflect: true },
    layout: { reflect: true },
    sort: { reflect: true },
  };

  /** The leans shown, space-separated (`"left lean-left"`); every source when empty. Readers change it with the legend. */
  declare filter?: string;

  /** `list` (the default): one numbered list. `sides`: Left, Center and Right columns. */
  declare layout?: 'list' | 'sides';

  /** Order of the sources: `id` (the default), `lean` (left to right, unrated last) or `date` (newest first). */
  declare sort?: 'id' | 'lean' | 'date';

  #filter = new LeanFilterController(this);

  protected override get sourceOpenFrom() {
    return this.layout === 'sides' ? ('sides' as const) : ('list' as const);
  }

  protected override renderStory(story: Story): TemplateResult {
    const all = story.sources ?? [];
    const shown = this.#filter.apply(sortSources(all, this.sort));
    const labels = this.labeller;
    // Who rated the leans, linked when the story says where.
    const ratings = story.leanRatings;
    const ratedBy = ratings && this.label('ratedBy', { provider: ratings.provider });
    return html`${heading(this.level, this.label('sources'), 'heading')}
      ${
        all.length
          ? leanScaleView(leanScale(all), {
              labels,
              filter: this.#filter,
              // Said once the filter is in use, by the reader or the page; silent on a list nobody has narrowed.
              status:
                this.#filter.leans.length || this.#filter.touched
                  ? labels.text('showingSome', { shown: shown.length, total: all.length })
                  : '',
              flag: oneSidedFlag(all, labels),
            })
          : nothing
      }
      ${ratings ? html`<p part="rated-by" class="muted rated-by">${ratings.url ? html`<a href=${ratings.url}>${ratedBy}</a>` : ratedBy}</p>` : nothing}
      ${this.layout === 'sides' ? sidesView(all, shown, this.level + 1, labels) : this.#renderList(shown)}`;
  }

  #renderList(sources: readonly Source[]): TemplateResult {
    // The marker shows data-n (the source id). `value` says the same to scripts, but Chromium
    // recomputes list ordinals for every li with an explicit value: 1,000 sources spent about
    // 0.45 s in style for it (npm run bench), so long lists go without.
    const explicit = sources.length <= EXPLICIT_VALUES_UP_TO;
    return html`<ol part="list" class="sources">
      ${sources.map(
        (source) =>
          html`<li part="item" value=${explicit ? source.id : nothing} data-n=${source.id}>${sourceSummary(source, this.labeller)}</li>`,
      )}
    </ol>`;
  }
}
