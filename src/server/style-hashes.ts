import { createHash } from 'node:crypto';

const known = new Map<string, string>();

/**
 * The Content-Security-Policy sources (`'sha256-…'`) that allow every
 * `<style>` element in the markup (the widgets' declarative shadow roots
 * carry their styles that way), each once, so a page can keep
 * `style-src` free of `'unsafe-inline'`. The widgets' styles are the same
 * for every story: hashes are remembered by content.
 */
export function styleHashes(markup: string): string[] {
  const sources = new Set<string>();
  for (const [, css] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    let source = known.get(css!);
    if (!source) {
      source = `'sha256-${createHash('sha256').update(css!, 'utf8').digest('base64')}'`;
      known.set(css!, source);
    }
    sources.add(source);
  }
  return [...sources];
}
