import fc from 'fast-check';
import type { Story } from '../../src/index.js';
import { seed } from '../helpers.js';

/** Set by any payload that manages to run: the tests check it stays unset. */
export const PWNED = '__vcPwned';
const run = `window.${PWNED}=1`;

/** Markup and template syntax that would run code if any widget treated text as HTML. */
export const PAYLOADS = [
  '<script>' + run + '</script>',
  `<img src=x onerror="${run}">`,
  `<svg onload="${run}"><circle r=1 /></svg>`,
  `"><iframe src="javascript:${run}"></iframe>`,
  `'><a href="javascript:${run}">click</a>`,
  `<math><mi xlink:href="javascript:${run}">x</mi></math>`,
  `<style>* { display: none !important }</style>`,
  '</template><script>' + run + '</script>',
  `<!-- comment --><b>bold</b>`,
  '&lt;b&gt; &amp; &quot;',
  '{{constructor.constructor("' + run + '")()}}',
  '${' + run + '}',
  // Lit's own template markers, in case data were ever spliced into a template.
  '<?lit$1234$>lit$1234$',
  // Placeholders of our labels: must stay text, never be filled in.
  '{outlet} {n} {count} $& $1',
  // Bidi overrides and isolates, zero-width and control characters.
  '\u202Egnp.exe\u202C',
  '\u2066\u2067\u2068x\u2069',
  '\u200B\u200D\uFEFF',
  '\u0000\u0001\u0008\u001F\u007F',
];

export const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.tuple(fc.string(), fc.constantFrom(...PAYLOADS), fc.string()).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Non-http(s) links with every disguise the URL parser forgives, and a few good ones. */
export const hostileUrl = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u0001 ', '\u001F', ' \u0008\u000C'),
      fc.constantFrom(
        'javascript',
        'JaVaScRiPt',
        'JAVASCRIPT',
        'java\tscript',
        'java\nscript',
        'data',
        'DaTa',
        'vbscript',
        'file',
        'blob',
        'about',
        'chrome',
      ),
      fc.constantFrom(
        `:${run}`,
        ':text/html,<script>' + run + '</script>',
        ':text/html;base64,PHNjcmlwdD4=',
        '://x',
        ':',
      ),
    )
    .map((parts) => parts.join('')),
  fc.constantFrom(
    'https://example.com/a?b=<c>',
    'http://example.com/',
    '/relative/path',
    '//example.com/x',
    'https://user:pw@example.com/',
  ),
);

/** The seed with every text field replaced by hostile text and every link by a hostile URL. */
export const hostileStory: fc.Arbitrary<Story> = fc
  .record({
    texts: fc.infiniteStream(hostileText),
    urls: fc.infiniteStream(hostileUrl),
    lang: fc.constantFrom('en', 'ar', 'he-IL', 'de'),
  })
  .map(({ texts, urls, lang }) => {
    const t = () => texts.next().value as string;
    // Text required to be non-empty gets a visible prefix, so that the story stays valid.
    const nt = () => `x${t()}`;
    const u = () => urls.next().value as string;
    return {
      ...seed,
      lang,
      title: nt(),
      topic: t(),
      summary: t(),
      whyItMatters: t(),
      perspectives: seed.perspectives!.map((p) => ({ ...p, label: nt(), summary: t() })),
      notRepresented: seed.notRepresented!.map(t),
      body: seed.body!.map((paragraph) => `${t()} ${paragraph} ${t()}`),
      viewpoints: seed.viewpoints!.map((v) => ({ ...v, name: nt(), stance: t(), detail: t() })),
      sources: seed.sources!.map((s) => ({ ...s, outlet: nt(), headline: t(), url: u() })),
      related: seed.related!.map((r) => ({ ...r, title: nt(), topic: t(), url: u() })),
      leanRatings: { provider: nt(), url: u() },
    };
  });

// Every path into the seed (objects and arrays included), the targets of mutations.
type Path = (string | number)[];
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([key, child]) =>
    pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  return [path, ...children];
}
const SEED_PATHS = pathsOf(seed).filter((path) => path.length > 0);

const DELETE = Symbol('delete');
const deepArray = (depth: number) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const deepObject = (depth: number) => {
  let value: unknown = { title: 'bottom' };
  for (let i = 0; i < depth; i++) value = i % 2 ? { title: value } : { sources: [value] };
  return value;
};

/** What a mutation puts at its path. */
const replacement = fc.oneof(
  fc.constant(DELETE),
  fc.constant(null),
  fc.oneof(fc.boolean(), fc.integer(), fc.string(), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 })),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 5e-324, 1.5, -1, 0, 1.2345678901234568e29),
  fc.integer({ min: 100, max: 3000 }).chain((depth) => fc.constantFrom(deepArray(depth), deepObject(depth))),
  fc.constantFrom('x'.repeat(100_000), '<b>'.repeat(33_334), '\u202E'.repeat(100_000), '[1]'.repeat(33_334)),
  hostileText,
);

const mutation = fc.record({ path: fc.constantFrom(...SEED_PATHS), value: replacement });

/** The seed with 1 to 4 mutations: wrong types, missing fields, nulls, huge numbers, deep nesting, 100k strings. */
export const mutatedSeed: fc.Arbitrary<unknown> = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((mutations) => {
    const story: unknown = structuredClone(seed);
    for (const { path, value } of mutations) set(story, path, value);
    return story;
  });

function set(root: unknown, path: Path, value: unknown): void {
  let parent = root as Record<string | number, unknown> | null;
  for (const key of path.slice(0, -1)) {
    const child = parent?.[key];
    if (child === null || typeof child !== 'object') return; // an earlier mutation replaced this branch
    parent = child as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (!parent) return;
  if (value !== DELETE) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
}

/**
 * Values only a script can hand over through the `story` property: getters
 * that throw or change, proxies, cycles, revoked proxies, thenables. Made
 * inside the property (a thunk each): fast-check itself cannot inspect a
 * revoked proxy.
 */
export const exoticStory: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      withSparseArray: true,
      withTypedArray: true,
    })
    // `undefined` is no story at all: the widget waits for a provider, as documented.
    .filter((value) => value !== undefined)
    .map((value) => Object.assign(() => value, { toString: () => fc.stringify(value) })),
  fc
    .constantFrom(
      'throwing getter',
      'changing getter',
      'throwing proxy',
      'revoked proxy',
      'cycle',
      'thenable',
      'null prototype',
      'frozen',
      'function',
      'symbol',
      'NaN and Infinity',
      'boxed title',
      'toJSON',
    )
    .map((name) => Object.assign(() => exotic(name), { toString: () => name })),
);

function exotic(name: string): unknown {
  const story = structuredClone(seed) as Record<string, unknown>;
  switch (name) {
    case 'throwing getter':
      return Object.defineProperty(story, 'title', {
        enumerable: true,
        get: () => {
          throw new Error('getter');
        },
      });
    case 'changing getter': {
      let reads = 0;
      return Object.defineProperty(story, 'title', {
        enumerable: true,
        get: () => (reads++ ? { not: 'a string' } : 'First read'),
      });
    }
    case 'throwing proxy':
      return new Proxy(story, {
        get: () => {
          throw new Error('proxy get');
        },
        ownKeys: () => {
          throw new Error('proxy keys');
        },
      });
    case 'revoked proxy': {
      const { proxy, revoke } = Proxy.revocable(story, {});
      revoke();
      return proxy;
    }
    case 'cycle':
      story.sources = [{ ...(seed.sources![0] as object), self: story }];
      story.related = story.sources;
      (story.viewpoints as unknown[]).push(story);
      return story;
    case 'thenable':
      return Object.assign(story, {
        then: (resolve: (v: unknown) => void) => resolve({ id: 'then', title: 'Thenable' }),
      });
    case 'null prototype':
      return Object.assign(Object.create(null), story);
    case 'frozen':
      return Object.freeze(story);
    case 'function':
      return Object.assign(() => {}, story);
    case 'symbol':
      return Symbol('story');
    case 'NaN and Infinity':
      return {
        ...story,
        sources: [
          { ...(seed.sources![0] as object), id: Number.NaN },
          { ...(seed.sources![1] as object), id: Infinity },
        ],
      };
    case 'boxed title':
      return { ...story, title: new String('Boxed') };
    default:
      return {
        ...story,
        toJSON: () => {
          throw new Error('toJSON');
        },
        valueOf: () => {
          throw new Error('valueOf');
        },
      };
  }
}

/** Bodies for `src`: any JSON, the seed cut anywhere, or any text at all. */
export const rawBody = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
  fc.nat().map((n) => JSON.stringify(seed).slice(0, n % JSON.stringify(seed).length)),
  fc.string({ unit: 'binary' }),
);
