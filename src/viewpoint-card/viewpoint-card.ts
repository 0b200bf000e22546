import { define } from '../shared/define.js';
import { ViewpointCard } from './viewpoint-card.component.js';

export { ViewpointCard };

define('viewpoint-card', ViewpointCard);

declare global {
  interface HTMLElementTagNameMap {
    'viewpoint-card': ViewpointCard;
  }
}
