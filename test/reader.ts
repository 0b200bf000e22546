// What the element tests share beyond helpers.ts: building elements by hand
// (an inline JSON child cannot be written in a Lit template), and reading what
// a screen reader gets from the browser's accessibility tree.
import { html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { failed, loaded } from './helpers.js';

export const WIDGETS = ['story-summary', 'viewpoint-card', 'source-list', 'coverage-gaps'] as const;
export type WidgetTag = (typeof WIDGETS)[number];

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
/**
 * The accessibility tree under `el`. Its container is named as a region for
 * the snapshot: the tree must be rooted at something a screen reader would
 * announce, and a bare custom element is not.
 */
export async function screenReaderView(el: HTMLElement): Promise<AXNode> {
  const container = el.parentElement!;
  container.id = `reader-${snapshots++}`;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', 'Widget under test');
  return (await a11ySnapshot({ selector: `#${container.id}` })) as unknown as AXNode;
}

/** Every node of `tree` (depth first) that `test` accepts. */
export function findAll(tree: AXNode, test: (node: AXNode) => boolean): AXNode[] {
  return [...(test(tree) ? [tree] : []), ...(tree.children ?? []).flatMap((child) => findAll(child, test))];
}
