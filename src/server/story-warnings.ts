import { splitCitations } from '../story/citations.js';
import type { Story } from '../story/schema.js';
import { formatPath } from '../story/story-error.js';
import { sourcesById } from '../story/story-parts.js';
import type { StoryProblem } from './validate-story.js';

const warning = (path: (string | number)[], message: string, hint: string): StoryProblem => ({
  path,
  at: formatPath(path),
  message,
  hint,
});

/**
 * What a valid story gets wrong without breaking the format: a body citation
 * `[n]` with no source `n` (readers see a bare "[n]"), and a viewpoint citing
 * a source the story does not have (left out of its card). Warnings, not
 * errors: the story still shows; `validate --strict` fails on them.
 */
export function storyWarnings(story: Story): StoryProblem[] {
  const sources = sourcesById(story);
  const warnings: StoryProblem[] = [];
  story.body?.forEach((paragraph, i) => {
    for (const segment of splitCitations(paragraph)) {
      if ('cite' in segment && !sources.has(segment.cite))
        warnings.push(
          warning(
            ['body', i],
            `cites [${segment.cite}], but there is no source ${segment.cite}`,
            `add a source with "id": ${segment.cite}, or correct the number`,
          ),
        );
    }
  });
  story.viewpoints?.forEach((viewpoint, i) =>
    viewpoint.sourceIds?.forEach((id, j) => {
      if (!sources.has(id))
        warnings.push(
          warning(
            ['viewpoints', i, 'sourceIds', j],
            `names source ${id}, which the story does not have`,
            `add a source with "id": ${id}, or remove it from "sourceIds"`,
          ),
        );
    }),
  );
  return warnings;
}
