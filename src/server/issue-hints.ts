import { storyJsonSchema } from '../story/json-schema.js';

/** The part of a JSON Schema node that hints read. */
interface SchemaNode {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  format?: string;
  pattern?: string;
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
}

// The same JSON Schema that the build publishes as story.schema.json, so a
// hint never describes a field differently from the schema itself. Made on
// first use; should it fail, hints fall back to pointing at the schema file.
let storySchemaNode: SchemaNode | null | undefined;
function jsonSchema(): SchemaNode | undefined {
  try {
    storySchemaNode ??= storyJsonSchema() as SchemaNode;
  } catch {
    storySchemaNode = null;
  }
  return storySchemaNode ?? undefined;
}

/**
 * A suggestion for fixing one validation problem, read from the story's JSON
 * Schema: what the field takes, what was found, and the nearest allowed value
 * for a misspelt one ("did you mean …?").
 */
export function hintFor(path: readonly (string | number)[], message: string, input: unknown): string {
  const node = schemaAt(path);
  const field = fieldName(path);
  const value = valueAt(input, path);
  if (message.startsWith('duplicate id'))
    return `each entry of "${path[0]}" needs its own id; change this one or remove the entry`;
  if (!node) return `check "${field}" against story.schema.json`;
  if (value === undefined) return `add "${field}": ${describe(node)}`;
  const allowed = node.enum ?? node.anyOf?.flatMap((option) => option.enum ?? []);
  if (allowed?.length) {
    const near = typeof value === 'string' ? nearest(value, allowed.map(String)) : undefined;
    return `use one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${near ? `; did you mean ${JSON.stringify(near)}?` : ''}`;
  }
  return `${path.length ? `"${field}" takes` : 'a story is'} ${describe(node)}; found ${preview(value)}`;
}

function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node = jsonSchema();
  for (const key of path) {
    node = typeof key === 'number' ? node?.items : node?.properties?.[key];
  }
  return node;
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const key of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return value;
}

function fieldName(path: readonly (string | number)[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'the story';
  return typeof last === 'number' ? `${String(path.at(-2) ?? '')}[${last}]` : last;
}

const FORMATS: Record<string, string> = { date: 'an ISO 8601 date such as 2026-11-29' };

/** "a non-empty string", "a whole number", "an array of objects with outlet, headline"… */
function describe(node: SchemaNode): string {
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf) return node.anyOf.map(describe).join(' or ');
  switch (node.type) {
    case 'string':
      if (node.format) return FORMATS[node.format] ?? `a ${node.format} string`;
      if (node.pattern)
        return node.pattern.length <= 40 ? `a string matching ${node.pattern}` : 'a string in the required format';
      return node.minLength ? 'a non-empty string' : 'a string';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'array':
      return node.items ? `an array of ${plural(describe(node.items))}` : 'an array';
    case 'object':
      return node.required?.length ? `an object with ${node.required.join(', ')}` : 'an object';
    default:
      return 'a value as in story.schema.json';
  }
}

function plural(description: string): string {
  return description.replace(/^an? /, '').replace(/^(\w+)/, (word) => (word.endsWith('s') ? word : `${word}s`));
}

function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  return `${json.length > 40 ? `${json.slice(0, 37)}...` : json} (${kind})`;
}

/** The allowed value closest to a misspelt one, if it is close enough to be a likely typo. */
function nearest(value: string, allowed: string[]): string | undefined {
  const wanted = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  let best: { option: string; distance: number } | undefined;
  for (const option of allowed) {
    const distance = editDistance(wanted, option);
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.option.length / 3)) ? best.option : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
