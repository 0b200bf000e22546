import { css } from 'lit';

/** Layout of `sourceSummary()`, for the elements that render it. */
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
  /* Points the way the text runs. */
  .arrow {
    display: inline-block;
  }
  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }
`;
