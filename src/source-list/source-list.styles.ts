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
    /* Its 100:1 aspect ratio would otherwise ask for a wide column at large text sizes. */
    contain: inline-size;
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
  /* The number is the source id (data-n), also where the list has no value= (see renderStory). */
  .sources li::marker {
    content: '[' attr(data-n) '] ';
    color: var(--_muted);
  }
`;
