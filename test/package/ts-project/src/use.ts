// What a user writes against the package, checked with no `any` and no
// skipLibCheck. Each `@ts-expect-error` proves that a wrong use is caught.
import {
  DEFAULT_LABELS,
  StoryError,
  StorySchema,
  VERSION,
  parseStory,
  type Story,
  type StoryErrorDetail,
} from 'viewpoint-cards';
import { SourceList as SourceListClass } from 'viewpoint-cards/classes.js';
import { SourceList } from 'viewpoint-cards/source-list.js';
import 'viewpoint-cards/story-summary.js';
import 'viewpoint-cards/viewpoint-card.js';
import 'viewpoint-cards/coverage-gaps.js';
import 'viewpoint-cards/story-provider.js';
import 'viewpoint-cards/viewpoint-cards.js';
import schema from 'viewpoint-cards/story.schema.json' with { type: 'json' };
import manifest from 'viewpoint-cards/custom-elements.json' with { type: 'json' };

const list: SourceList | null = document.querySelector('source-list');
if (list) {
  list.src = '/story.json';
  list.headingLevel = 3;
  list.theme = 'dark';
  list.labels = { sources: 'Quellen' };
  // @ts-expect-error: not a theme
  list.theme = 'sepia';
  list.addEventListener('story-load', (event) => {
    const story: Story = event.detail.story;
    console.log(story.title, story.sources?.[0]?.outlet);
  });
  list.addEventListener('story-error', (event) => {
    const detail: StoryErrorDetail = event.detail;
    // @ts-expect-error: kinds are a closed set
    if (detail.kind === 'oops') console.log(detail.message);
  });
}

const card = document.createElement('viewpoint-card');
card.viewpoint = 'open';
const summary: HTMLElementTagNameMap['story-summary'] = document.createElement('story-summary');
summary.story = parseStory({ id: 'x', title: 'T' }, document.baseURI);
customElements.define('my-sources', class extends SourceListClass {});

const result = StorySchema.safeParse({});
if (!result.success) console.log(result.error.issues.length);
console.log(VERSION, DEFAULT_LABELS.sources, new StoryError('network', 'x').kind, card, summary);
console.log(schema.title, manifest.schemaVersion);
