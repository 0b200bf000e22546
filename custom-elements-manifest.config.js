// Read by `cem analyze` (npm run analyze): the manifest comes from the JSDoc
// headers of the element classes, the one place each element's API is declared.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
