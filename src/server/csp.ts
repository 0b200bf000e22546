/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { CSSResultOrNative } from 'lit';
import * as elements from '../elements.js';
import { WIDGETS } from '../registry.js';

/** The widgets renderStory prerenders, in its order, each with the one `<style>` block of its shadow root. */
const PRERENDERED = WIDGETS.filter((widget) => widget.prerender).map((widget) => elements[widget.className]);

/** The CSP source that allows a `<style>` element with exactly this text. Widgets' styles repeat: remembered. */
const known = new Map<string, string>();
function hashSource(css: string): string {
  let source = known.get(css);
  if (!source) {
    source = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    known.set(css, source);
  }
  return source;
}

/**
 * The sources that allow every `<style>` element in the markup (a page of
 * ours, with its prerendered widgets' shadow roots), each once, so the page
 * keeps `style-src` free of `'unsafe-inline'`.
 */
export function styleHashes(markup: string): string[] {
  return [...new Set([...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => hashSource(css!)))];
}

/**
 * The `style-src` sources that prerendered widgets need under a strict
 * Content-Security-Policy: the `'sha256-…'` hash of each widget's `<style>`
 * block, in the order renderStory prints the widgets. A widget's declarative
 * shadow root carries its styles inline (the stylesheet it adopts in the
 * browser), which `style-src 'self'` alone blocks. The hashes depend only on
 * the styles, so they are the same for every story, theme and option of a
 * version.
 *
 * @example
 * ```js
 * `style-src 'self' ${cspStyleHashes().join(' ')}`
 * ```
 */
export function cspStyleHashes(): string[] {
  return PRERENDERED.map((element) => {
    // Reading observedAttributes finalizes the class (as registering it does), which computes elementStyles.
    void element.observedAttributes;
    // The text Lit's server renderer writes between <style> and </style>: every style's cssText, joined as is.
    return hashSource(
      element.elementStyles.map((style: CSSResultOrNative) => (style as { cssText: string }).cssText).join(''),
    );
  });
}

/**
 * A strict policy under which prerendered widgets, and the script that
 * upgrades them, work with no `'unsafe-inline'` and no `'unsafe-eval'`: the
 * script and stories from the page's own origin, styles from it plus the
 * widgets' style hashes, and Lit's one Trusted Types policy. Add your own
 * hosts to it (a CDN in `script-src`, a story host in `connect-src`).
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${cspStyleHashes().join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}
