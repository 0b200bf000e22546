import { html, type TemplateResult } from 'lit';
import type { Story } from '../story/schema.js';
import { heading } from '../shared/heading.js';
import { flagStyles, oneSidedFlag } from '../shared/one-sided-flag.js';
import { StoryElement } from '../shared/story-element.js';
import { coverageGapsStyles } from './coverage-gaps.styles.js';

/**
 * "What's not represented": the voices the story's sources leave out, and a
 * one-sided-coverage notice computed from the sources' leans (at least 3
 * rated sources, two thirds or more on one side; see the README).
 *
 * @tagname coverage-gaps
 * @summary What the coverage leaves out, and whether it leans to one side.
 *
 * @csspart list - The list of missing perspectives.
 * @csspart notice - The one-sided-coverage notice (an editorial flag; `<source-list>` shows it on its lean scale too).
 * @csspart empty - The line shown when no gap is listed.
 */
export class CoverageGaps extends StoryElement {
  static override styles = [...StoryElement.styles, flagStyles, coverageGapsStyles];

  protected override renderStory(story: Story): TemplateResult {
    const gaps = story.notRepresented ?? [];
    return html`${heading(this.level, this.label('notRepresented'), 'heading')}
      ${oneSidedFlag(story.sources ?? [], this.labeller, 'notice')}
      ${
        gaps.length
          ? html`<ul part="list" class="gaps">
            ${gaps.map((gap) => html`<li>${gap}</li>`)}
          </ul>`
          : html`<p part="empty" class="muted">${this.label('noGaps')}</p>`
      }`;
  }
}
