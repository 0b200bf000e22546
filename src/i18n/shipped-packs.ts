/** The languages with a pack in src/locales/ (a test keeps this list and that folder in step). */
export const SHIPPED_PACKS: readonly string[] = [
  'ar',
  'de',
  'en',
  'es',
  'fr',
  'he',
  'it',
  'ja',
  'nl',
  'pl',
  'pt',
  'ru',
  'uk',
  'zh',
];
