import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The widgets' stylesheet tag: Lit's `css`, less its run-time check that
 * every interpolated value is a stylesheet or a number. Here the compiler
 * makes that check (the parameter's type), so no string, let alone one from
 * a story, can end up in a stylesheet; the script-tag bundle saves Lit's
 * check and its message (about 125 bytes gzip). Only our own constant
 * stylesheets use it, each made once, at module load. The text is taken as
 * written (String.raw), so a CSS escape such as `\201C` is written as in a
 * stylesheet.
 */
export const css = (strings: TemplateStringsArray, ...values: (CSSResult | number)[]): CSSResult =>
  unsafeCSS(String.raw(strings, ...values));
