import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Story } from '../story/schema.js';
import type { Site } from './site-options.js';
import { isSiteId } from './site-paths.js';
import { validateStoryText, type StoryProblem } from './validate-story.js';

/** One story file as a build sees it: valid (with its story) or with its problems. */
export interface CheckedStory {
  file: string;
  /** Changes when the file's text or the build's settings change: an unchanged story is not rendered again. */
  hash: string;
  story?: Story;
  problems: StoryProblem[];
}

const problem = (at: string, message: string, hint: string): StoryProblem => ({ path: [], at, message, hint });

/** Reads and validates a story file; `key` stands for the build's settings and code. */
export async function checkStoryFile(file: string, site: Site, key: string): Promise<CheckedStory> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      file,
      hash: '',
      problems: [
        problem('(file)', `cannot read ${file}: ${(error as Error).message}`, 'check that the file is readable'),
      ],
    };
  }
  const hash = createHash('sha256').update(key).update('\0').update(text).digest('base64url');
  const result = validateStoryText(text, { baseUrl: site.baseUrl });
  if (!result.valid) return { file, hash, problems: result.problems };
  if (!isSiteId(result.story.id)) {
    const hint = 'use letters, digits, "-", "_" and "." (not first or last), at most 128 characters';
    return {
      file,
      hash,
      problems: [problem('id', `the id "${result.story.id}" cannot be part of a web address`, hint)],
    };
  }
  return { file, hash, story: result.story, problems: [] };
}
