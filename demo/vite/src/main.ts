// #region readme
import 'viewpoint-cards'; // every element registered, plus all classes, types and the schema
import 'viewpoint-cards/source-list.js'; // or only <source-list> (and what it needs): one entry per element
import { SourceList } from 'viewpoint-cards/classes.js'; // classes, nothing registered

// Another tag name: a class can be registered once, so define a subclass.
customElements.define('news-sources', class extends SourceList {});

document.querySelector('source-list')!.addEventListener('story-error', (e) => console.warn(e.detail.kind));
// #endregion

// What the test reads: the events reached the app.
document.querySelector('story-summary')!.addEventListener('story-load', (e) => {
  document.querySelector('#loaded')!.textContent = e.detail.story.title;
});
document.querySelector('source-list')!.addEventListener('story-error', (e) => {
  document.querySelector('#failed')!.textContent = e.detail.kind;
});
