import { LEANS, type Lean, type Source } from './schema.js';

export interface LeanShare {
  lean: Lean;
  count: number;
  /** Whole percent of all sources; the shares may not add up to exactly 100. */
  percent: number;
}

/** How many sources fall in each lean, in the fixed left-to-right order. Missing leans count as unrated. */
export function leanDistribution(sources: readonly Source[]): LeanShare[] {
  const counts = new Map<Lean, number>(LEANS.map((lean) => [lean, 0]));
  for (const source of sources) counts.set(source.lean ?? 'unrated', counts.get(source.lean ?? 'unrated')! + 1);
  return LEANS.map((lean) => {
    const count = counts.get(lean)!;
    return { lean, count, percent: sources.length ? Math.round((count / sources.length) * 100) : 0 };
  });
}

export type Side = 'left' | 'right';

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
export function oneSidedCoverage(sources: readonly Source[]): { side: Side; share: number; rated: number } | undefined {
  const rated = sources.filter((source) => source.lean && source.lean !== 'unrated');
  if (rated.length < ONE_SIDED_MIN_RATED) return undefined;
  for (const side of ['left', 'right'] as const) {
    const onSide = rated.filter((source) => source.lean === side || source.lean === `lean-${side}`).length;
    if (onSide / rated.length >= ONE_SIDED_SHARE) return { side, share: onSide / rated.length, rated: rated.length };
  }
  return undefined;
}
