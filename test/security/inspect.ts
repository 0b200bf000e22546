import { shownText } from '../helpers.js';

/** Every element under `root`, descending into every (nested) shadow root. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
}

const EXECUTABLE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'form']);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'srcset', 'poster', 'ping'];

/**
 * What in the shadow roots under `root` could run code or leave the page
 * other than by an http(s) link: script-capable elements, `on*` handlers,
 * URL attributes that are not http(s) `href`s, inline `style` attributes.
 * The light DOM the host page wrote itself (inline JSON children) is not ours
 * to judge, so only shadow roots are searched.
 */
export function unsafeMarkup(root: Element): string[] {
  const problems: string[] = [];
  const shadowed = [...deepElements(root)].filter((el) => el.getRootNode() instanceof ShadowRoot);
  for (const el of shadowed) {
    const where = `<${el.localName}> in <${(el.getRootNode() as ShadowRoot).host.localName}>`;
    if (EXECUTABLE.has(el.localName)) problems.push(`${where} exists`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) problems.push(`${where} has ${name}="${value}"`);
      if (name === 'style') problems.push(`${where} has an inline style from a string`);
      if (URL_ATTRIBUTES.includes(name) && !(name === 'href' && isHttp(value)))
        problems.push(`${where} has ${name}="${value}"`);
    }
  }
  return problems;
}

function isHttp(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** Whitespace collapsed exactly as `shownText` does, so that expected texts compare with it. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export type Shown = 'content' | 'error' | 'loading' | 'blank';

/** What a widget shows: its story, an error message, still loading, or nothing at all. */
export function shown(widget: Element): Shown {
  const root = widget.shadowRoot;
  if (!root || shownText(widget) === '') return 'blank';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  return root.querySelector('section[part~="base"]') ? 'content' : 'blank';
}

/** Collects uncaught errors and unhandled rejections of this page, until `stop()`. */
export function watchPage() {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    /** Takes the problems seen so far (and forgets them). */
    take: () => problems.splice(0),
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Resolves once `predicate` holds, polling; rejects with `what` after `ms`. */
export async function until(predicate: () => boolean, what: string, ms = 20000): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reports a line of measured figures to the test server, which prints it (they go into SECURITY.md). */
export async function reportFigures(name: string, figures: Record<string, unknown>): Promise<void> {
  await fetch('/security/figures', { method: 'POST', body: JSON.stringify({ test: name, ...figures }) });
}
