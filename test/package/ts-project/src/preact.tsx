// Preact, with the JSX types imported.
import type {} from 'viewpoint-cards/jsx-preact';

export const plain = (
  <story-provider src="/story.json">
    <source-list heading-level={3} theme="dark" onstory-load={(event) => console.log(event.detail.story.title)} />
    <coverage-gaps labels={{ noGaps: 'Keine Lücken.' }} />
    {/* @ts-expect-error: not a theme */}
    <story-summary theme="sepia" />
  </story-provider>
);
