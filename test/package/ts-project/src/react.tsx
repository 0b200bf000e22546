// React: the wrappers (typed props and event callbacks) and, with the JSX
// types imported, the elements themselves as React 19 renders them.
import type {} from 'viewpoint-cards/jsx-react';
import { SourceList, StoryProvider, ViewpointCard } from 'viewpoint-cards/react';

export const wrapped = (
  <StoryProvider src="/story.json" onStoryLoad={(event) => console.log(event.detail.story.title)}>
    <ViewpointCard viewpoint="open" headingLevel={3} theme="dark" />
    <SourceList labels={{ sources: 'Quellen' }} onStoryError={(event) => console.log(event.detail.kind)} />
    {/* @ts-expect-error: not a property */}
    <SourceList sauce="x" />
  </StoryProvider>
);

export const plain = (
  <story-provider src="/story.json">
    <source-list heading-level={3} theme="light" onstory-error={(event) => console.log(event.detail.issues.length)} />
    <viewpoint-card viewpoint="open" />
    {/* @ts-expect-error: not a theme */}
    <story-summary theme="sepia" />
  </story-provider>
);
