import { css } from 'lit';

export const viewpointCardStyles = css`
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--vc-card-min-width, 16rem)), 1fr));
  }
  .cards .card {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  [part~='name'] {
    font-size: var(--_subheading-size);
  }
  .stance {
    font-weight: 500;
  }
  details {
    margin-block: 0.5em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details p {
    margin-block-start: 0.5em;
  }
  .cited-title {
    margin: 0.75em 0 0.25em;
    font-size: 0.875em;
  }
  .cited {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
`;
