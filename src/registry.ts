/**
 * Every element of viewpoint-cards, in the order they are registered and
 * documented: the provider first (widgets that upgrade after it find it at
 * once), then the four widgets in the order a page usually shows them.
 *
 * This is the one hand-written list of the elements. `npm run generate`
 * (scripts/generate.js) derives the rest from it and from
 * custom-elements.json: src/index.ts, src/elements.ts, the React wrappers,
 * the JSX types, Storybook's attribute controls, package.json `exports` and
 * `sideEffects`; `npm test` fails when one of them is stale.
 *
 * Adding an element: one folder `src/<tag>/` (`<tag>.component.ts` with its
 * JSDoc header, `<tag>.styles.ts`, `<tag>.ts` that registers it), one line
 * here, then `npm run analyze && npm run generate`.
 *
 * Data only: importing this file registers nothing and pulls in no element.
 */
export interface Widget {
  /** The custom element name. */
  readonly tag: string;
  /** The exported class (`<tag>.component.ts`). */
  readonly className: string;
  /** Its folder under src/. */
  readonly folder: string;
  /** One line, the same as the `@summary` of the class's JSDoc (checked by `npm run generate -- --check`). */
  readonly summary: string;
  /** Whether viewpoint-cards/server prerenders it (the provider needs a live DOM). */
  readonly prerender: boolean;
}

// One line per element (kept by prettier-ignore), so that adding one is one line.
// prettier-ignore
export const WIDGETS = [
  { tag: 'story-provider', className: 'StoryProvider', folder: 'story-provider', summary: 'Loads one story for all the widgets inside it.', prerender: false },
  { tag: 'story-summary', className: 'StorySummary', folder: 'story-summary', summary: 'Title, dek, perspectives and body of a multi-perspective story, with citations.', prerender: true },
  { tag: 'viewpoint-card', className: 'ViewpointCard', folder: 'viewpoint-card', summary: 'The viewpoints of a story, one card each.', prerender: true },
  { tag: 'source-list', className: 'SourceList', folder: 'source-list', summary: 'Numbered sources with outlet, lean and headline, and the lean distribution.', prerender: true },
  { tag: 'coverage-gaps', className: 'CoverageGaps', folder: 'coverage-gaps', summary: 'What the coverage leaves out, and whether it leans to one side.', prerender: true },
] as const satisfies readonly Widget[];

type Entry = (typeof WIDGETS)[number];
/** The tag of any element in the registry, the provider included. */
export type WidgetTag = Entry['tag'];
/** The tag of one of the four widgets that show a story (every element but the provider). */
export type PrerenderedTag = Extract<Entry, { prerender: true }>['tag'];

/** Every element's tag, the provider first. */
export const TAGS: readonly WidgetTag[] = WIDGETS.map((widget) => widget.tag);

/** The four widgets that show a story, in page order: what the server prerenders and `all` prints. */
export const PRERENDERED: readonly PrerenderedTag[] = WIDGETS.filter(
  (widget): widget is Extract<Entry, { prerender: true }> => widget.prerender,
).map((widget) => widget.tag);

/** The registry entry of `tag`. */
export const widgetOf = (tag: string): Widget | undefined => WIDGETS.find((widget) => widget.tag === tag);
