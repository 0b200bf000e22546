import { css } from 'lit';

export const sourceListStyles = css`
  .distribution {
    margin-bottom: var(--_space);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: var(--vc-bar-height, 0.5rem);
    border-radius: 999px;
    overflow: hidden;
  }
  .bar rect {
    fill: var(--_lean-color);
  }
  :host([dir='rtl']) .bar,
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }
  .legend {
    list-style: none;
    padding: 0;
    margin-top: 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .rated-by {
    font-size: 0.875em;
  }
  .sources {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-inline-start: 2.5em;
  }
  /*
   * Long lists: items past the first 20 skip style, layout and paint while
   * off screen (bench: 1,000 sources). Each li carries its number in value=,
   * so the numbering survives the style containment this implies; the text
   * stays in the page for find-in-page and assistive technology.
   */
  .sources > li:nth-child(n + 21) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5em;
  }
  .sources li::marker {
    content: '[' counter(list-item) '] ';
    color: var(--_muted);
  }
`;
