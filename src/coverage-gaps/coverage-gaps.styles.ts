import { css } from 'lit';

export const coverageGapsStyles = css`
  .gaps {
    display: grid;
    gap: 0.5em;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-weight: 500;
  }
`;
