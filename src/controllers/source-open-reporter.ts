import type { SourceOpenFrom } from '../shared/events.js';
import { emit } from '../shared/events.js';
import { leanOf } from '../story/lean.js';
import type { Story } from '../story/schema.js';
import { sourcesById } from '../story/story-parts.js';

/**
 * Reports `story-source-open` when a reader follows a source link (marked
 * `data-source="<id>"` in the widget's shadow root): a click,
 * Enter on the link, or a middle click (a new tab). One listener on the host
 * for all of a widget's links, so the templates stay plain. Nothing is sent
 * anywhere: the page decides what to do with the event.
 */
export function reportSourceOpens(
  host: HTMLElement,
  /** The story the widget shows, once it has one. */
  story: () => Story | undefined,
  /** Where in the widget its source links sit. */
  from: () => SourceOpenFrom,
): void {
  const handle = (event: MouseEvent) => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    // The innermost element pressed (in the shadow root), or the link around it.
    const link = (event.composedPath()[0] as Element).closest<HTMLAnchorElement>('a[data-source]');
    const shown = story();
    const source = link && shown && sourcesById(shown).get(Number(link.dataset.source));
    if (!source) return;
    emit(host, 'story-source-open', {
      sourceId: source.id,
      outlet: source.outlet,
      lean: leanOf(source),
      url: link.href,
      from: from(),
    });
  };
  host.addEventListener('click', handle);
  host.addEventListener('auxclick', handle);
}
