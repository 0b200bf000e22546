import { useState } from 'react';
import { SourceList, StorySummary, type StoryErrorDetail } from 'viewpoint-cards/react';

/** The seed story, and a second list whose story is missing: the app shows what went wrong in its own words. */
export function App() {
  const [title, setTitle] = useState<string>();
  const [problem, setProblem] = useState<StoryErrorDetail['kind']>();
  return (
    <main>
      <h1>{title ?? 'Loading…'}</h1>
      <StorySummary
        src="/open-source-ai.json"
        headingLevel={2}
        onStoryLoad={(event) => setTitle(event.detail.story.title)}
      />
      <SourceList src="/open-source-ai.json" headingLevel={2} theme="dark" />
      <SourceList src="/missing-story.json" headingLevel={2} onStoryError={(event) => setProblem(event.detail.kind)} />
      {problem && <p role="status">The second list could not load its story ({problem}).</p>}
    </main>
  );
}
