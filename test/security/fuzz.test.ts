// Property-based tests: thousands of generated stories, valid and broken,
// benign and hostile, handed to every element through the `story` property and
// through `src` (a real HTTP route). Each case checks the promises made to a
// host page. FUZZ_RUNS sets the total number of cases (default 1000).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { Story } from '../../src/index.js';
import { PWNED, exoticStory, hostileStory, mutatedSeed, rawBody } from './arbitraries.js';
import { reportFigures, watchPage } from './inspect.js';
import { VARIANTS, problemsOf, renderVariants, type Input } from './render-variants.js';

const { fuzzRuns } = (await (await fetch('/security/settings')).json()) as { fuzzRuns: number };

/** Stores `body` on the test server and returns the URL that serves it. */
async function served(body: string): Promise<string> {
  const response = await fetch('/security/bodies', { method: 'POST', body });
  return ((await response.json()) as { url: string }).url;
}

const ms: Record<string, number> = {};
const figures = {
  cases: 0,
  renders: 0,
  outcomes: {} as Record<string, number>,
  consoleLines: 0,
  modes: {} as Record<string, number>,
};

/**
 * Renders every variant with one input, checks each, and fails with every
 * problem found. `oracle` is the story the texts are compared with (the input
 * itself for JSON data), when it is one.
 */
async function check(mode: string, input: Input, oracle: unknown): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  const t0 = performance.now();
  try {
    const rendered = await renderVariants(container, input);
    const problems = rendered.flatMap((r) =>
      problemsOf(r, (oracle ?? (r.outcome?.type === 'story-load' ? r.outcome.detail.story : undefined)) as Story),
    );
    problems.push(...page.take());
    if ((window as unknown as Record<string, unknown>)[PWNED]) problems.push('a payload ran');
    figures.cases++;
    figures.modes[mode] = (figures.modes[mode] ?? 0) + 1;
    ms[mode] = (ms[mode] ?? 0) + performance.now() - t0;
    figures.renders += rendered.length;
    for (const { outcome } of rendered) {
      const key = outcome!.type === 'story-load' ? 'shown' : `error: ${outcome!.detail.kind}`;
      figures.outcomes[key] = (figures.outcomes[key] ?? 0) + 1;
    }
    if (problems.length) throw new Error(problems.slice(0, 12).join('\n'));
  } finally {
    container.remove();
  }
}

/** The number of cases of one mode (its share of FUZZ_RUNS), and failures that show what went wrong. */
const options = (share: number) => ({ numRuns: Math.max(1, Math.round(fuzzRuns * share)), includeErrorInReport: true });

let page: ReturnType<typeof watchPage>;
const quiet = { error: console.error, warn: console.warn };

describe('fuzzing every element with generated stories', function () {
  this.timeout(0);

  before(() => {
    page = watchPage();
    // Every invalid case logs its reasons; thousands of them would drown the report.
    console.error = console.warn = () => void figures.consoleLines++;
  });
  after(async () => {
    page.stop();
    Object.assign(console, quiet);
    await reportFigures('fuzz', {
      fuzzRuns,
      elementsPerCase: VARIANTS.length,
      ...figures,
      msPerMode: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)])),
    });
  });

  it('any JSON value set as the story property', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (value) => check('JSON value, property', { story: value }, value)),
      options(0.1),
    );
  });

  it('any body served from src: JSON, the seed cut anywhere, any text', async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, async (body) => {
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        await check('raw body, src', { src: await served(body) }, json);
      }),
      options(0.15),
    );
  });

  it('the seed story with wrong types, missing fields, nulls, huge numbers, deep nesting and 100k strings, as a property', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, (story) => check('mutated seed, property', { story }, story)),
      options(0.2),
    );
  });

  it('the same mutations served from src', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSeed, async (story) => {
        const body = JSON.stringify(story);
        await check('mutated seed, src', { src: await served(body) }, JSON.parse(body));
      }),
      options(0.15),
    );
  });

  it('hostile text in every text field and hostile links, as a property', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStory, (story) => check('hostile texts, property', { story }, story)),
      options(0.15),
    );
  });

  it('hostile text and links served from src', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStory, async (story) =>
        check('hostile texts, src', { src: await served(JSON.stringify(story)) }, story),
      ),
      options(0.15),
    );
  });

  it('values only a script can set: proxies, throwing getters, cycles, BigInt, symbols', async () => {
    // No oracle: the texts are compared with the story as validated (a getter may answer differently each time).
    await fc.assert(
      fc.asyncProperty(exoticStory, (make) => check('exotic values, property', { story: make() }, undefined)),
      options(0.1),
    );
  });

  it('ran the number of cases asked for, and no payload ever ran', () => {
    expect(figures.cases).to.be.at.least(fuzzRuns);
    expect((window as unknown as Record<string, unknown>)[PWNED]).to.equal(undefined);
  });
});
