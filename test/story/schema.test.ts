import { expect } from '@open-wc/testing';
import { parseStory } from '../../src/story/parse-story.js';
import { StorySchema } from '../../src/story/schema.js';
import { StoryError, type StoryIssue } from '../../src/story/story-error.js';
import { seed, seedCopy } from '../helpers.js';

/** The StoryError that parsing `input` throws (fails the test when it does not throw). */
function rejectionOf(input: unknown): StoryError {
  try {
    parseStory(input, document.baseURI);
  } catch (error) {
    expect(error).to.be.instanceOf(StoryError);
    return error as StoryError;
  }
  expect.fail('the story was accepted');
}

/**
 * Puts `value` at `path` (as `sources.1.id`) of a story copy, whatever the
 * story's type allows there: these tests feed the parser what a CMS might send.
 */
function put(story: object, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let at = story as Record<string, unknown>;
  for (const key of keys) at = at[key] as Record<string, unknown>;
  at[last] = value;
}

/** The one issue found at `path` (as `sources.1.id`). */
function issueAt(error: StoryError, path: string): StoryIssue {
  const found = error.issues.filter((issue) => issue.path.join('.') === path);
  expect(found, `issues at ${path} among ${JSON.stringify(error.issues)}`).to.have.length(1);
  return found[0]!;
}

describe('story schema', () => {
  it('accepts the seed story as it is', () => {
    const result = StorySchema.safeParse(seed);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).to.equal(true);
    const story = parseStory(seed, document.baseURI);
    expect(story.title).to.equal(seed.title);
    expect(story.sources).to.have.length(6);
  });

  it('accepts the smallest story: an id and a title', () => {
    expect(parseStory({ id: 'x', title: 'T' }, document.baseURI)).to.deep.include({ id: 'x', title: 'T' });
  });

  it('ignores fields it does not know, at the top and inside items (forward compatible)', () => {
    const story = { ...seedCopy(), futureField: { nested: true }, version: 1 };
    story.sources![0] = { ...story.sources![0]!, logo: 'x.png' } as never;
    expect(() => parseStory(story, document.baseURI)).not.to.throw();
  });

  describe('rejects a story that breaks the format, naming the path of each problem', () => {
    it('a missing id: "id" is required', () => {
      const { id: _id, ...story } = seedCopy();
      const error = rejectionOf(story);
      expect(error.kind).to.equal('schema');
      expect(issueAt(error, 'id').message).to.equal('required');
      expect(error.message).to.contain('id: required');
    });

    it('an empty title', () => {
      const error = rejectionOf({ ...seedCopy(), title: '' });
      expect(issueAt(error, 'title').message).to.equal('must not be empty');
    });

    it('wrong types: a number for a string, a string for a number, an object for a list', () => {
      const story = seedCopy();
      put(story, 'summary', 42);
      put(story, 'sources.2.id', 'three');
      put(story, 'body', { first: 'paragraph' });
      const error = rejectionOf(story);
      expect(issueAt(error, 'summary').message).to.equal('expected string, received number');
      expect(issueAt(error, 'sources.2.id').message).to.equal('expected number, received string');
      expect(issueAt(error, 'body').message).to.equal('expected array, received object');
      expect(error.message).to.contain('(and 2 more)');
    });

    it('a fractional source id, a negative source count and a null title', () => {
      const story = seedCopy();
      put(story, 'sources.0.id', 1.5);
      put(story, 'related.1.sourceCount', -1);
      put(story, 'title', null);
      const error = rejectionOf(story);
      expect(issueAt(error, 'sources.0.id').message).to.equal('expected an integer, received 1.5');
      expect(issueAt(error, 'related.1.sourceCount').message).to.equal('must be at least 0');
      expect(issueAt(error, 'title').message).to.equal('expected string, received null');
    });

    it('an unknown lean, listing the allowed ones', () => {
      const story = seedCopy();
      put(story, 'sources.3.lean', 'far-left');
      const error = rejectionOf(story);
      expect(issueAt(error, 'sources.3.lean').message).to.equal(
        'must be one of left, lean-left, center, lean-right, right, unrated',
      );
    });

    it('a version other than 1', () => {
      const error = rejectionOf({ ...seedCopy(), version: 2 });
      expect(issueAt(error, 'version').message).to.equal('must be 1');
    });

    it('two sources with the same id (the second one is named)', () => {
      const story = seedCopy();
      story.sources![4]!.id = 2;
      const error = rejectionOf(story);
      expect(issueAt(error, 'sources.4.id').message).to.equal('duplicate id 2');
    });

    it('two viewpoints with the same id', () => {
      const story = seedCopy();
      story.viewpoints![2]!.id = story.viewpoints![0]!.id;
      const error = rejectionOf(story);
      expect(issueAt(error, 'viewpoints.2.id').message).to.contain('duplicate id');
    });

    for (const updatedAt of ['yesterday', '2026-13-01', '29/11/2026', 20261129]) {
      it(`an updatedAt that is not ISO 8601: ${JSON.stringify(updatedAt)}`, () => {
        const error = rejectionOf({ ...seedCopy(), updatedAt });
        expect(issueAt(error, 'updatedAt').message).to.equal('must be an ISO 8601 date or date-time');
      });
    }

    for (const lang of ['english please', 'e', '', 'en_US']) {
      it(`a lang that is not a BCP 47 tag: ${JSON.stringify(lang)}`, () => {
        const error = rejectionOf({ ...seedCopy(), lang });
        expect(issueAt(error, 'lang').message).to.equal('must be a BCP 47 language tag');
      });
    }

    for (const input of [null, 'a story', 7, [], undefined]) {
      it(`something that is not an object at all: ${JSON.stringify(input) ?? 'undefined'}`, () => {
        const error = rejectionOf(input);
        expect(error.kind).to.equal('schema');
        expect(error.issues[0]!.path).to.deep.equal([]);
        expect(error.message).to.match(/^Invalid story: \(root\): (expected object, received|required)/);
      });
    }

    it('never says only "Invalid input"', () => {
      const story = seedCopy();
      Object.assign(story, { id: 3, title: [], lang: 5, updatedAt: {}, version: '1', notRepresented: 'none' });
      put(story, 'sources.0.lean', 7);
      put(story, 'perspectives.0', 'text');
      put(story, 'viewpoints.0.sourceIds', ['1']);
      const error = rejectionOf(story);
      expect(error.issues.length).to.be.greaterThan(8);
      for (const issue of error.issues) expect(issue.message, issue.path.join('.')).not.to.equal('Invalid input');
    });
  });

  it('accepts dates and date-times in ISO 8601', () => {
    for (const updatedAt of [
      '2026-11-29',
      '2026-11-29T05:40:00Z',
      '2026-11-29T07:40:00+02:00',
      '2026-11-29T05:40:00',
    ]) {
      expect(() => parseStory({ id: 'x', title: 'T', updatedAt }, document.baseURI), updatedAt).not.to.throw();
    }
  });
});

describe('links in a story', () => {
  let warnings: string[];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => (console.warn = originalWarn));

  const withUrls = (sourceUrl: string, relatedUrl = 'https://example.org/r') => {
    const story = seedCopy();
    story.sources![0]!.url = sourceUrl;
    story.related![2]!.url = relatedUrl;
    story.leanRatings = { provider: 'AllSides', url: 'https://www.allsides.com/media-bias' };
    return story;
  };

  const unsafe = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    '\u0001\u0010javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:desk@example.org',
    'http://[not a host',
  ];
  for (const url of unsafe) {
    it(`drops ${JSON.stringify(url)} with a warning that names sources.0.url`, () => {
      const story = parseStory(withUrls(url), document.baseURI);
      expect(story.sources![0]!.url).to.equal(undefined);
      expect(story.sources![0]!.outlet).to.equal('Reason');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('sources.0.url');
    });
  }

  it('drops an unsafe related link and an unsafe rating link, naming their paths', () => {
    const story = withUrls('https://reason.com/a', 'javascript:void(0)');
    story.leanRatings!.url = 'data:,x';
    const parsed = parseStory(story, document.baseURI);
    expect(parsed.related![2]!.url).to.equal(undefined);
    expect(parsed.leanRatings!.url).to.equal(undefined);
    expect(warnings.join('\n')).to.contain('related.2.url').and.contain('leanRatings.url');
    expect(warnings).to.have.length(2);
  });

  it('keeps http and https links, and warns about nothing', () => {
    const story = parseStory(withUrls('HTTPS://Reason.com/a b', 'http://example.org/r'), document.baseURI);
    expect(story.sources![0]!.url).to.equal('https://reason.com/a%20b');
    expect(story.related![2]!.url).to.equal('http://example.org/r');
    expect(warnings).to.deep.equal([]);
  });

  it('resolves relative links against the base it is given (the story file, or the page)', () => {
    const fromFile = parseStory(withUrls('../articles/one.html', '/two.html'), 'https://news.example/stories/x.json');
    expect(fromFile.sources![0]!.url).to.equal('https://news.example/articles/one.html');
    expect(fromFile.related![2]!.url).to.equal('https://news.example/two.html');
    const fromPage = parseStory(withUrls('article.html'), document.baseURI);
    expect(fromPage.sources![0]!.url).to.equal(new URL('article.html', document.baseURI).href);
  });

  it('does not change the object it was given', () => {
    const input = withUrls('javascript:alert(1)');
    parseStory(input, document.baseURI);
    expect(input.sources![0]!.url).to.equal('javascript:alert(1)');
  });
});

describe('the generated JSON Schema (dist/story.schema.json)', () => {
  let schema: JsonSchema;
  before(async () => {
    const response = await fetch('/dist/story.schema.json');
    expect(response.ok, 'npm run build writes dist/story.schema.json').to.equal(true);
    schema = await response.json();
  });

  it('names the required fields of a story and of each item', () => {
    expect(schema.type).to.equal('object');
    expect(schema.required).to.have.members(['id', 'title']);
    const props = schema.properties ?? {};
    expect(props.sources?.items?.required).to.have.members(['id', 'outlet', 'headline']);
    expect(props.viewpoints?.items?.required).to.have.members(['id', 'name', 'stance']);
    expect(props.perspectives?.items?.required).to.have.members(['label', 'summary']);
    expect(props.related?.items?.required).to.have.members(['title']);
    expect(props.leanRatings?.required).to.have.members(['provider']);
    expect(props.sources?.items?.properties?.lean?.enum).to.have.members([
      'left',
      'lean-left',
      'center',
      'lean-right',
      'right',
      'unrated',
    ]);
  });

  it('accepts the seed story (checked here against the schema by a small validator)', () => {
    expect(violations(schema, seed, '')).to.deep.equal([]);
  });

  it('would reject a story without a title or with an unknown lean', () => {
    const { title: _title, ...story } = seedCopy();
    put(story, 'sources.0.lean', 'far-left');
    expect(violations(schema, story, '')).to.have.members(['title: required', 'sources.0.lean: not in enum']);
  });
});

/** The JSON Schema keywords the story schema uses, as `violations` reads them. */
interface JsonSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  anyOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
}

/**
 * Checks `value` against the JSON Schema keywords the story schema uses
 * (type, required, properties, items, enum, const, minLength, anyOf,
 * pattern, minimum). Enough to show that a CMS would accept the seed.
 */
function violations(schema: JsonSchema, value: unknown, path: string): string[] {
  const at = (message: string) => [`${path || '(root)'}: ${message}`];
  if (schema.anyOf) {
    return schema.anyOf.some((option) => violations(option, value, path).length === 0) ? [] : at('no anyOf matched');
  }
  if (schema.const !== undefined && value !== schema.const) return at('not const');
  if (schema.enum && !schema.enum.includes(value)) return at('not in enum');
  const type = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer')))
    return at(`expected ${schema.type}, got ${type}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return at('too short');
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return at('pattern');
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) return at('below minimum');
  const items = schema.items;
  if (Array.isArray(value) && items)
    return value.flatMap((item, i) => violations(items, item, path ? `${path}.${i}` : `${i}`));
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    const missing = (schema.required ?? [])
      .filter((key) => !(key in object))
      .map((key) => `${path ? `${path}.` : ''}${key}: required`);
    const nested = Object.entries(schema.properties ?? {}).flatMap(([key, sub]) =>
      key in object ? violations(sub, object[key], path ? `${path}.${key}` : key) : [],
    );
    return [...missing, ...nested];
  }
  return [];
}
