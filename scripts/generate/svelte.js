// The Svelte types in jsx/svelte.d.ts (viewpoint-cards/svelte): each element's
// attributes, properties and typed `onstory-*` events for svelte-check,
// from the same props as the JSX types (jsx/props.d.ts).
import { GENERATED } from './common.js';
import { imports } from './jsx.js';

const types = (elements) => `${GENERATED}
// Types for the elements in Svelte 5 markup, which sets a prop as a property
// when the element has it and listens to \`on<event-name>\` attributes:
//   import type {} from 'viewpoint-cards/svelte';
//   <source-list src="/story.json" onstory-error={(e) => e.detail.kind}></source-list>
import type { HTMLAttributes } from 'svelte/elements';
${imports(elements)}

type ElementProps<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map(({ tag, className }) => `    '${tag}': ElementProps<${className}, ${className}Props>;`).join('\n')}
  }
}
`;

const script = `${GENERATED}
// Types only: see svelte.d.ts. Importing this file does nothing at run time.
export {};
`;

export const svelteFiles = (elements) => [
  { path: 'jsx/svelte.d.ts', text: types(elements) },
  { path: 'jsx/svelte.js', text: script },
];
