// #region readme
// app/page.tsx: a server component. Strings, numbers and plain objects pass to the wrappers; functions do not.
import { StorySummary } from 'viewpoint-cards/react';
import { getStory } from './get-story';
import { StoryEvents } from './story-events';

export default async function Page() {
  const story = await getStory();
  return (
    <main>
      <StorySummary story={story} headingLevel={2} />
      <StoryEvents />
    </main>
  );
}
// #endregion
