/**
 * The script-tag bundle, dist/viewpoint-cards.js: every element, with the
 * English labels built in. A story in another language loads that one pack
 * from beside the bundle (dist/locales/<lang>.js), relative to the bundle's
 * own URL, so the pair works from any path of any CDN, and under a CSP that
 * allows the bundle's origin in `script-src`.
 */
import './index.js';
import { setPackLoader } from './i18n/pack-loader.js';
import { SHIPPED_PACKS } from './i18n/shipped-packs.js';

// Kept apart from `new URL(…)`: Vite would otherwise read the pattern as assets to bundle.
const here = import.meta.url;
setPackLoader((lang) => import(/* @vite-ignore */ new URL(`locales/${lang}.js`, here).href), SHIPPED_PACKS);
