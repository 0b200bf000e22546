import { define } from '../shared/define.js';
import { StoryProvider } from './story-provider.component.js';

export { StoryProvider };

define('story-provider', StoryProvider);

declare global {
  interface HTMLElementTagNameMap {
    'story-provider': StoryProvider;
  }
}
