import { css } from './css.js';

/** The loading skeleton and the calm error line (states.ts). */
export const stateStyles = css`
  [part~='loading'] {
    /* A widget may give a better guess of its final height (story-summary keeps the viewport). */
    min-block-size: var(--vc-loading-min-height, var(--_loading-height, 12rem));
  }
  .skeleton span {
    display: block;
    block-size: 0.75em;
    margin-block-end: 1em;
    border-radius: 0.375em;
    background: var(--_surface-alt);
  }
  .skeleton span:first-child {
    inline-size: 40%;
    block-size: 1.25em;
  }
  .skeleton span:nth-child(3) {
    inline-size: 85%;
  }
  .skeleton span:last-child {
    inline-size: 60%;
  }
  [part~='error'] {
    color: var(--vc-color-error, var(--_muted));
  }
  [part~='error'] p {
    margin: 0;
  }
`;
