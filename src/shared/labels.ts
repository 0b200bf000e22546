import type { Lean } from '../story/schema.js';
import type { StoryErrorKind } from '../story/story-error.js';
import type { LabelKey, LabelPack } from '../i18n/label-types.js';

/**
 * Every string the widgets show that does not come from the story, in
 * English: the pack every other language is checked against (src/locales/).
 * `{name}` placeholders are filled in as text, numbers in the language's
 * digits; `{n, plural, one {…} other {…}}` picks the language's plural form
 * and `{share, number, percent}` writes a percentage (see format.ts).
 */
export const DEFAULT_LABELS = {
  perspectives: 'Main perspectives',
  whyItMatters: 'Why this matters',
  notRepresented: "What's not represented",
  viewpoints: 'Viewpoints in depth',
  sources: 'Sources',
  related: 'More in {topic}',
  relatedNoTopic: 'Related stories',
  updated: 'Updated {date}',
  sourceCount: '{count, plural, one {# source} other {# sources}}',
  readOn: 'Read on {outlet}',
  opensInNewTab: '(opens in a new tab)',
  citation: 'Source {n}: {outlet}, {lean}',
  citedSources: 'Sources cited',
  showDetail: 'More on this viewpoint',
  leanDistribution: 'Political lean of the sources',
  leanShare: '{lean}: {count} ({share, number, percent})',
  ratedBy: 'Lean ratings by {provider}',
  noGaps: 'No gaps in coverage were noted.',
  oneSidedLeft: 'One-sided coverage: {count} of {rated} rated sources lean left.',
  oneSidedRight: 'One-sided coverage: {count} of {rated} rated sources lean right.',
  loading: 'Loading story…',
  errorTitle: 'This story could not be shown.',
  'lean.left': 'Left',
  'lean.lean-left': 'Lean Left',
  'lean.center': 'Center',
  'lean.lean-right': 'Lean Right',
  'lean.right': 'Right',
  'lean.unrated': 'Not rated',
  'error.network': 'The story could not be reached.',
  'error.timeout': 'The story took too long to load.',
  'error.http': 'The story could not be loaded (HTTP {status}).',
  'error.content-type': 'The story file is not JSON.',
  'error.too-large': 'The story file is too large.',
  'error.parse': 'The story file is not valid JSON.',
  'error.schema': 'The story file is not in the expected format.',
  'error.not-found': 'There is no viewpoint "{id}" in this story.',
  'error.render': 'Something went wrong while showing the story.',
};

/** Every label of a language, by key (strings, or functions for what a string cannot say). */
export type Labels = LabelPack;
export type { LabelKey };

export const leanKey = (lean: Lean): LabelKey => `lean.${lean}`;
export const errorKey = (kind: StoryErrorKind): LabelKey => `error.${kind}`;
