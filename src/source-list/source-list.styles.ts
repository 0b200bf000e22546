import { css } from 'lit';

export const sourceListStyles = css`
  .distribution {
    margin-block-end: var(--_space);
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
    margin-block-start: 0.5em;
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
  /* The number is the source id (data-n), also where the list has no value= (see renderStory). */
  .sources li::marker {
    content: '[' attr(data-n) '] ';
    color: var(--_muted);
  }
`;
