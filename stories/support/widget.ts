/**
 * Builds an element from a story's args, the way a publisher's page would:
 * attributes for what HTML can say, properties for objects. Controls in the
 * Storybook panel are keyed by attribute name (`heading-level`), as in HTML.
 */
import '../../src/index.js';
import type { WidgetTag } from '../../src/registry.js';
import { ATTRIBUTES, type ElementArgs } from './widget-args.js';

export type Tag = WidgetTag;

export interface WidgetArgs extends ElementArgs {
  /** Text of an inline `<script type="application/json">` child. */
  inline?: string;
}

export function widget(tag: Tag, args: WidgetArgs = {}, ...children: Node[]): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & WidgetArgs;
  for (const name of ATTRIBUTES) {
    const value = args[name];
    if (value !== undefined && value !== '') el.setAttribute(name, String(value));
  }
  if (args.story !== undefined) el.story = args.story;
  if (args.labels !== undefined) el.labels = args.labels;
  if (args.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = args.inline;
    el.append(script);
  }
  el.append(...children);
  return el;
}

/** A `<story-provider>` around the given widgets. */
export function provider(args: WidgetArgs, ...children: Node[]): HTMLElement {
  return widget('story-provider', args, ...children);
}

/** Several elements side by side in one story, in a column. */
export function stack(...children: Node[]): HTMLElement {
  const div = document.createElement('div');
  div.className = 'vc-stack';
  div.append(...children);
  return div;
}
