/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { CSSResultOrNative } from 'lit';
import { CoverageGaps, SourceList, StorySummary, ViewpointCard } from '../classes.js';

/** The widgets renderStory prerenders, each with the one `<style>` block of its shadow root. */
const PRERENDERED = [StorySummary, ViewpointCard, SourceList, CoverageGaps];

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
    const text = element.elementStyles
      .map((style: CSSResultOrNative) => (style as { cssText: string }).cssText)
      .join('');
    return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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
