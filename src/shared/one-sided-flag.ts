import { html, nothing, type TemplateResult } from 'lit';
import { css } from './css.js';
import { oneSidedCoverage } from '../story/lean.js';
import type { Source } from '../story/schema.js';
import type { LabelsController } from '../controllers/labels-controller.js';

/**
 * The one-sided-coverage notice (the rule is in lean.ts), as an editorial
 * flag: on the lean scale it describes, and in "What's not represented".
 */
export function oneSidedFlag(
  sources: readonly Source[],
  labels: Pick<LabelsController, 'html'>,
  part = 'flag',
): TemplateResult | typeof nothing {
  const oneSided = oneSidedCoverage(sources);
  if (!oneSided) return nothing;
  // Its count and rated fill the label's placeholders.
  return html`<p part=${part} class="flag">${labels.html(oneSided.side === 'left' ? 'oneSidedLeft' : 'oneSidedRight', oneSided)}</p>`;
}

/** A flag, not a citation card: a bordered tag with a flag mark that is not read out. */
export const flagStyles = css`
  .flag {
    display: table;
    margin-block: 0.5em;
    padding: 0.2em 0.6em;
    border: 1px solid; /* in the text colour, a border's default */
    border-radius: 0.25em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .flag::before {
    content: '⚑' / '';
    margin-inline-end: 0.4em;
  }
`;
