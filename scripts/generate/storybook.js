// stories/support/widget-args.ts: each element's attributes and object
// properties, from the manifest, for the stories' element builder and the
// controls of Storybook's panel. What the elements share is written once, for
// their base class, and spread into each element's controls.
import { apiOf, doc, GENERATED, parentOf, typeNames, typeOf } from './common.js';

/** The panel's control for one field. */
function argType(field) {
  if (field.static) return { table: { disable: true } };
  if (!field.attribute) return { control: 'object' };
  return { control: typeOf(field) === 'number' ? 'number' : 'text' };
}

const quote = (key) => (/^[a-z]\w*$/i.test(key) ? key : `'${key}'`);
/** `StoryElement` → `STORY_ELEMENT_ARG_TYPES`. */
const constantOf = (className) => `${className.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase()}_ARG_TYPES`;

/** The fields a class declares itself (statics too), each with its attribute name if it has one. */
function ownFields(declaration) {
  const attributes = new Map(apiOf(declaration).fields.map((field) => [field.name, field.attribute]));
  return (declaration.members ?? [])
    .filter((member) => member.kind === 'field' && !member.inheritedFrom)
    .map((member) => ({ ...member, attribute: attributes.get(member.name) }));
}

/** The controls of one class's own fields, as object-literal text, after which its base's are spread. */
function argTypesOf(declaration, bases) {
  const entries = [];
  for (const field of ownFields(declaration)) {
    const key = field.attribute ?? field.name;
    entries.push(`${quote(key)}: ${JSON.stringify(argType(field))},`);
    // The same value as its attribute: one control is enough.
    if (field.attribute && field.attribute !== field.name) entries.push(`${field.name}: { control: false },`);
  }
  const parent = parentOf(declaration, bases);
  if (parent) entries.push(`...${constantOf(parent)},`);
  return `{\n${entries.join('\n')}\n}`;
}

function widgetArgs(elements, bases) {
  const classes = [...bases, ...elements];
  const fields = new Map();
  for (const { declaration } of classes)
    for (const field of ownFields(declaration)) if (!field.static) fields.set(field.attribute ?? field.name, field);
  const types = [...fields.values()].map(typeOf);
  return `${GENERATED}
// Each element's attributes and object properties, for the stories' element
// builder (widget.ts) and the controls of Storybook's panel (widget-stories.ts).
import type { ArgTypes } from 'storybook/internal/types';
import type { ${typeNames(types).join(', ')} } from '../../src/index.js';

/** What a story may set on an element: attributes by their HTML name, object fields as properties. */
export interface ElementArgs {
${[...fields.entries()].map(([key, field]) => `${doc(field.description, '  ')}  ${quote(key)}?: ${typeOf(field)};`).join('\n')}
}

/** Every attribute of any element. */
export const ATTRIBUTES = ${JSON.stringify([...fields.values()].filter((f) => f.attribute).map((f) => f.attribute))} as const;

${bases
  .map(
    ({ className, declaration }) =>
      `/** The controls every element that extends ${className} has. */\nconst ${constantOf(className)}: ArgTypes = ${argTypesOf(declaration, bases)};\n`,
  )
  .join('\n')}
/** Each element's controls: one per attribute, objects as JSON, internals hidden. */
export const ARG_TYPES: Record<string, ArgTypes> = {
${elements.map(({ tag, declaration }) => `'${tag}': ${argTypesOf(declaration, bases)},`).join('\n')}
};
`;
}

export const storybookFiles = (elements, bases) => [
  { path: 'stories/support/widget-args.ts', text: widgetArgs(elements, bases) },
];
