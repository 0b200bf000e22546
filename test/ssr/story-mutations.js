// Deterministic ways to break a story, for the differential test of the
// generated validator (story-validator.test.js): each mutation changes a
// fresh copy in place, and is named so that a failure says what was done.

/** Every path in `value` (objects and arrays, depth first), the root first. */
export function pathsOf(value, path = []) {
  if (typeof value !== 'object' || value === null) return [path];
  return [
    path,
    ...Object.keys(value).flatMap((key) => pathsOf(value[key], [...path, Array.isArray(value) ? +key : key])),
  ];
}

/** The object at `path` and the key of the last step, to change it in place. */
function parentOf(story, path) {
  let at = story;
  for (const key of path.slice(0, -1)) at = at[key];
  return [at, path.at(-1)];
}

/** A mutation that sets `path` to whatever `make(old)` gives. */
const setTo = (name, make) => ({ name, apply: (story, path) => withParent(story, path, make) });

function withParent(story, path, make) {
  if (!path.length) return make(story);
  const [parent, key] = parentOf(story, path);
  parent[key] = make(parent[key]);
  return story;
}

/** Values of every wrong kind, for any field. */
const REPLACEMENTS = [
  setTo('null', () => null),
  setTo('undefined', () => undefined),
  setTo('0', () => 0),
  setTo('1.5', () => 1.5),
  setTo('-1', () => -1),
  setTo('NaN', () => NaN),
  setTo('Infinity', () => Infinity),
  setTo('2**53', () => 2 ** 53),
  setTo('""', () => ''),
  setTo('"x"', () => 'x'),
  setTo('true', () => true),
  setTo('[]', () => []),
  setTo('{}', () => ({})),
  setTo('wrapped in an array', (old) => [old]),
  setTo('array as object', (old) => (Array.isArray(old) ? { ...old } : old)),
  setTo('object with an extra key', (old) =>
    typeof old === 'object' && old !== null && !Array.isArray(old) ? { ...old, extra: { deep: [1] } } : old,
  ),
  setTo('a sparse array', (old) => (Array.isArray(old) ? Object.assign(Array(old.length + 2), old) : old)),
  setTo('a proxy that says every key is absent', (old) =>
    typeof old === 'object' && old !== null ? new Proxy(old, { has: () => false }) : old,
  ),
  setTo('fields on its prototype', (old) =>
    typeof old === 'object' && old !== null && !Array.isArray(old) ? Object.create(old) : old,
  ),
];

const removal = {
  name: 'removed',
  apply: (story, path) => {
    if (!path.length) return undefined;
    const [parent, key] = parentOf(story, path);
    if (Array.isArray(parent)) parent.splice(key, 1);
    else delete parent[key];
    return story;
  },
};

const throwingGetter = {
  name: 'a getter that throws',
  apply: (story, path) => {
    if (!path.length) return story;
    const [parent, key] = parentOf(story, path);
    Object.defineProperty(parent, key, {
      enumerable: true,
      get: () => {
        throw new Error(`reading ${path.join('.')} failed`);
      },
    });
    return story;
  },
};

/** Every single mutation of every path of `story`. */
export function singleMutations(story) {
  return pathsOf(story).flatMap((path) =>
    [removal, throwingGetter, ...REPLACEMENTS].map((mutation) => ({
      name: `${path.join('.') || '(root)'}: ${mutation.name}`,
      apply: (copy) => mutation.apply(copy, path),
    })),
  );
}

/** Values that look right and are not, for the fields that have rules or a list of values. */
const FIELD_VALUES = {
  lang: ['en', 'en-US', 'en_US', 'e', 'english please', 'zh-Hant-TW', 'x-toolongsubtag'],
  updatedAt: ['2026-11-29', '2026-11-29T05:40:00Z', '2026-13-01', '29/11/2026', '2026-11-29T25:00', 20261129],
  publishedAt: ['2026-03-02T09:30:00+02:00', 'last Tuesday', '2026-02-31', ''],
  version: [1, 2, '1', null],
  lean: ['center', 'far-left', 'Left', ''],
  type: ['opinion', 'press-release', 'blog', 7],
  paywalled: [true, false, 'yes', 0],
  sourceCount: [0, 3, -1, 2.5, -0.5, '3'],
  sourceIds: [[], [1, 2], [1.5], ['1'], [-1]],
  id: ['', 'a', 0, -3, 4.2],
  title: ['', ' ', 'T'],
  outlet: ['', 'Outlet'],
  label: ['', 'Label'],
  provider: ['', 'AllSides'],
  url: ['javascript:alert(1)', 42, ''],
};

/** The fields above set on every object of `story` (the story and each item), whether it had them or not. */
export function fieldMutations(story) {
  const objects = pathsOf(story).filter((path) => {
    const [parent, key] = path.length ? parentOf(story, path) : [{ root: story }, 'root'];
    const value = parent[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  });
  return objects.flatMap((path) =>
    Object.entries(FIELD_VALUES).flatMap(([field, values]) =>
      values.map((value) => ({
        name: `${[...path, field].join('.')} = ${JSON.stringify(value)}`,
        apply: (copy) => withParent(copy, [...path, field], () => structuredClone(value)),
      })),
    ),
  );
}

/** Every item of `field` given the id of an earlier one (the duplicate-id rule). */
export function duplicateIds(story, field) {
  const items = story[field] ?? [];
  return items.flatMap((_, later) =>
    items.slice(0, later).map((_, earlier) => ({
      name: `${field}.${later}.id = ${field}.${earlier}.id`,
      apply: (copy) => {
        copy[field][later].id = copy[field][earlier].id;
        return copy;
      },
    })),
  );
}

/** A small deterministic generator (mulberry32), so every run tries the same combinations. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` combinations of 2 to 4 of `mutations`, applied in order (a later one may miss what an earlier removed). */
export function combinations(mutations, count, next) {
  return Array.from({ length: count }, () => {
    const picked = Array.from(
      { length: 2 + Math.floor(next() * 3) },
      () => mutations[Math.floor(next() * mutations.length)],
    );
    return {
      name: picked.map((mutation) => mutation.name).join(' + '),
      apply: (copy) =>
        picked.reduce((story, mutation) => {
          try {
            return mutation.apply(story);
          } catch {
            return story; // its path is gone: skip it
          }
        }, copy),
    };
  });
}

/** Each of `first` followed by each of `second`. */
export const pairs = (first, second) =>
  first.flatMap((a) => second.map((b) => ({ name: `${a.name} + ${b.name}`, apply: (copy) => b.apply(a.apply(copy)) })));
