import { setPackLoader } from '../i18n/pack-loader.js';
import { SHIPPED_PACKS } from '../i18n/shipped-packs.js';

/** On the server, a story's pack is read from this package's dist/locales/, as the bundle reads it beside itself. */
export function useShippedPacks(): void {
  setPackLoader((lang) => import(`../locales/${lang}.js`), SHIPPED_PACKS);
}
