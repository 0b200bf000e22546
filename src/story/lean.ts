import type { Lean, Source } from './schema.js';

/** The five-point lean scale, from its left end to its right end. `unrated` is not on it. */
export const SCALE = ['left', 'lean-left', 'center', 'lean-right', 'right'] as const;
export type ScaleLean = (typeof SCALE)[number];

export interface LeanShare {
  lean: ScaleLean;
  count: number;
  /** Whole percent of the rated sources; the five add up to exactly 100 (0 when nothing is rated). */
  percent: number;
}

export interface LeanScale {
  /** Always all five points of the scale, in order, empty ones with a count of 0. */
  shares: LeanShare[];
  /** Sources without a rating: counted apart, not a point of the scale. */
  unrated: number;
}

/** A source's lean; a missing one is `unrated`. */
export const leanOf = (source: Source): Lean => source.lean ?? 'unrated';

const sum = (numbers: readonly number[]): number => numbers.reduce((total, n) => total + n, 0);

/**
 * Whole percentages of `counts` that add up to exactly 100 (largest-remainder
 * rounding): each share is rounded down, then the points left over go to the
 * largest remainders, ties to the earlier share (the sort is stable). All
 * zeros when the total is 0.
 */
export function largestRemainder(counts: readonly number[]): number[] {
  const total = sum(counts);
  if (!total) return counts.map(() => 0);
  const exact = counts.map((n) => (n * 100) / total);
  const whole = exact.map(Math.floor);
  // `% 1`: what rounding down left of each share.
  const byRemainder = exact.map((_, i) => i).sort((a, b) => (exact[b]! % 1) - (exact[a]! % 1));
  for (const i of byRemainder.slice(0, 100 - sum(whole))) whole[i]!++;
  return whole;
}

/** The sources on the five-point scale, and how many are not rated. */
export function leanScale(sources: readonly Source[]): LeanScale {
  const counts = SCALE.map((lean) => sources.filter((source) => source.lean === lean).length);
  const percents = largestRemainder(counts);
  return {
    shares: SCALE.map((lean, i) => ({ lean, count: counts[i]!, percent: percents[i]! })),
    unrated: sources.length - sum(counts),
  };
}

export type Side = 'left' | 'center' | 'right' | 'unrated';

/** Which side of the coverage a lean is on: Left (left, lean-left), Center, Right (right, lean-right), or unrated. */
export function sideOf(lean: Lean): Side {
  // `lean-left` is on the left, `lean-right` on the right.
  return lean.replace('lean-', '') as Side;
}

/** Fewest rated sources before coverage is judged one-sided. */
const ONE_SIDED_MIN_RATED = 3;
/** Share of the rated sources on one side that makes coverage one-sided. */
const ONE_SIDED_SHARE = 2 / 3;

/**
 * The one-sided-coverage rule (stated in the README): among sources with a
 * rating other than `unrated`, when there are at least 3 and at least two
 * thirds of them are on one side (left + lean-left, or right + lean-right),
 * coverage leans to that side. Center sources count as rated but on no side.
 */
export function oneSidedCoverage(
  sources: readonly Source[],
): { side: 'left' | 'right'; count: number; rated: number } | undefined {
  const sides = sources.map((source) => sideOf(leanOf(source))).filter((side) => side !== 'unrated');
  if (sides.length < ONE_SIDED_MIN_RATED) return undefined;
  for (const side of ['left', 'right'] as const) {
    const count = sides.filter((s) => s === side).length;
    if (count / sides.length >= ONE_SIDED_SHARE) return { side, count, rated: sides.length };
  }
  return undefined;
}
