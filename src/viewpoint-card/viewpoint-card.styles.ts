import { css } from '../shared/css.js';
import { bareList } from '../shared/list.styles.js';

export const viewpointCardStyles = css`
  /* Cards wrap; a card alone on its row takes the row (no orphan beside an empty slot), and opening one
     does not stretch its neighbours (align-items: start). */
  .cards {
    ${bareList}
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space);
  }
  /* Padding shrinks with the viewport, as the frame's does: at 320 px and 200 % text a card keeps room for words. */
  .cards .card {
    flex: 1 min(100%, var(--vc-card-min-width, 16rem));
    padding: min(var(--_space), 4vw);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .stance {
    font-weight: 700;
  }
  details {
    margin-block: 0.5em;
  }
  /* A disclosure, not a link: text colour, a marker, no underline. */
  summary {
    font-size: 0.9375em;
    font-weight: 600;
    min-block-size: 24px;
  }
  details p {
    margin-block-start: 0.5em;
  }
  .cited-title {
    margin: 0.75em 0 0.25em;
    font-size: 0.875em;
  }
  .cited {
    ${bareList}
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .cited li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4em;
  }
`;
