import type { ReactiveControllerHost } from 'lit';
import { emit } from '../shared/events.js';
import { leanOf } from '../story/lean.js';
import type { Lean, Source } from '../story/schema.js';
import { LEANS } from '../story/vocabulary.js';

/** A `<source-list>`, seen from its filter: the `filter` attribute is the one record of what is on. */
export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  filter?: string;
}

/**
 * Narrows a source list to the leans a reader (or the page, through the
 * `filter` attribute) picked. Words that are not leans are ignored. Only the
 * reader's presses are reported (`story-filter-change`): a page knows what
 * it set itself.
 */
export class LeanFilterController {
  /** Whether the reader changed the filter, so that the count is still said after "Show all". */
  touched?: boolean;

  constructor(private readonly host: FilterHost) {}

  /** The leans on, in scale order; empty when every source is shown. */
  get leans(): Lean[] {
    const words = (this.host.filter ?? '').split(/\s+/);
    return LEANS.filter((lean) => words.includes(lean));
  }

  /** The sources the filter lets through. */
  apply(sources: readonly Source[]): readonly Source[] {
    const on = this.leans;
    return on.length ? sources.filter((source) => on.includes(leanOf(source))) : sources;
  }

  /** Turns `lean` on or off, the others as they were; without a lean, turns them all off ("Show all"). */
  toggle(lean?: Lean): void {
    const on = this.leans;
    const leans = lean ? LEANS.filter((l) => (l === lean) !== on.includes(l)) : [];
    this.touched = true;
    this.host.filter = leans.join(' ') || undefined;
    emit(this.host, 'story-filter-change', { leans });
  }
}
