import { expect } from '@open-wc/testing';
import { leanDistribution, oneSidedCoverage } from '../../src/story/lean.js';
import type { Lean, Source } from '../../src/story/schema.js';
import { seed } from '../helpers.js';

const sources = (...leans: (Lean | undefined)[]): Source[] =>
  leans.map((lean, i) => ({ id: i + 1, outlet: `Outlet ${i + 1}`, headline: 'H', ...(lean ? { lean } : {}) }));

describe('lean distribution', () => {
  it('counts the seed: 1 lean left, 3 center, 2 lean right', () => {
    const shares = Object.fromEntries(leanDistribution(seed.sources!).map((s) => [s.lean, [s.count, s.percent]]));
    expect(shares).to.deep.equal({
      left: [0, 0],
      'lean-left': [1, 17],
      center: [3, 50],
      'lean-right': [2, 33],
      right: [0, 0],
      unrated: [0, 0],
    });
  });

  it('counts a missing lean as unrated', () => {
    const unrated = leanDistribution(sources(undefined, 'unrated', 'left')).find((s) => s.lean === 'unrated')!;
    expect(unrated.count).to.equal(2);
    expect(unrated.percent).to.equal(67);
  });

  it('gives zeros, not NaN, for a story without sources', () => {
    expect(leanDistribution([]).every((s) => s.count === 0 && s.percent === 0)).to.equal(true);
  });
});

describe('the one-sided coverage rule (README)', () => {
  const cases: [string, (Lean | undefined)[], 'left' | 'right' | undefined][] = [
    ['the seed (2 of 6 on the right) is not one-sided', seed.sources!.map((s) => s.lean), undefined],
    ['3 rated, all lean left: left', ['left', 'lean-left', 'lean-left'], 'left'],
    ['exactly two thirds on the right: right', ['right', 'lean-right', 'center'], 'right'],
    [
      'just under two thirds (5 of 8): not one-sided',
      ['left', 'left', 'left', 'left', 'left', 'center', 'center', 'right'],
      undefined,
    ],
    ['only 2 rated sources: too few to judge', ['left', 'left', 'unrated', undefined], undefined],
    [
      'unrated sources do not count: 3 left of 3 rated',
      ['left', 'left', 'lean-left', 'unrated', 'unrated', undefined],
      'left',
    ],
    ['center sources are rated but on no side', ['center', 'center', 'center', 'left'], undefined],
  ];
  for (const [name, leans, side] of cases) {
    it(name, () => {
      expect(oneSidedCoverage(sources(...leans))?.side).to.equal(side);
    });
  }
});
