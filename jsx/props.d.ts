// What every element takes in markup, shared by the React and Preact JSX
// declarations next to this file. Attribute names as written in HTML; the
// `story` and `labels` objects are set as properties by both frameworks.
import type { Labels, StoryErrorDetail, StoryLoadDetail, Theme } from '../dist/index.js';

export interface StoryHostProps {
  /** The story as an object. Takes precedence over `src` and inline JSON. */
  story?: unknown;
  /** URL of the story JSON, relative to the page. */
  src?: string;
  /** Milliseconds to wait for `src`. */
  timeout?: number | string;
  /** Largest `src` body read, in bytes. */
  'max-bytes'?: number | string;
  'onstory-load'?: (event: CustomEvent<StoryLoadDetail>) => void;
  'onstory-error'?: (event: CustomEvent<StoryErrorDetail>) => void;
}

export interface StoryElementProps extends StoryHostProps {
  /** Level (1–6) of the widget's heading. */
  'heading-level'?: number | string;
  theme?: Theme;
  /** Replacement texts for visible labels. */
  labels?: Partial<Labels>;
}

export interface ViewpointCardProps extends StoryElementProps {
  /** Id of the one viewpoint to show; all of them when absent. */
  viewpoint?: string;
}
