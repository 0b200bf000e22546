import { define } from '../shared/define.js';
import { StorySummary } from './story-summary.component.js';

export { StorySummary };

define('story-summary', StorySummary);

declare global {
  interface HTMLElementTagNameMap {
    'story-summary': StorySummary;
  }
}
