import { css } from './css.js';

/*
 * Theme tokens. Every public custom property starts with `--vc-` and may be
 * set anywhere above the element (they inherit). Colours, spacing and radius
 * are read once on :host into private `--_` properties whose fallback is the
 * theme's default, so a publisher's value wins in both themes and the
 * widgets' CSS reads only the private ones; the rest are read where they are
 * used (each in one rule), with their default there (the error
 * colour's is the secondary text colour in force: the theme's, the
 * publisher's, or print's). All text colours meet WCAG AA (4.5:1) on both
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
const light = css`
  --_text: var(--vc-color-text, #1b1b1f);
  --_muted: var(--vc-color-text-muted, #4f5059);
  --_surface: var(--vc-color-surface, #fff);
  --_surface-alt: var(--vc-color-surface-alt, #f4f4f6);
  --_border: var(--vc-color-border, #c9cad1);
  --_accent: var(--vc-color-accent, #0b57d0);
  --_lean-left: var(--vc-color-lean-left, #1f5fbf);
  --_lean-lean-left: var(--vc-color-lean-lean-left, #6d9bd8);
  --_lean-center: var(--vc-color-lean-center, #8b8b96);
  --_lean-lean-right: var(--vc-color-lean-lean-right, #de7c80);
  --_lean-right: var(--vc-color-lean-right, #bf2a31);
  --_lean-unrated: var(--vc-color-lean-unrated, #c4c4cc);
  color-scheme: light;
`;

const dark = css`
  --_text: var(--vc-color-text, #ececf1);
  --_muted: var(--vc-color-text-muted, #b6b8c3);
  --_surface: var(--vc-color-surface, #17181c);
  --_surface-alt: var(--vc-color-surface-alt, #23252b);
  --_border: var(--vc-color-border, #454852);
  --_accent: var(--vc-color-accent, #8ab4f8);
  --_lean-left: var(--vc-color-lean-left, #6ea3f2);
  --_lean-lean-left: var(--vc-color-lean-lean-left, #a9c7f2);
  --_lean-center: var(--vc-color-lean-center, #a3a3ad);
  --_lean-lean-right: var(--vc-color-lean-lean-right, #f0a8ab);
  --_lean-right: var(--vc-color-lean-right, #f0676d);
  --_lean-unrated: var(--vc-color-lean-unrated, #5d5f68);
  color-scheme: dark;
`;

/** Tokens and the frame shared by every widget: host box, headings, links, states. */
export const baseStyles = css`
  :host {
    ${light}
    --_space: var(--vc-space, 1rem);
    --_radius: var(--vc-radius, 0.5rem);
    display: block;
    /* Without the token, a var() with no fallback leaves the font inherited (here and on headings). */
    font-family: var(--vc-font-family);
    font-size: var(--vc-font-size, 1rem);
    line-height: var(--vc-line-height, 1.5);
    color: var(--_text);
  }
  /* Light unless the publisher asks: a widget on a light-only page must not turn dark with the reader's OS.
     Dark on screens only: on paper every widget prints with the light palette (lean colours included) and the
     print rules' dark text (media.styles.ts). */
  @media screen {
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${dark}
      }
    }
    :host([theme='dark']) {
      ${dark}
    }
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
    font-family: var(--vc-heading-font-family);
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  [part~='heading'] {
    font-size: var(--vc-heading-size, 1.25rem);
  }
  /* Section headings, and viewpoint names (the viewpoint card's name part). */
  [part~='subheading'],
  [part~='name'] {
    font-size: var(--vc-subheading-size, 1rem);
  }
  [part~='subheading'] {
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
  .lean-left { --_lean-color: var(--_lean-left); }
  .lean-lean-left { --_lean-color: var(--_lean-lean-left); }
  .lean-center { --_lean-color: var(--_lean-center); }
  .lean-lean-right { --_lean-color: var(--_lean-lean-right); }
  .lean-right { --_lean-color: var(--_lean-right); }
  .lean-unrated { --_lean-color: var(--_lean-unrated); }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
