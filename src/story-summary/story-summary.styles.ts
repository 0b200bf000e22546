import { css } from '../shared/css.js';
import { bareList } from '../shared/list.styles.js';

export const storySummaryStyles = css`
  .topic {
    margin: 0 0 0.25em;
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .dek {
    font-size: 1.0625em;
  }
  .perspectives,
  .related {
    ${bareList}
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .perspectives li {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_border);
  }
  .perspective-label {
    display: block;
    font-weight: 700;
  }
  /* Prose at a comfortable measure (about 70 characters a line). */
  p, li, .body {
    max-inline-size: 36em;
  }
  :host {
    --_loading-height: 100vh;
  }
  .body {
    margin-block-start: var(--_space);
    position: relative;
  }
  /* The word before a citation and the citation never part: an inline-block moves to the next line whole, and
     wraps inside only when even the line is too narrow for it (nowrap would then widen the page). */
  .glue {
    display: inline-block;
  }
  /* A 24×24 px target (WCAG 2.5.8) that looks like a superscript and does not open the line:
     the negative margins keep its margin box inside the line height. Its padding reaches over its neighbours
     (padding = -margin), so the marker itself stays against the word before it and the full stop after it. */
  .citation {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: -0.5em -5px;
    padding: 0 5px;
    vertical-align: super;
    font: inherit;
    font-size: 0.75em;
    line-height: 1;
    border: 1px solid transparent;
    border-radius: 0.35em;
    color: var(--_accent);
    text-decoration: none;
  }
  /* "[1][2]": the second target starts where the first marker ends, so the two never overlap. */
  .citation + .citation {
    margin-inline-start: 0;
  }
  /* Behind the marker only (its content box): the padding lies over the neighbouring letters. */
  .citation[aria-expanded='true'] {
    background: var(--_accent) content-box;
    color: var(--_surface);
  }
  /* The popover: out of the flow, under the citation's line, as wide as the body. */
  .citation-card:not([hidden]) {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    /* A block, not the span it is: its static position is then under the line, not on it. */
    display: block;
    margin-block-start: 0.35em;
    padding-block: 0.75em;
    /* Room for the close control at the end of the line, whichever way the text runs. */
    padding-inline: 1em 2.5em;
    font-size: 0.9375em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-block-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em #0003; /* black at 20 % */
  }
  .close {
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-end: 0.25em;
    inline-size: 2rem;
    block-size: 2rem;
    border: 0;
    border-radius: 50%;
    color: var(--_muted);
    font-size: 1.25em;
  }
  .notes {
    ${bareList}
  }
  /* Topic, title and count stacked. */
  .related li {
    display: grid;
  }
  .related-topic {
    font-size: 0.8125em;
  }
`;
