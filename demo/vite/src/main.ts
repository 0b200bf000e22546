// #region readme
import 'viewpoint-cards'; // every element registered, plus all classes, types and the schema
import 'viewpoint-cards/source-list.js'; // or only <source-list> (and what it needs): one entry per element
import { SourceList } from 'viewpoint-cards/classes.js'; // classes, nothing registered

// Another tag name: a class can be registered only once, so register a subclass.
customElements.define('news-sources', class extends SourceList {});

// Typed events: e.detail is a StoryLoadDetail or a StoryErrorDetail.
document.querySelector('story-summary')!.addEventListener('story-load', (e) => {
  document.querySelector('#loaded')!.textContent = e.detail.story.title;
});
document.querySelector('source-list')!.addEventListener('story-error', (e) => {
  document.querySelector('#failed')!.textContent = e.detail.kind;
});
// #endregion
