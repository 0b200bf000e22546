import { html, type TemplateResult } from 'lit';

/** The frame shown while the story loads. */
export function loadingState(text: string | TemplateResult): TemplateResult {
  return html`<div part="base loading" class="base" aria-busy="true"><p role="status">${text}</p></div>`;
}

/** The frame shown when the story cannot be shown: a title and what went wrong, for readers. */
export function errorState(title: string | TemplateResult, detail: string | TemplateResult): TemplateResult {
  return html`<div part="base error" class="base" role="alert">
      <p><strong>${title}</strong> ${detail}</p>
    </div>`;
}
