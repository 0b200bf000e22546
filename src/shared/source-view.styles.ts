import { css } from './css.js';

/** Layout of `sourceSummary()` and `sourceMeta()`, for the elements that render them. */
export const sourceViewStyles = css`
  .source-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  .outlet {
    font-weight: 600;
  }
  .headline {
    display: block;
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta > * + *::before {
    content: '· ' / '';
  }
  /* Points the way the text runs. */
  .arrow {
    display: inline-block;
  }
  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }
`;
