import type { Lean, SourceType } from '../story/schema.js';

/**
 * Every string the widgets show that does not come from the story. Set the
 * `labels` property of any element to a partial object to translate or
 * reword them; `{name}` placeholders are filled in as plain text.
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
  sourceCount: '{count} sources',
  sourceCountOne: '1 source',
  readOn: 'Read on {outlet}',
  opensInNewTab: '(opens in a new tab)',
  citation: 'Source {n}: {outlet}, {lean}',
  citedSources: 'Sources cited',
  close: 'Close',
  showDetail: 'More on this viewpoint',
  leanDistribution: 'Political lean of the sources',
  leanShare: '{lean}: {count} ({percent}%)',
  unratedShare: '{lean}: {count}, not on the scale',
  showAll: 'Show all',
  showingSome: 'Showing {shown} of {total} sources',
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

export type Labels = typeof DEFAULT_LABELS;
export type LabelKey = keyof Labels;

/** Reads a label, filling `{name}` placeholders. Unknown or non-string overrides fall back to the default. */
export function label(
  overrides: Partial<Labels> | undefined,
  key: LabelKey,
  values: Record<string, string | number | undefined> = {},
): string {
  const own = overrides?.[key];
  const template = typeof own === 'string' ? own : DEFAULT_LABELS[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

export const leanKey = (lean: Lean): LabelKey => `lean.${lean}`;
export const typeKey = (type: SourceType): LabelKey => `type.${type}`;
