import { expect } from '@open-wc/testing';
import { largestRemainder, leanScale, oneSidedCoverage, sideOf } from '../../src/story/lean.js';
import type { Lean, Source } from '../../src/story/schema.js';
import { sortSources } from '../../src/story/sort-sources.js';
import { seed } from '../helpers.js';

const sources = (...leans: (Lean | undefined)[]): Source[] =>
  leans.map((lean, i) => ({ id: i + 1, outlet: `Outlet ${i + 1}`, headline: 'H', ...(lean ? { lean } : {}) }));

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

describe('largest-remainder rounding', () => {
  it('rounds 3, 3, 2 of 8 to 38, 37, 25 (plain rounding gives 101)', () => {
    expect(largestRemainder([3, 3, 2])).to.deep.equal([38, 37, 25]);
  });

  it('gives the leftover points to the largest remainders', () => {
    // 14.28…% each of 7: all floor to 14 (98); the 2 points left go to the first two (equal remainders, in order).
    expect(largestRemainder([1, 1, 1, 1, 1, 1, 1])).to.deep.equal([15, 15, 14, 14, 14, 14, 14]);
    expect(largestRemainder([1, 2])).to.deep.equal([33, 67]);
    expect(largestRemainder([0, 5, 0])).to.deep.equal([0, 100, 0]);
  });

  it('always adds up to exactly 100 for any counts with a total', () => {
    for (let trial = 0; trial < 500; trial++) {
      const counts = Array.from({ length: 5 }, () => Math.floor(Math.random() * 40));
      if (!sum(counts)) continue;
      const percents = largestRemainder(counts);
      expect(sum(percents), String(counts)).to.equal(100);
      // Never more than one point away from the exact share.
      counts.forEach((n, i) => expect(Math.abs(percents[i]! - (n * 100) / sum(counts))).to.be.below(1));
    }
  });

  it('gives zeros, not NaN, when there is nothing to share', () => {
    expect(largestRemainder([0, 0, 0])).to.deep.equal([0, 0, 0]);
  });
});

describe('the lean scale', () => {
  it('always has the five points in order; the seed: 0, 1, 3, 2, 0', () => {
    const { shares, unrated } = leanScale(seed.sources!);
    expect(shares.map((s) => [s.lean, s.count, s.percent])).to.deep.equal([
      ['left', 0, 0],
      ['lean-left', 1, 17],
      ['center', 3, 50],
      ['lean-right', 2, 33],
      ['right', 0, 0],
    ]);
    expect(unrated).to.equal(0);
  });

  it('counts missing and "unrated" leans apart, and takes percentages of the rated sources', () => {
    const { shares, unrated } = leanScale(sources(undefined, 'unrated', 'left'));
    expect(unrated).to.equal(2);
    expect(shares[0]).to.deep.equal({ lean: 'left', count: 1, percent: 100 });
  });

  it('gives zeros for a story without sources', () => {
    const { shares, unrated } = leanScale([]);
    expect(shares.every((s) => s.count === 0 && s.percent === 0)).to.equal(true);
    expect(unrated).to.equal(0);
  });

  it('puts each lean on its side', () => {
    const leans: Lean[] = ['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'];
    expect(leans.map(sideOf)).to.deep.equal(['left', 'left', 'center', 'right', 'right', 'unrated']);
  });
});

describe('sorting sources', () => {
  const mixed: Source[] = [
    { id: 3, outlet: 'C', headline: 'h', lean: 'right', publishedAt: '2026-01-02' },
    { id: 1, outlet: 'A', headline: 'h', publishedAt: '2026-03-01T08:00:00Z' },
    { id: 2, outlet: 'B', headline: 'h', lean: 'left' },
    { id: 4, outlet: 'D', headline: 'h', lean: 'left', publishedAt: '2026-03-01' },
  ];
  const ids = (order?: string) => sortSources(mixed, order).map((s) => s.id);

  it('by id by default, and for an unknown order', () => {
    expect(ids()).to.deep.equal([1, 2, 3, 4]);
    expect(ids('nonsense')).to.deep.equal([1, 2, 3, 4]);
  });

  it('by lean from left to right, unrated last, ties by id', () => {
    expect(ids('lean')).to.deep.equal([2, 4, 3, 1]);
  });

  it('by date, newest first, undated last', () => {
    expect(ids('date')).to.deep.equal([1, 4, 3, 2]);
  });

  it('leaves the story as it was', () => {
    sortSources(mixed, 'lean');
    expect(mixed.map((s) => s.id)).to.deep.equal([3, 1, 2, 4]);
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

  it('says how many of how many rated sources are on the side', () => {
    expect(oneSidedCoverage(sources('left', 'lean-left', 'center', undefined))).to.deep.equal({
      side: 'left',
      count: 2,
      rated: 3,
    });
  });
});
