import { html, type TemplateResult } from 'lit';

/** Clamps any input to a heading level 1–6 (default 2). */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.trunc(Number(value));
  return level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `<h1>`–`<h6>`, so the widget fits the host page's outline. Levels
 * past 6 stay at 6. Six plain templates rather than `lit/static-html.js`,
 * which would add its tag-name machinery to the script-tag bundle.
 */
export function heading(level: number, content: unknown, part = 'subheading'): TemplateResult {
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
