// The label packs beside the script-tag bundle: dist/locales/<lang>.js, one
// self-contained module per language (its registerLabels inlined), so that
// the bundle loads one file per language and npm users import the same file.
// tsc has already written them as modules importing ../i18n/registry.js;
// these replace them (the .d.ts files stay).
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';

const languages = readdirSync('src/locales').map((file) => file.replace(/\.ts$/, ''));
// The bundle fetches only the languages it knows of: that list must be this folder.
const { SHIPPED_PACKS } = await import('../dist/i18n/shipped-packs.js');
if (languages.join() !== [...SHIPPED_PACKS].sort().join()) {
  throw new Error(
    `src/i18n/shipped-packs.ts lists ${SHIPPED_PACKS.join(', ')}, but src/locales/ has ${languages.join(', ')}.`,
  );
}
for (const lang of languages) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/locales',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `src/locales/${lang}.ts`, formats: ['es'], fileName: () => `${lang}.js` },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
}
for (const lang of languages) rmSync(`dist/locales/${lang}.js.map`, { force: true }); // tsc's, of the replaced files
console.log(`dist/locales/: ${languages.length} packs (${languages.join(', ')})`);
