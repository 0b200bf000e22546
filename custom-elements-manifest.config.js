// Read by `cem analyze` (npm run analyze): the manifest comes from the JSDoc
// headers of the element classes, the one place each element's API is declared.
import manifestPublicApi from './scripts/manifest-public-api.js';

export default {
  globs: ['src/**/*.ts'],
  // The React wrappers and the Node entry declare no elements of their own.
  exclude: ['src/**/*.styles.ts', 'src/react/**', 'src/server/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [manifestPublicApi()],
};
