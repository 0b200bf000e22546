import type { Lean } from '../story/schema.js';
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
  close: 'Close',
  showDetail: 'More on this viewpoint',
  leanDistribution: 'Political lean of the sources',
  leanShare: '{lean}: {count} ({share, number, percent})',
  unratedShare: '{lean}: {count}, not on the scale',
  showAll: 'Show all',
  showingSome: 'Showing {shown} of {total, plural, one {# source} other {# sources}}',
  'sideNone.left': 'No coverage from the left in this story.',
  'sideNone.center': 'No coverage from the center in this story.',
  'sideNone.right': 'No coverage from the right in this story.',
  paywalled: 'Subscription',
  published: 'Published {date}',
  'type.news': 'News',
  'type.analysis': 'Analysis',
  'type.opinion': 'Opinion',
  'type.factcheck': 'Fact check',
  'type.press-release': 'Press release',
  'type.other': 'Other',
  ratedBy: 'Lean ratings by {provider}',
  noGaps: 'No gaps in coverage were noted.',
  oneSidedLeft: 'One-sided coverage: {count} of {rated} rated sources lean left.',
  oneSidedRight: 'One-sided coverage: {count} of {rated} rated sources lean right.',
  loading: 'Loading coverage details…',
  unavailable: 'Coverage details are unavailable.',
  'lean.left': 'Left',
  'lean.lean-left': 'Lean Left',
  'lean.center': 'Center',
  'lean.lean-right': 'Lean Right',
  'lean.right': 'Right',
  'lean.unrated': 'Not rated',
};

/** Every label of a language, by key (strings, or functions for what a string cannot say). */
export type Labels = LabelPack;
export type { LabelKey };

export const leanKey = (lean: Lean): LabelKey => `lean.${lean}`;
