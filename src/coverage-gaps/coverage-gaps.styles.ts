import { css } from 'lit';

export const coverageGapsStyles = css`
  .gaps {
    display: grid;
    gap: 0.5em;
  }
`;
