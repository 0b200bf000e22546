import { html, type TemplateResult } from 'lit';

/**
 * The frame shown while the story loads: a quiet skeleton in the reserved
 * space, and one polite status line for screen readers (no `aria-busy` around
 * it: that would hold the announcement back).
 */
export function loadingState(text: string | TemplateResult): TemplateResult {
  return html`<div part="base loading" class="base">
    <p role="status" class="visually-hidden">${text}</p>
    <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span><span></span></div>
  </div>`;
}

/**
 * The frame shown when the story cannot be shown: one calm line for readers.
 * Not an alert: a missing sidebar is no reason to interrupt a screen reader.
 * What went wrong goes to the console and to `story-error`.
 */
export function errorState(text: string | TemplateResult): TemplateResult {
  return html`<div part="base error" class="base"><p>${text}</p></div>`;
}
