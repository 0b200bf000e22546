// A `cem analyze` plugin: the analyzer describes every module and every
// member it finds; what ships as custom-elements.json is the public API only,
// the way tools and users see the package:
// - the elements and their base classes (nothing else from the helpers);
// - no private or protected members, and no attributes for internal state;
// - paths of the npm build (dist/*.js), which is what a user imports.

import { readFileSync } from 'node:fs';

const toDist = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');

function publicApi(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const elements = declarations.filter((declaration) => declaration.customElement);
  // Base classes of the elements stay (they are exported too): walk up the chain.
  const kept = new Set(elements.map((element) => element.name));
  for (let grew = true; grew;) {
    grew = false;
    for (const declaration of declarations) {
      const parent = declaration.superclass?.name;
      if (kept.has(declaration.name) && parent && !kept.has(parent) && declarations.some((d) => d.name === parent)) {
        kept.add(parent);
        grew = true;
      }
    }
  }

  // A default written as a named constant (`timeout = DEFAULT_TIMEOUT`) is shown as its value.
  const constants = new Map(
    declarations.filter((d) => d.kind === 'variable' && d.default).map((d) => [d.name, d.default]),
  );

  for (const module of manifest.modules) {
    module.declarations = (module.declarations ?? []).filter(
      (declaration) => declaration.kind === 'class' && kept.has(declaration.name),
    );
    for (const declaration of module.declarations) {
      const hidden = new Set(
        (declaration.members ?? []).filter((member) => !isPublic(member)).map((member) => member.name),
      );
      declaration.members = (declaration.members ?? []).filter((member) => !hidden.has(member.name));
      for (const item of [...declaration.members, ...(declaration.attributes ?? [])]) {
        if (constants.has(item.default)) item.default = constants.get(item.default);
      }
      // `static properties` entries with `state: true` are not attributes (the analyzer lists them).
      declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName));
    }
    module.exports = (module.exports ?? []).filter((entry) => kept.has(entry.declaration?.name));
  }
  manifest.modules = manifest.modules.filter((module) => module.declarations.length || module.exports.length);
  // Sorted, so the file does not depend on the order the file system lists src/ in (the freshness test compares it).
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Every `path` and `module` reference points at the npm build.
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const key of ['path', 'module']) if (typeof node[key] === 'string') node[key] = toDist(node[key]);
    Object.values(node).forEach(visit);
  };
  visit(manifest.modules);
}

// The theme tokens are documented where they are defined; every widget inherits them from its base class.
const TOKENS_FILE = 'src/shared/tokens.styles.ts';
const BASE = { path: 'src/shared/story-element.ts', name: 'StoryElement' };

/** The `@cssprop --name - description` lines of the tokens file, as manifest entries. */
function tokenDocs() {
  const text = readFileSync(new URL(`../${TOKENS_FILE}`, import.meta.url), 'utf8');
  return [...text.matchAll(/@cssprop (--[\w-]+) - (.+)/g)].map(([, name, description]) => ({ name, description }));
}

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export default function manifestPublicApi() {
  return {
    name: 'viewpoint-cards:public-api',
    // Before the analyzer copies inherited members into subclasses (package link phase).
    moduleLinkPhase({ moduleDoc }) {
      if (moduleDoc.path !== BASE.path) return;
      const base = moduleDoc.declarations?.find((declaration) => declaration.name === BASE.name);
      if (base) base.cssProperties = [...(base.cssProperties ?? []), ...tokenDocs()];
    },
    packageLinkPhase({ customElementsManifest }) {
      publicApi(customElementsManifest);
    },
  };
}
