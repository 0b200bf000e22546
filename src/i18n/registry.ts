import type { LabelOverrides } from './label-types.js';

/** Packs and listeners, shared by every copy of the library on the page (the bundle, an npm build, a pack file). */
interface Store {
  packs: Map<string, LabelOverrides>;
  listeners: Set<() => void>;
}
const KEY = Symbol.for('viewpoint-cards.labels');
const store: Store = ((globalThis as { [KEY]?: Store })[KEY] ??= { packs: new Map(), listeners: new Set() });

/** Tags compare without case: `pt-BR` and `pt-br` are one language. */
const norm = (lang: string) => lang.toLowerCase();

/**
 * Adds or extends the labels of a language (`de`, or a regional `pt-BR`), for
 * every widget on the page; widgets showing that language re-render. Keys
 * you leave out come from the language of the tag without its region, then
 * from English. Returns the labels, so a pack module can export them.
 */
export function registerLabels<T extends LabelOverrides>(lang: string, labels: T): T {
  store.packs.set(norm(lang), { ...store.packs.get(norm(lang)), ...labels });
  store.listeners.forEach((listener) => listener());
  return labels;
}

/** The registered packs for a tag, most specific first: `pt-BR`, then `pt`. */
export function packsFor(lang: string): LabelOverrides[] {
  const tag = norm(lang);
  return [...new Set([tag, primaryOf(tag)])].flatMap((code) => store.packs.get(code) ?? []);
}

/** Whether any labels are registered for the tag or its language. */
export const hasLabels = (lang: string): boolean => packsFor(lang).length > 0;

/** The language subtag of a tag: `pt` for `pt-BR`. */
export const primaryOf = (lang: string): string => norm(lang).split('-')[0]!;

/** Calls `listener` whenever labels are registered; returns how to stop. */
export function onLabelsRegistered(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}
