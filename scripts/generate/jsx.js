// The JSX types in jsx/: what each element takes in markup, documented from
// the manifest, for React 19 and Preact.
import { doc, GENERATED, ownApiOf, parentOf, typeNames, typeOf } from './common.js';

/**
 * The props one class adds (an element, or a base they share): attributes by
 * their HTML name, object fields as properties, `on<event>` listeners; it
 * extends its base's props.
 */
function propsOf({ className, declaration }, bases) {
  const { fields, events } = ownApiOf(declaration);
  const lines = [];
  const types = [];
  for (const field of fields) {
    const type = typeOf(field);
    types.push(type);
    // Markup gives attributes as strings; frameworks that set properties pass numbers.
    const written = field.attribute && type === 'number' ? 'number | string' : type;
    const key = field.attribute ?? field.name;
    lines.push(`${doc(field.description, '  ')}  ${/^[a-z]\w*$/i.test(key) ? key : `'${key}'`}?: ${written};`);
  }
  for (const event of events) {
    const type = event.type?.text ?? 'Event';
    types.push(type);
    lines.push(`${doc(event.description, '  ')}  'on${event.name}'?: (event: ${type}) => void;`);
  }
  const parent = parentOf(declaration, bases);
  const head = `export interface ${className}Props${parent ? ` extends ${parent}Props` : ''}`;
  return { text: `${head} {\n${lines.join('\n')}\n}\n`, types };
}

const props = (elements, bases) => {
  const all = [...bases, ...elements].map((element) => propsOf(element, bases));
  return `${GENERATED}
// What each element takes in markup, shared by the React and Preact JSX
// declarations next to this file. Attribute names as written in HTML; object
// fields (\`story\`, \`labels\`) are set as properties by both frameworks.
// What the elements share is declared once, on the props of their base class.
import type { ${typeNames(all.flatMap((p) => p.types)).join(', ')} } from '../dist/index.js';

${all.map((p) => p.text).join('\n')}`;
};

/** The import lines of a framework's declarations in jsx/: the element classes and their props. */
export const imports = (elements) => `import type { ${elements
  .map((e) => e.className)
  .sort()
  .join(', ')} } from '../dist/index.js';
import type { ${elements
  .map((e) => `${e.className}Props`)
  .sort()
  .join(', ')} } from './props.js';`;

const react = (elements) => `${GENERATED}
// JSX types for the elements in React 19, which sets custom-element props as
// properties and listens to \`on<event-name>\` props:
//   import type {} from 'viewpoint-cards/jsx-react';
//   <source-list src="/story.json" onstory-error={(e) => e.detail.kind} />
// (The wrappers in viewpoint-cards/react need no such import.)
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements)}

type ElementProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map(({ tag, className }) => `      '${tag}': ElementProps<${className}, ${className}Props>;`).join('\n')}
    }
  }
}
`;

const preact = (elements) => `${GENERATED}
// JSX types for the elements in Preact (checked with Preact 11), which sets props as properties when
// the element has them and listens to \`on<event-name>\` props:
//   import type {} from 'viewpoint-cards/jsx-preact';
//   <source-list src="/story.json" onstory-error={(e) => e.detail.kind} />
import type { HTMLAttributes } from 'preact';
${imports(elements)}

type ElementProps<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map(({ tag, className }) => `      '${tag}': ElementProps<${className}, ${className}Props>;`).join('\n')}
    }
  }
}
`;

export const jsxFiles = (elements, bases) => [
  { path: 'jsx/props.d.ts', text: props(elements, bases) },
  { path: 'jsx/react.d.ts', text: react(elements) },
  { path: 'jsx/preact.d.ts', text: preact(elements) },
];
