// npm run lint: ESLint for code rules, Prettier (`prettier --check .`) for style.
//
// TypeScript versions: typescript-eslint parses with TypeScript's JavaScript
// compiler API, which the native TypeScript 7 does not have (its peer range is
// `<6.1`, and it refuses a 7.x `typescript`). So package.json follows the
// side-by-side layout TypeScript 7 documents: the `typescript` name is the 6.0
// API package (`@typescript/typescript6`), read only by typescript-eslint, and
// the compiler is `typescript-7` (TypeScript 7.0.2). Its `tsc` shares a bin name
// with the 6.0 package, so our scripts call `node_modules/typescript-7/bin/tsc`
// by path: type-checking and the build stay on 7.0.2. The rules used here are
// the syntax-only ones (no type information), so the two compilers never have
// to agree on a program.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Files that run in Node (servers, CLIs, test runners' own side, build scripts);
// everything else runs in a browser.
const NODE_FILES = [
  '*.{js,ts}',
  'bin/**',
  'scripts/**',
  'bench/*.js',
  'demo/ssr/**',
  'demo/react/vite.config.ts',
  '.storybook/main.ts',
  'test/**/*.js',
  'src/server/**',
];
// In-page halves of Node-side suites: they run in Chromium.
const BROWSER_IN_NODE_FOLDERS = ['bench/harness.js', 'bench/empty.js', 'bench/plain-dom.js', 'test/security/pages/**'];

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'storybook-static/',
    'custom-elements.json',
    'test/fixtures/',
    'test/package/ts-project/',
    '.tmp/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.browser },
    rules: {
      // `_name` marks a parameter kept for its position (as tsc's noUnusedParameters
      // allows); a rest sibling is how a test drops one field from a story copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `interface HTMLElementEventMap extends StoryEventMap {}` is how an event map
      // merges into the DOM's: an empty interface with one `extends`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  { files: NODE_FILES, languageOptions: { globals: globals.node } },
  { files: BROWSER_IN_NODE_FOLDERS, languageOptions: { globals: globals.browser } },
  prettier,
);
