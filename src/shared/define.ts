import { VERSION } from './version.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless something already has: loading the bundle twice, or
 * the bundle beside the npm build, must never throw into the host page. A
 * different version already registered wins, with a console warning; the
 * same class, or another copy of this version, carries this VERSION and is
 * let be without a word.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing.version !== VERSION) {
    console.warn(
      `[viewpoint-cards] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ${VERSION} is not used.`,
    );
  }
}
