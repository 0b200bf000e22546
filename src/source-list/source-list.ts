import { define } from '../shared/define.js';
import { SourceList } from './source-list.component.js';

export { SourceList };

define('source-list', SourceList);

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
