import { css } from 'lit';

/*
 * Theme tokens. Every public custom property starts with `--vc-` and may be
 * set anywhere above the element (they inherit). Colours, spacing, radius and
 * the section-heading size are read once on :host into private `--_`
 * properties whose fallback is the default, so a publisher's value wins in
 * both themes and the widgets' CSS reads only the private ones; the rest are
 * read where they are used, with their default there (the leans' in their
 * classes; the error colour's is the secondary text colour in force: the
 * theme's, the publisher's, or print's). A default colour is a pair,
 * `light-dark(light, dark)`: the host's `color-scheme` (light unless `theme`
 * says otherwise) picks one. All text colours meet WCAG AA (4.5:1) on both
 * surfaces.
 *
 * The list below is the tokens' documentation: the manifest (and from it the
 * README and Storybook) reads these @cssprop lines for every widget
 * (scripts/manifest-public-api.js). Per-widget tokens are documented on the
 * widget's class.
 *
 * @cssprop --vc-color-text - Text colour.
 * @cssprop --vc-color-text-muted - Secondary text colour.
 * @cssprop --vc-color-surface - Background of the widget.
 * @cssprop --vc-color-surface-alt - Background of cards and revealed citations.
 * @cssprop --vc-color-border - Borders and dividers.
 * @cssprop --vc-color-accent - Links, buttons and focus rings.
 * @cssprop --vc-color-error - Text of the "unavailable" line (default: the secondary text colour).
 * @cssprop --vc-font-family - Font; inherits the page's by default.
 * @cssprop --vc-heading-font-family - Font of headings; inherits by default.
 * @cssprop --vc-font-size - Base font size (default 1rem).
 * @cssprop --vc-heading-size - Size of the widget heading (default 1.25rem).
 * @cssprop --vc-subheading-size - Size of section headings and viewpoint names (default 1rem).
 * @cssprop --vc-space - Spacing unit (default 1rem).
 * @cssprop --vc-radius - Corner radius (default 0.5rem).
 * @cssprop --vc-loading-min-height - Space kept while loading (default 12rem; `<story-summary>` keeps the viewport's height).
 * @cssprop --vc-color-lean-left - Colour of "Left" in lean dots and the distribution bar.
 * @cssprop --vc-color-lean-lean-left - Colour of "Lean Left".
 * @cssprop --vc-color-lean-center - Colour of "Center".
 * @cssprop --vc-color-lean-lean-right - Colour of "Lean Right".
 * @cssprop --vc-color-lean-right - Colour of "Right".
 * @cssprop --vc-color-lean-unrated - Colour of sources without a rating.
 * @cssprop --vc-line-height - Line height of text (default 1.5).
 */

/** Tokens and the frame shared by every widget: host box, headings, links, states. */
export const baseStyles = css`
  :host {
    --_text: var(--vc-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--vc-color-text-muted, light-dark(#4f5059, #b6b8c3));
    --_surface: var(--vc-color-surface, light-dark(#fff, #17181c));
    --_surface-alt: var(--vc-color-surface-alt, light-dark(#f4f4f6, #23252b));
    --_border: var(--vc-color-border, light-dark(#c9cad1, #454852));
    --_accent: var(--vc-color-accent, light-dark(#0b57d0, #8ab4f8));
    color-scheme: light;
    --_space: var(--vc-space, 1rem);
    --_radius: var(--vc-radius, 0.5rem);
    --_subheading-size: var(--vc-subheading-size, 1rem);
    display: block;
    font-family: var(--vc-font-family, inherit);
    font-size: var(--vc-font-size, 1rem);
    line-height: var(--vc-line-height, 1.5);
    color: var(--_text);
  }
  /* Light unless the publisher asks: a widget on a light-only page must not turn dark with the reader's OS. */
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* Narrow enough for 320 px at 200 % text: padding shrinks with the viewport, and a word too long for the
       line may break (anywhere also lets the widget shrink in the page's auto-sized columns). */
    padding: min(var(--_space), 4vw);
    overflow-wrap: anywhere;
  }
  h1, h2, h3, h4, h5, h6 {
    font-family: var(--vc-heading-font-family, inherit);
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  [part~='heading'] {
    font-size: var(--vc-heading-size, 1.25rem);
  }
  [part~='subheading'] {
    font-size: var(--_subheading-size);
    margin-block-start: var(--_space);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  ul, ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* Controls drawn as text: each widget adds its own border and padding. */
  button,
  summary {
    background: none;
    cursor: pointer;
  }
  a:focus-visible, button:focus-visible, summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .muted,
  .source-n {
    color: var(--_muted);
  }
  .lean {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .lean::before {
    content: '';
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    background: var(--_lean-color);
  }
  .lean-left { --_lean-color: var(--vc-color-lean-left, light-dark(#1f5fbf, #6ea3f2)); }
  .lean-lean-left { --_lean-color: var(--vc-color-lean-lean-left, light-dark(#6d9bd8, #a9c7f2)); }
  .lean-center { --_lean-color: var(--vc-color-lean-center, light-dark(#8b8b96, #a3a3ad)); }
  .lean-lean-right { --_lean-color: var(--vc-color-lean-lean-right, light-dark(#de7c80, #f0a8ab)); }
  .lean-right { --_lean-color: var(--vc-color-lean-right, light-dark(#bf2a31, #f0676d)); }
  .lean-unrated { --_lean-color: var(--vc-color-lean-unrated, light-dark(#c4c4cc, #5d5f68)); }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
