import { hasLabels, primaryOf } from './registry.js';

type Loader = (lang: string) => Promise<unknown>;
let loader: Loader | undefined;
let available: readonly string[] = [];
// Per language: its load, once started (keyed by codes of `available` only,
// none of them a name an object already has). A language is asked for once:
// after its load, it has labels, or it is one of those `warned` about.
const loads: Record<string, Promise<void>> = {};
const warned = new Set<string>();

/**
 * How packs that nobody registered are fetched, and which languages it can
 * fetch. The script-tag bundle loads them from beside itself; an npm build
 * has no loader (an app imports the packs it wants).
 */
export function setPackLoader(load: Loader, languages: readonly string[]): void {
  loader = load;
  available = languages;
}

function warn(code: string, error?: unknown): void {
  warned.add(code);
  // Short: this text is in the script-tag bundle. The README's Languages section says how to add a pack.
  console.warn(`[viewpoint-cards] No labels for "${code}": English shown.`, ...(error ? [error] : []));
}

/**
 * Makes the labels of `lang` available. Undefined when they already are (or
 * never will be: English is built in; a language without a pack falls back
 * to English with one warning); otherwise a promise that settles once the
 * pack has loaded or failed to (a failure is that one warning, never an error
 * state).
 */
export function ensureLabels(lang: string): Promise<void> | undefined {
  const code = primaryOf(lang);
  if (!code || code === 'en' || hasLabels(lang) || warned.has(code)) return undefined;
  if (!loader || !available.includes(code)) return void warn(code);
  return (loads[code] ??= loader(code).then(
    () => void (hasLabels(code) || warn(code)),
    (error: unknown) => warn(code, error),
  ));
}
