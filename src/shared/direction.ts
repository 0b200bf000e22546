import { primaryOf } from '../i18n/registry.js';

// Languages written right to left, by their primary subtag.
const RTL_LANGUAGES = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)$/;

/** `rtl` for scripts written right to left, judged by the language subtag; undefined without a language. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' | undefined {
  if (!lang) return undefined;
  return RTL_LANGUAGES.test(primaryOf(lang)) ? 'rtl' : 'ltr';
}
