import { css } from '../shared/css.js';

export const coverageGapsStyles = css`
  .gaps {
    display: grid;
    gap: 0.5em;
  }
`;
