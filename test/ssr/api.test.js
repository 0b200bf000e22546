// viewpoint-cards/server as a Node server calls it: the typed functions
// behind the command, on the built package entry.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PRERENDERED } from '../../scripts/registry.js';
import {
  renderStory,
  storyJsonLd,
  storyJsonLdScript,
  validateStory,
  validateStoryText,
} from '../../dist/server/index.js';
import { StoryError } from '../../dist/story/story-error.js';
import { seed } from './cli-helpers.js';

describe('validateStory', () => {
  test('returns the story as the widgets show it when it is valid', () => {
    const story = seed();
    story.sources[0].url = 'article/1';
    const result = validateStory(story, { baseUrl: 'https://news.example/ai/' });
    assert.equal(result.valid, true);
    assert.deepEqual(result.problems, []);
    assert.equal(result.story.sources?.[0].url, 'https://news.example/ai/article/1');
  });

  test('lists every problem with path, text path, message and hint, and never throws', () => {
    for (const input of [undefined, null, 'story', 42, [], {}]) {
      const result = validateStory(input);
      assert.equal(result.valid, false, JSON.stringify(input));
      assert.ok(result.problems.length > 0);
      for (const problem of result.problems) {
        assert.deepEqual(Object.keys(problem).sort(), ['at', 'hint', 'message', 'path']);
      }
    }
    const { problems } = validateStory({
      id: 'x',
      title: 'y',
      sources: [{ id: 1, outlet: 'A', headline: 'h', lean: 'centre' }],
    });
    assert.deepEqual(
      problems.map((p) => p.at),
      ['sources.0.lean'],
    );
    assert.match(problems[0].hint, /did you mean "center"\?/);
  });

  test('validateStoryText reports broken JSON as a problem', () => {
    const result = validateStoryText('{"id": "x", "title": ');
    assert.equal(result.valid, false);
    assert.match(result.problems[0].message, /^not valid JSON/);
  });
});

describe('renderStory', () => {
  test('renders the requested widget with its options as attributes', async () => {
    const html = await renderStory(seed(), {
      element: 'viewpoint-card',
      viewpoint: 'ai-safety-researchers',
      headingLevel: 4,
      theme: 'light',
    });
    assert.match(
      html,
      /^<viewpoint-card theme="light" heading-level="4" viewpoint="ai-safety-researchers"><template shadowroot="open" shadowrootmode="open">/,
    );
    assert.match(html, /<h4 part="name">.*AI Safety Researchers/s);
    const shadow = html.slice(0, html.indexOf('<script type="application/json">'));
    assert.ok(!shadow.includes('Open-Source Advocates'), 'only the one viewpoint');
  });

  test('renders the four widgets by default', async () => {
    const html = await renderStory(seed());
    assert.deepEqual(
      [...html.matchAll(/^<([a-z-]+)/gm)].map((m) => m[1]),
      PRERENDERED,
    );
    assert.equal(html.match(/shadowrootmode="open"/g)?.length, 4);
  });

  test('throws a schema StoryError with the issues for an invalid story', async () => {
    await assert.rejects(renderStory({ id: 'x' }), (error) => {
      assert.ok(error instanceof StoryError);
      assert.equal(error.kind, 'schema');
      assert.deepEqual(
        error.issues.map((issue) => issue.path),
        [['title']],
      );
      return true;
    });
  });

  test('throws a not-found StoryError for a viewpoint the story does not have', async () => {
    await assert.rejects(renderStory(seed(), { element: 'viewpoint-card', viewpoint: 'nobody' }), (error) => {
      assert.ok(error instanceof StoryError);
      assert.equal(error.kind, 'not-found');
      return true;
    });
  });

  test('throws a TypeError for an unknown element, theme or heading level', async () => {
    // @ts-expect-error: a JavaScript caller can pass any name
    await assert.rejects(renderStory(seed(), { element: 'story-card' }), TypeError);
    // @ts-expect-error: and any theme
    await assert.rejects(renderStory(seed(), { theme: 'sepia' }), TypeError);
    await assert.rejects(renderStory(seed(), { headingLevel: 0 }), TypeError);
  });
});

describe('storyJsonLd', () => {
  test('describes the story as a NewsArticle with its sources as citations', () => {
    const story = seed();
    const article = storyJsonLd(story, { url: 'https://news.example/ai' });
    const citations = /** @type {{ publisher: { name: string } }[]} */ (article.citation);
    assert.equal(article['@context'], 'https://schema.org');
    assert.equal(article.headline, story.title);
    assert.equal(article.description, story.summary);
    assert.equal(article.inLanguage, 'en');
    assert.equal(article.mainEntityOfPage, 'https://news.example/ai');
    assert.deepEqual(
      citations.map((c) => c.publisher.name),
      story.sources.map((s) => s.outlet),
    );
  });

  test('the script block escapes < so that no story text can end it', () => {
    const story = { ...seed(), title: '</script><script>alert(1)</script>' };
    const block = storyJsonLdScript(story);
    assert.equal(block.indexOf('</script>'), block.length - '</script>'.length);
    assert.ok(block.includes('\\u003c/script\\u003e'));
  });
});
