import { define } from '../shared/define.js';
import { CoverageGaps } from './coverage-gaps.component.js';

export { CoverageGaps };

define('coverage-gaps', CoverageGaps);

declare global {
  interface HTMLElementTagNameMap {
    'coverage-gaps': CoverageGaps;
  }
}
