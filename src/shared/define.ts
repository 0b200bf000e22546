import { VERSION } from './version.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless something already has: loading the bundle twice, or
 * the bundle beside the npm build, must never throw into the host page. A
 * different version already registered wins, with a console warning.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== VERSION) {
    console.warn(
      `[viewpoint-cards] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ${VERSION} is not used.`,
    );
  }
}
