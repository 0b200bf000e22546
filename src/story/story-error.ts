/**
 * Why a story could not be shown. `kind` is stable: programs switch on it
 * (and `story-error` listeners receive it); `message` is for people.
 */
export type StoryErrorKind =
  | 'network' // fetch failed: offline, DNS, CORS, connection reset
  | 'timeout' // no complete answer within the element's `timeout`
  | 'http' // the server answered with a non-2xx status
  | 'content-type' // the answer is not JSON (an HTML login page, text/plain...)
  | 'too-large' // the body is larger than the element's `max-bytes`
  | 'parse' // the body, or the inline <script> child, is not valid JSON
  | 'schema' // valid JSON that is not a story (see `issues`)
  | 'not-found' // the story has no viewpoint with the requested id
  | 'render'; // an unexpected failure while rendering (a bug: please report it)

/** One validation problem, with the JSON path where it was found. */
export interface StoryIssue {
  path: (string | number)[];
  message: string;
}

export class StoryError extends Error {
  override name = 'StoryError';
  constructor(
    readonly kind: StoryErrorKind,
    message: string,
    readonly issues: StoryIssue[] = [],
    /** The HTTP `status` of an `http` error (the message says it too, for people). */
    readonly params: { status?: number } = {},
  ) {
    super(message);
  }
}

/** JSON.parse, failing with a `parse` StoryError that says what was read (`what`) and where the syntax broke. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StoryError('parse', `${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Wraps anything thrown into a StoryError, so callers handle one type. */
export function toStoryError(error: unknown, fallback: StoryErrorKind = 'render'): StoryError {
  if (error instanceof StoryError) return error;
  return new StoryError(fallback, error instanceof Error ? error.message : String(error));
}

/** `sources.2.url` style paths, as printed in messages and warnings. */
export function formatPath(path: readonly (string | number)[]): string {
  // No key of the format is empty, so only the root's path joins to ''.
  return path.join('.') || '(root)';
}
