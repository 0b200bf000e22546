// src/index.ts, src/elements.ts, the React wrappers in src/react/ and the
// server renderer's tag names (src/server/tag-literals.ts).
import { readFileSync } from 'node:fs';
import { GENERATED, pascal } from './common.js';

const index = (elements) => `${GENERATED}
/**
 * viewpoint-cards: every element registered, plus all classes and the story
 * types. The provider is registered first so that widgets upgrading after it
 * find it at once.
 */
${elements.map(({ folder }) => `import './${folder}/${folder}.js';`).join('\n')}
import type { StoryEventMap } from './shared/events.js';

export * from './classes.js';

declare global {
  // Typed \`addEventListener('story-load', e => e.detail.story)\` on any element.
  interface HTMLElementEventMap extends StoryEventMap {}
}
`;

const classes = (elements) => `${GENERATED}
// The element classes, none registered (re-exported by classes.ts).
${elements.map(({ className, folder }) => `export { ${className} } from './${folder}/${folder}.component.js';`).join('\n')}
`;

const wrapper = ({ tag, className, folder, summary }) => `${GENERATED}
'use client';
import * as React from 'react';
import { createComponent } from '@lit/react';
// The registration entry, so that rendering the wrapper also defines <${tag}>.
import { ${className} as ${className}Element } from '../${folder}/${folder}.js';
import { storyEvents } from './events.js';

/**
 * \`<${tag}>\` as a React component: ${summary[0].toLowerCase()}${summary.slice(1)}
 * Properties as props; \`onStoryLoad\` / \`onStoryError\` typed.
 */
export const ${className} = createComponent({
  tagName: '${tag}',
  elementClass: ${className}Element,
  react: React,
  events: storyEvents,
  displayName: '${className}',
});
`;

const reactIndex = (elements) => `${GENERATED}
'use client';
/**
 * viewpoint-cards/react: every element as a React component made with
 * @lit/react, for React 18 and 19. Each wrapper registers only its own
 * element, so a bundler keeps only the wrappers an app imports. Each module
 * starts with 'use client', so that Next.js server components can render them.
 *
 * \`\`\`tsx
 * import { SourceList } from 'viewpoint-cards/react';
 * <SourceList src="/stories/x.json" onStoryError={(e) => report(e.detail.kind)} />
 * \`\`\`
 */
${elements.map(({ className, tag }) => `export { ${className} } from './${tag}.js';`).join('\n')}
export type * from '../shared/events.js';
`;

const tagLiterals = (elements) => `${GENERATED}
// Each prerendered widget's tag name as a template part of lit/static-html.js,
// for the server renderer: constant \`literal\` values, so no tag name ever
// comes from input.
import { literal, type StaticValue } from 'lit/static-html.js';
import type { PrerenderedTag } from '../registry.js';

export const TAG_LITERALS: Readonly<Record<PrerenderedTag, StaticValue>> = {
${elements
  .filter((element) => element.prerender)
  .map(({ tag }) => `  '${tag}': literal\`${tag}\`,`)
  .join('\n')}
};
`;

/** The events the wrappers map (src/react/events.ts): an element that fires another needs it added there. */
function checkEvents(elements) {
  const source = readFileSync(new URL('../../src/react/events.ts', import.meta.url), 'utf8');
  const mapped = new Set([...source.matchAll(/name\('([\w-]+)'\)/g)].map((match) => match[1]));
  for (const { tag, declaration } of elements) {
    const missing = (declaration.events ?? []).map((event) => event.name).filter((name) => !mapped.has(name));
    if (missing.length)
      throw new Error(
        `<${tag}> fires ${missing.join(', ')}, which the React wrappers do not map: ` +
          `add it to src/react/events.ts (as on${missing.map(pascal).join(', on')}).`,
      );
  }
}

export function elementFiles(elements) {
  checkEvents(elements);
  return [
    { path: 'src/index.ts', text: index(elements) },
    { path: 'src/elements.ts', text: classes(elements) },
    ...elements.map((element) => ({ path: `src/react/${element.tag}.ts`, text: wrapper(element) })),
    { path: 'src/react/index.ts', text: reactIndex(elements) },
    { path: 'src/server/tag-literals.ts', text: tagLiterals(elements) },
  ];
}
