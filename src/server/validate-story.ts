import { SERVER_BASE } from '../story/safe-url.js';
import { parseStory } from '../story/parse-story.js';
import type { Story } from '../story/schema.js';
import { formatPath, toStoryError } from '../story/story-error.js';
import { hintFor } from './issue-hints.js';
import { storyWarnings } from './story-warnings.js';

/** One thing wrong with a story, where it is and how to fix it. */
export interface StoryProblem {
  /** The JSON path, e.g. `["sources", 2, "lean"]`; empty for the whole document. */
  path: (string | number)[];
  /** The path as text, `sources.2.lean`, or `(root)`. */
  at: string;
  message: string;
  hint: string;
}

/**
 * `problems` make a story invalid; `warnings` (only for a valid story) are
 * mistakes that still show, such as a body citation `[n]` with no source `n`.
 */
export type StoryValidation =
  | { valid: true; story: Story; problems: []; warnings: StoryProblem[] }
  | { valid: false; story?: undefined; problems: StoryProblem[]; warnings: [] };

export interface ValidateOptions {
  /** URL that relative links resolve against; without it they are reported as dropped links. */
  baseUrl?: string;
}

/**
 * Checks a story object against the story schema and lists every problem
 * with its path and a hint, then what a valid story cites that it does not
 * have, as warnings. Never throws. A valid result carries the story
 * as the widgets show it (links made absolute, non-http(s) links dropped
 * with a console warning).
 */
export function validateStory(input: unknown, options: ValidateOptions = {}): StoryValidation {
  try {
    const story = parseStory(input, options.baseUrl ?? SERVER_BASE);
    return { valid: true, story, problems: [], warnings: storyWarnings(story) };
  } catch (error) {
    const { issues, message } = toStoryError(error);
    const problems = issues.length ? issues : [{ path: [], message }];
    return {
      valid: false,
      problems: problems.map(({ path, message }) => ({
        path,
        at: formatPath(path),
        message,
        hint: hintFor(path, message, input),
      })),
      warnings: [],
    };
  }
}

/** `validateStory` for the text of a JSON file: a syntax error is a problem with its line and column. */
export function validateStoryText(text: string, options: ValidateOptions = {}): StoryValidation {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = positionOf(message, text);
    return {
      valid: false,
      problems: [
        {
          path: [],
          at: '(root)',
          message: `not valid JSON: ${message}`,
          hint: where
            ? `look at line ${where.line}, column ${where.column}`
            : 'check the file is JSON (a story object)',
        },
      ],
      warnings: [],
    };
  }
  return validateStory(input, options);
}

/** Line and column of the "at position N" in V8's JSON.parse messages. */
function positionOf(message: string, text: string): { line: number; column: number } | undefined {
  const match = /at position (\d+)/.exec(message);
  if (!match) return undefined;
  const before = text.slice(0, Number(match[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
