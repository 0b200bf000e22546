import { isServer } from 'lit';

/**
 * The `lang` that applies to an element, as HTML inherits it: the element's
 * own attribute or the nearest ancestor's, across shadow roots (a widget
 * inside another component's shadow tree takes the language around that
 * component). Undefined when nothing sets one, '' (unknown) for `lang=""`.
 */
export function nearestLang(element: Element): string | undefined {
  if (isServer) return element.getAttribute('lang') ?? undefined;
  for (let node: Element | undefined = element; node;) {
    const marked = node.closest('[lang]');
    if (marked) return marked.getAttribute('lang')!; // lang="" means "unknown": English
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return undefined;
}
