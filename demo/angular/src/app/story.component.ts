// #region readme
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { StoryErrorDetail, StoryLoadDetail } from 'viewpoint-cards';
import 'viewpoint-cards/story-summary.js';
import 'viewpoint-cards/source-list.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <story-summary src="/stories/open-source-ai.json" heading-level="2" (story-load)="onLoad($event)"></story-summary>
    <source-list src="/stories/open-source-ai.json" heading-level="2"></source-list>
    <source-list src="/stories/missing.json" (story-error)="onError($event)"></source-list>
    <p id="loaded">{{ loaded() }}</p>
    <p id="failed">{{ failed() }}</p>
  `,
})
export class StoryComponent {
  loaded = signal('');
  failed = signal('');
  onLoad(event: Event) {
    this.loaded.set((event as CustomEvent<StoryLoadDetail>).detail.story.title);
  }
  onError(event: Event) {
    this.failed.set((event as CustomEvent<StoryErrorDetail>).detail.kind);
  }
}
// #endregion
