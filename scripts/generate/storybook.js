// stories/support/widget-args.ts: each element's attributes and object
// properties, from the manifest, for the stories' element builder and the
// controls of Storybook's panel.
import { apiOf, doc, GENERATED, typeNames, typeOf } from './common.js';

/** The panel's control for one field. */
function argType(field) {
  if (field.static) return { table: { disable: true } };
  if (!field.attribute) return { control: 'object' };
  return { control: typeOf(field) === 'number' ? 'number' : 'text' };
}

function widgetArgs(elements) {
  const fields = new Map();
  const argTypes = {};
  for (const { tag, declaration } of elements) {
    const own = (declaration.members ?? []).filter((member) => member.kind === 'field');
    const attributes = new Map(apiOf(declaration).fields.map((field) => [field.name, field.attribute]));
    argTypes[tag] = {};
    for (const member of own) {
      const field = { ...member, attribute: attributes.get(member.name) };
      const key = field.attribute ?? field.name;
      if (!field.static) fields.set(key, field);
      argTypes[tag][key] = argType(field);
      // The same value as its attribute: one control is enough.
      if (field.attribute && field.attribute !== field.name) argTypes[tag][field.name] = { control: false };
    }
  }
  const types = [...fields.values()].map(typeOf);
  const quote = (key) => (/^[a-z]\w*$/i.test(key) ? key : `'${key}'`);
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

/** Each element's controls: one per attribute, objects as JSON, internals hidden. */
export const ARG_TYPES: Record<string, ArgTypes> = ${JSON.stringify(argTypes, null, 2)};
`;
}

export const storybookFiles = (elements) => [{ path: 'stories/support/widget-args.ts', text: widgetArgs(elements) }];
