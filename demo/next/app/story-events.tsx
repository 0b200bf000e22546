// #region readme
// app/story-events.tsx: event handlers live in a client component.
'use client';
import { useState } from 'react';
import { SourceList } from 'viewpoint-cards/react';

export function StoryEvents() {
  const [loaded, setLoaded] = useState('');
  const [failed, setFailed] = useState('');
  return (
    <>
      <SourceList
        src="/stories/open-source-ai.json"
        headingLevel={2}
        onStoryLoad={(e) => setLoaded(e.detail.story.title)}
      />
      <SourceList src="/stories/missing.json" onStoryError={(e) => setFailed(e.detail.kind)} />
      <p id="loaded">{loaded}</p>
      <p id="failed">{failed}</p>
    </>
  );
}
// #endregion
