// What the element tests share beyond helpers.ts: building elements by hand
// (an inline JSON child cannot be written in a Lit template), and reading what
// a screen reader gets from the browser's accessibility tree.
import { html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { PRERENDERED, type PrerenderedTag } from '../src/registry.js';
import { failed, loaded, serverLog, sleep } from './helpers.js';

/** The four widgets that show a story (src/registry.ts). */
export const WIDGETS = PRERENDERED;
export type WidgetTag = PrerenderedTag;

/** `<tag>` with `attributes` and, when `json` is given, an inline `<script type="application/json">` child holding it. */
export function build(tag: string, attributes: Record<string, string> = {}, json?: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  return el;
}

/** Puts a built element on the page and waits for its story-load. */
export const mountLoaded = <T extends HTMLElement>(el: HTMLElement) => loaded<T>(html`${el}`);
/** Puts a built element on the page and waits for its story-error. */
export const mountFailed = <T extends HTMLElement>(el: HTMLElement) => failed<T>(html`${el}`);

/** A node of the accessibility tree, as the runner reports it. */
export interface AXNode {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  children?: AXNode[];
}

let snapshots = 0;
/** Names the container of `el` as a region: a snapshot must be rooted at something a screen reader announces. */
function regionAround(el: HTMLElement): string {
  const container = el.parentElement!;
  container.id ||= `reader-${snapshots++}`;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Widget under test');
  return `#${container.id}`;
}

/** What the runner's `a11ySnapshot` reports under `el`: the nodes a screen reader stops at (headings, links, buttons, text). */
export async function announced(el: HTMLElement): Promise<AXNode> {
  return (await a11ySnapshot({ selector: regionAround(el) })) as unknown as AXNode;
}

// Layout-only nodes carry nothing a screen reader says; their children take their place.
// (InlineTextBox repeats its StaticText; ListMarker is the "1." the list already implies.)
const SILENT = new Set(['generic', 'none', 'LineBreak', 'ignored']);
function prune(node: AXNode): AXNode[] {
  if (node.role === 'InlineTextBox' || node.role === 'ListMarker') return [];
  const children = (node.children ?? []).flatMap(prune);
  if (SILENT.has(node.role) && !node.name) return children;
  return [{ ...node, ...(children.length ? { children } : { children: undefined }) }];
}

/**
 * The full accessibility tree under `el` (test/server/a11y-tree.js), with
 * layout-only nodes folded away. Unlike `announced`, it keeps unnamed lists
 * and list items, which a screen reader announces ("list, 3 items").
 */
export async function screenReaderView(el: HTMLElement): Promise<AXNode> {
  const tree = (await executeServerCommand('a11y-tree', { selector: regionAround(el) })) as AXNode;
  return prune(tree)[0]!;
}

/** Every node of `tree` (depth first) that `test` accepts. */
export function findAll(tree: AXNode, test: (node: AXNode) => boolean): AXNode[] {
  return [...(test(tree) ? [tree] : []), ...(tree.children ?? []).flatMap((child) => findAll(child, test))];
}

/**
 * Fails the current describe block's tests when anything is thrown into the
 * page: an uncaught exception or an unhandled rejection, whatever the input.
 */
export function expectNothingThrownIntoThePage(): void {
  const thrown: string[] = [];
  const onError = (event: ErrorEvent) => thrown.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${String(event.reason)}`);
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // An unhandled rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (thrown.length) throw new Error(`thrown into the page:\n${thrown.join('\n')}`);
  });
}

/** A text each widget shows for the seed story, to tell that it shows that story. */
export const SEED_MARK: Record<WidgetTag, string> = {
  'story-summary': 'Debate Intensifies Over Safety and Regulation of Open-Source AI Models',
  'viewpoint-card': 'AI Safety Researchers',
  'source-list': 'R Street Institute',
  'coverage-gaps': 'Global South nations',
};

/** The text of one node inside a shadow root, whitespace collapsed. */
export const shown = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Polls the test server's log until `done` holds: the server notices a hang-up a moment after the client. */
export async function logWhen(key: string, done: (log: Awaited<ReturnType<typeof serverLog>>) => boolean) {
  for (let i = 0; i < 100; i++) {
    const log = await serverLog(key);
    if (done(log)) return log;
    await sleep(50);
  }
  return serverLog(key);
}
