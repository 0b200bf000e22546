import { css } from '../shared/css.js';
import { bareList } from '../shared/list.styles.js';

export const sourceListStyles = css`
  .distribution {
    margin-block-end: var(--_space);
    /* The legend inside reads its width (@container below). */
    container-type: inline-size;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: var(--vc-bar-height, 2rem);
    /* Its 100:1 aspect ratio would otherwise ask for a wide column at large text sizes. */
    contain: inline-size;
  }
  .bar rect {
    fill: var(--_lean-color);
  }
  .bar .track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }
  /* The scale starts at the start of the reading direction: mirrored in right-to-left text. */
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.875em;
  }
  /* An aligned table: lean, count, percent; each row is one filter button. */
  .legend {
    ${bareList}
    margin-block-start: 0.5em;
    display: grid;
    /* The lean column gives way first, so a narrow screen wraps its words rather than scrolling. */
    grid-template-columns: minmax(0, max-content) max-content max-content;
    gap: 0.125em 1em;
  }
  /* Where the legend is narrow (320 px at 200 % text), its gaps and padding give their room to the leans' names,
     so that a name wraps between its words rather than inside one. */
  @container (max-width: 12em) {
    .legend {
      column-gap: 0.25em;
    }
    .legend button {
      padding-inline: 0.125em;
    }
  }
  .legend li,
  .legend button {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }
  .legend .apart {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.25em;
  }
  button {
    font: inherit;
    color: inherit;
    border: 1px solid transparent;
    border-radius: 0.25em;
    padding: 0.1em 0.5em;
    text-align: start;
  }
  [aria-pressed='true'],
  [part~='show-all'] {
    border-color: var(--_border);
  }
  [aria-pressed='true'] {
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .filter-status {
    display: flex;
    align-items: baseline;
    gap: 1em;
    margin-block-start: 0.5em;
  }
  /* At 320 px and 200 % text a legend entry must wrap rather than widen the page. */
  .legend .lean {
    white-space: normal;
  }
  .rated-by {
    font-size: 0.875em;
  }
  .sources {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding-inline-start: 2.5em;
  }
  /* The number is the source id (data-n), also where the list has no value= (see #renderList). */
  .sources li::marker {
    content: '[' attr(data-n) '] ';
    color: var(--_muted);
  }
  /* Columns in the reading direction, stacked where there is no room for two. */
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_space);
  }
  .side-unrated {
    grid-column: 1 / -1;
  }
  .side-list {
    ${bareList}
    display: grid;
    gap: 0.75em;
  }
  .side [part~='subheading'] {
    margin-block-start: 0;
    border-block-end: 1px solid var(--_border);
  }
`;
