import { estimateHeight } from './embed-height.js';
import { EMBED_WIDTH } from './oembed.js';
import type { Site } from './site-options.js';
import type { SiteOutput } from './site-output.js';
import { checkStoryFile } from './story-check.js';
import { storyFiles } from './story-files.js';
import type { StoryProblem } from './validate-story.js';

/** A story file after the check: its id and title when valid, its problems when not. */
export interface Checked {
  file: string;
  hash: string;
  id?: string;
  title?: string;
  problems: StoryProblem[];
}

/** A story file after rendering: its id and first embed height, or the problems found on reading it again. */
export interface Rendered {
  file: string;
  id?: string;
  height?: number;
  problems: StoryProblem[];
}

export interface BuildTasks {
  check(files: string[]): Promise<Checked[]>;
  render(files: string[]): Promise<Rendered[]>;
}

/**
 * The two steps of a build, on a batch of story files: the same code runs
 * in the worker threads (build-worker.ts) and, for small builds and
 * in-memory sites, in the main thread. Neither keeps a story once done, so
 * memory does not grow with the number of stories.
 */
export function buildTasks(site: Site, key: string, output: SiteOutput): BuildTasks {
  return {
    async check(files) {
      const results: Checked[] = [];
      for (const file of files) {
        const { hash, story, problems } = await checkStoryFile(file, site, key);
        results.push({ file, hash, id: story?.id, title: story?.title, problems });
      }
      return results;
    },
    async render(files) {
      const results: Rendered[] = [];
      for (const file of files) {
        const { story, problems } = await checkStoryFile(file, site, key);
        if (!story) {
          results.push({ file, problems });
          continue;
        }
        for (const [path, text] of await storyFiles(story, site)) await output.write(path, text);
        results.push({ file, id: story.id, height: estimateHeight(story, undefined, EMBED_WIDTH), problems });
      }
      return results;
    },
  };
}
