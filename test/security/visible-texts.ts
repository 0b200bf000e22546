import type { Story } from '../../src/index.js';
import { splitCitations } from '../../src/story/citations.js';

/**
 * The story texts a widget must show, character for character, when it shows
 * a story: the oracle of the "every text shows as the literal text" check.
 * `viewpoint` is the id a `<viewpoint-card>` was asked for, if any.
 */
export function visibleTexts(tag: string, story: Story, viewpoint?: string): string[] {
  const sources = new Map((story.sources ?? []).map((source) => [source.id, source]));
  switch (tag) {
    case 'story-summary':
      return [
        story.title,
        story.topic ?? '',
        story.summary ?? '',
        story.whyItMatters ?? '',
        ...(story.perspectives ?? []).flatMap((p) => [p.label, p.summary]),
        // Citation markers become buttons; the text around them stays text.
        ...(story.body ?? []).flatMap((paragraph) =>
          splitCitations(paragraph).flatMap((s) => ('text' in s ? [s.text] : [])),
        ),
        ...(story.related ?? []).flatMap((r) => [r.title, r.topic ?? '']),
      ];
    case 'viewpoint-card':
      return (story.viewpoints ?? [])
        .filter((v) => viewpoint === undefined || v.id === viewpoint)
        .flatMap((v) => [
          v.name,
          v.stance,
          v.detail ?? '',
          ...(v.sourceIds ?? []).flatMap((id) => {
            const source = sources.get(id);
            return source ? [source.outlet, source.headline] : [];
          }),
        ]);
    case 'source-list':
      return [...(story.sources ?? []).flatMap((s) => [s.outlet, s.headline]), story.leanRatings?.provider ?? ''];
    case 'coverage-gaps':
      return story.notRepresented ?? [];
    default:
      return [];
  }
}
