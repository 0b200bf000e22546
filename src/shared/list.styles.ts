import { css } from './css.js';

/**
 * A list used for layout: no bullets, no indent. The markup stays a list, so
 * a screen reader still says how many items it holds. Goes inside a rule,
 * before the rule's own layout: `.cards { ${bareList} display: flex; }`.
 */
export const bareList = css`
  list-style: none;
  padding: 0;
`;
