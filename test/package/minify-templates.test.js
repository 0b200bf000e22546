// The template minifier's CSS side (scripts/minify-templates.js): what it
// changes, what it must leave alone, and, in Chromium, that every stylesheet
// of the widgets means the same to the browser once minified.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { minifyCss } from '../../scripts/minify-templates.js';
import { ROOT, launchChromium } from './helpers.js';

describe('minifyCss', () => {
  it('drops the quotes of an attribute selector whose value is an identifier', () => {
    assert.equal(
      minifyCss(":host([theme='dark']) [part~='show-all'], [aria-pressed=\"true\"] {}"),
      ':host([theme=dark]) [part~=show-all],[aria-pressed=true]{}',
    );
  });

  it('keeps the quotes a value needs, and strings as written', () => {
    assert.equal(minifyCss("[data-n='1'], [lang|='en US'] {}"), "[data-n='1'],[lang|='en US']{}");
    assert.equal(minifyCss(".a::before { content: \"[part~='x']\" / ''; }"), ".a::before{content:\"[part~='x']\"/''}");
  });
});

describe('every stylesheet of the widgets, minified, in Chromium', () => {
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  it('has the same rules as written', async () => {
    const modules = readdirSync(join(ROOT, 'dist'), { recursive: true })
      .filter((file) => /\.styles\.js$/.test(file))
      .concat('shared/one-sided-flag.js');
    const sheets = [];
    for (const file of modules) {
      const module = await import(pathToFileURL(join(ROOT, 'dist', file)).href);
      for (const [name, value] of Object.entries(module)) {
        if (typeof value?.cssText !== 'string') continue;
        // A fragment of declarations (bareList) is read inside a rule, as the widgets use it.
        const cssText = value.cssText.includes('{') ? value.cssText : `.fragment {${value.cssText}}`;
        sheets.push({ name: `${file} ${name}`, cssText });
      }
    }
    assert.ok(sheets.length >= 9, `stylesheets found: ${sheets.map((sheet) => sheet.name)}`);
    const page = await browser.newPage();
    for (const { name, cssText } of sheets) {
      const rules = (text) =>
        page.evaluate((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          // Custom properties, and values with var(), keep their tokens as written until they are used: those are
          // compared without the spaces beside punctuation and the zeros before a decimal point, which the tokens
          // do not need (everything else the browser parses, and serializes its own way).
          const tokens = (value) =>
            value
              .replace(/\s*([,()*/])\s*/g, '$1')
              .replace(/\s+/g, ' ')
              .replace(/(?<![\w.])0\./g, '.');
          const list = (rules) =>
            [...rules].map((rule) => {
              if (rule.cssRules && !rule.style)
                return `${rule.conditionText ?? rule.cssText.split('{')[0]} {${list(rule.cssRules).join(' ')}}`;
              if (!rule.style) return rule.cssText;
              const declarations = [...rule.style].map((property) => {
                const value = rule.style.getPropertyValue(property);
                const priority = rule.style.getPropertyPriority(property);
                return `${property}: ${property.startsWith('--') || value.includes('var(') ? tokens(value) : value}${priority ? ' !' + priority : ''}`;
              });
              return `${rule.selectorText} {${declarations.join('; ')}}`;
            });
          return list(sheet.cssRules);
        }, text);
      const written = await rules(cssText);
      const minified = await rules(minifyCss(cssText));
      assert.ok(written.length > 0, `${name}: no rules parsed`);
      assert.deepEqual(minified, written, `${relative(ROOT, name)}`);
      assert.ok(minifyCss(cssText).length < cssText.length, `${name}: not smaller`);
    }
  });
});
