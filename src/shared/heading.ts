import { html, type TemplateResult } from 'lit';

/** Clamps any input to a heading level 1–6 (2 for anything else). */
export function headingLevel(value: unknown): number {
  const level = Math.trunc(value as number); // which converts any value to a number first
  return level >= 1 && level <= 6 ? level : 2;
}

type Heading = (part: string, content: unknown) => TemplateResult;

// One plain template per level rather than `lit/static-html.js`, which would
// add its tag-name machinery to the script-tag bundle.
const HEADINGS: readonly Heading[] = [
  (part, content) => html`<h1 part=${part}>${content}</h1>`,
  (part, content) => html`<h2 part=${part}>${content}</h2>`,
  (part, content) => html`<h3 part=${part}>${content}</h3>`,
  (part, content) => html`<h4 part=${part}>${content}</h4>`,
  (part, content) => html`<h5 part=${part}>${content}</h5>`,
  (part, content) => html`<h6 part=${part}>${content}</h6>`,
];

/** A real `<h1>`–`<h6>` (`level` from headingLevel, or one under it), so the widget fits the host page's outline. Levels past 6 stay at 6. */
export function heading(level: number, content: unknown, part = 'subheading'): TemplateResult {
  return HEADINGS[Math.min(level, 6) - 1]!(part, content);
}
