import type { Source, Story, Viewpoint } from './schema.js';
import { StoryError } from './story-error.js';

// Looked up once per story object, however many widgets and renders ask.
const byId = new WeakMap<Story, Map<number, Source>>();

/** The story's sources by their `[n]` id. */
export function sourcesById(story: Story): Map<number, Source> {
  let sources = byId.get(story);
  if (!sources) byId.set(story, (sources = new Map((story.sources ?? []).map((source) => [source.id, source]))));
  return sources;
}

/** The viewpoint with this id, if the story has it (none without an id: a viewpoint always has one). */
export function findViewpoint(story: Story, id: string | undefined): Viewpoint | undefined {
  return story.viewpoints?.find((viewpoint) => viewpoint.id === id);
}

/** A `not-found` error when `id` names no viewpoint of the story; undefined when it does, or when there is no id. */
export function missingViewpoint(story: Story, id: string | undefined): StoryError | undefined {
  if (id === undefined || findViewpoint(story, id)) return undefined;
  return new StoryError('not-found', `The story "${story.id}" has no viewpoint "${id}".`);
}
