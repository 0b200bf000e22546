import { html, nothing, svg, type TemplateResult } from 'lit';
import { leanDistribution, type LeanShare } from '../story/lean.js';
import type { Story } from '../story/schema.js';
import { heading } from '../shared/heading.js';
import { leanKey } from '../shared/labels.js';
import { sourceSummary } from '../shared/source-view.js';
import { sourceViewStyles } from '../shared/source-view.styles.js';
import { StoryElement } from '../shared/story-element.js';
import { sourceListStyles } from './source-list.styles.js';

/** Longest list whose items carry `value=` (see renderStory). */
const EXPLICIT_VALUES_UP_TO = 100;

/**
 * The story's numbered sources: outlet, political lean as a text label,
 * headline, and a "Read on {outlet}" link. Above them, the lean distribution
 * as a bar with its counts and percentages written out, and the lean rating
 * provider when the story names one.
 *
 * @tagname source-list
 * @summary Numbered sources with outlet, lean and headline, and the lean distribution.
 *
 * @csspart distribution - The lean distribution (bar and legend).
 * @csspart bar - The distribution bar (decorative; the legend says the same in text).
 * @csspart legend - The counts and percentages per lean.
 * @csspart rated-by - The line naming the lean rating provider.
 * @csspart list - The numbered list of sources.
 * @csspart item - One source.
 * @csspart outlet - An outlet name.
 * @csspart lean - A lean label.
 * @csspart headline - A source headline.
 * @csspart link - A "Read on" link.
 *
 * @cssprop --vc-bar-height - Thickness of the distribution bar (default 0.5rem).
 */
export class SourceList extends StoryElement {
  static override styles = [...StoryElement.styles, sourceViewStyles, sourceListStyles];

  protected override renderStory(story: Story): TemplateResult {
    const sources = story.sources ?? [];
    // The marker shows data-n (the source id). `value` says the same to scripts, but Chromium
    // recomputes list ordinals for every li with an explicit value: 1,000 sources spent about
    // 0.45 s in style for it (npm run bench), so long lists go without.
    const explicit = sources.length <= EXPLICIT_VALUES_UP_TO;
    return html`${heading(this.level, this.label('sources'), 'heading')}
      ${sources.length ? this.#renderDistribution(leanDistribution(sources)) : nothing}
      ${this.#renderRatedBy(story)}
      <ol part="list" class="sources">
        ${sources.map((source) => html`<li part="item" value=${explicit ? source.id : nothing} data-n=${source.id}>${sourceSummary(source, this.labeller)}</li>`)}
      </ol>`;
  }

  #renderDistribution(shares: LeanShare[]): TemplateResult {
    const present = shares.filter((share) => share.count > 0);
    const total = present.reduce((sum, share) => sum + share.count, 0);
    let x = 0;
    // SVG geometry attributes, not style strings: computed numbers only, and allowed under a strict CSP.
    const segments = present.map((share) => {
      const width = (share.count / total) * 100;
      const rect = svg`<rect class="lean-${share.lean}" x=${x} width=${width} height="1"></rect>`;
      x += width;
      return rect;
    });
    return html`<div part="distribution" class="distribution">
      <svg part="bar" class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">${segments}</svg>
      <ul part="legend" class="legend" aria-label=${this.labelText('leanDistribution')}>
        ${present.map(
          (share) => html`<li class="lean lean-${share.lean}">
            ${this.label('leanShare', {
              lean: { plain: this.labelText(leanKey(share.lean)) },
              count: share.count,
              share: share.percent / 100,
              percent: share.percent, // the placeholder before {share}: overrides written for it keep working
            })}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderRatedBy(story: Story): TemplateResult | typeof nothing {
    const ratings = story.leanRatings;
    if (!ratings) return nothing;
    const text = this.label('ratedBy', { provider: ratings.provider });
    return html`<p part="rated-by" class="muted rated-by">${ratings.url ? html`<a href=${ratings.url}>${text}</a>` : text}</p>`;
  }
}
