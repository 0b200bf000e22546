// src/index.ts, src/elements.ts and the React wrappers in src/react/.
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
export type { StoryLoadDetail, StoryErrorDetail } from '../shared/events.js';
`;

/** The wrappers map the two story events (src/react/events.ts): an element that fires others needs them added there. */
function checkEvents(elements) {
  for (const { tag, declaration } of elements) {
    const names = (declaration.events ?? []).map((event) => event.name).sort();
    if (names.join() !== 'story-error,story-load')
      throw new Error(
        `<${tag}> fires ${names.join(', ') || 'no events'}; the React wrappers map story-load and story-error ` +
          `(src/react/events.ts): add the others there (as on${names.map(pascal).join(', on')}).`,
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
  ];
}
