import { css } from 'lit';

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
  .perspectives {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .perspectives li {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_border);
  }
  .perspective-label {
    display: block;
  }
  .body {
    margin-block-start: var(--_space);
  }
  .citation {
    font: inherit;
    font-size: 0.8em;
    vertical-align: super;
    line-height: 1;
    padding: 0.1em 0.15em;
    margin: 0 0.05em;
    border: 0;
    border-radius: 0.25em;
    background: none;
    color: var(--_accent);
    cursor: pointer;
  }
  .citation[aria-expanded='true'] {
    background: var(--_surface-alt);
  }
  .citation-card:not([hidden]) {
    display: block;
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .related {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .related li {
    display: flex;
    flex-direction: column;
  }
  .related-topic {
    font-size: 0.8125em;
  }
`;
