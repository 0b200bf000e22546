import { leanOf } from './lean.js';
import type { Source } from './schema.js';
import { LEANS } from './vocabulary.js';

/** How a source list is ordered: by source id (the story's numbering), by lean from left to right, or newest first. */
export type SourceOrder = 'id' | 'lean' | 'date';

/**
 * The sources in `order`, ties broken by id. By lean, unrated sources come
 * last; by date, sources without `publishedAt` come last. Any other order
 * is by id. A new array: the story is never changed.
 */
export function sortSources(sources: readonly Source[], order: string | undefined): Source[] {
  const key = (source: Source): number =>
    order === 'lean'
      ? LEANS.indexOf(leanOf(source))
      : order === 'date'
        ? -(Date.parse(source.publishedAt!) || -Infinity)
        : 0;
  return [...sources].sort((a, b) => key(a) - key(b) || a.id - b.id);
}
