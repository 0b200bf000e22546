// The template minifier's CSS side (scripts/minify-templates.js): what it
// changes, what it must leave alone, and, in Chromium, that every stylesheet
// of the widgets means the same to the browser once minified.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import minifyTemplates, {
  BLOCKS,
  BOXES,
  minifyCss,
  minifyHtml,
  minifyCssParts,
  privateNames,
  sourcePrivateNames,
} from '../../scripts/minify-templates.js';
import { ROOT, launchChromium, serve } from './helpers.js';

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

  it('joins selectors with + and ~ without spaces, and keeps the spaces calc() needs', () => {
    assert.equal(
      minifyCss('.a > * + .b, .c ~ .d { margin: calc(1px + 0.5em); }'),
      '.a>*+.b,.c~.d{margin:calc(1px + .5em)}',
    );
    assert.equal(
      minifyCss('@media (min-width: calc(10em + 1px)) { .a + .b {} }'),
      '@media (min-width:calc(10em + 1px)){.a+.b{}}',
    );
  });

  it('drops the whitespace a template starts with, and after a fragment where a rule or declaration starts', () => {
    assert.deepEqual(minifyCssParts(['\n  .a {\n    ', '\n    display: grid;\n  }\n']), ['.a{', 'display:grid}']);
    assert.deepEqual(minifyCssParts(['\n  ', '\n  .b { color: red; }\n']), ['', ' .b{color:red}']);
    // A number inside a value keeps the spaces around it.
    assert.deepEqual(minifyCssParts(['.a { margin: ', ' ', 'px; }']), ['.a{margin:', ' ', 'px}']);
  });

  it('renames private custom properties by the table, and no public ones', () => {
    const names = privateNames([':host { --_text: x; --_space: y; }']);
    assert.deepEqual(
      [...names],
      [
        ['--_space', '--_0'],
        ['--_text', '--_1'],
      ],
    );
    assert.equal(
      minifyCss(':host { --_text: var(--vc-color-text, #000); color: var(--_text); gap: var(--_space); }', names),
      ':host{--_1:var(--vc-color-text,#000);color:var(--_1);gap:var(--_0)}',
    );
  });

  it('gives every build the same table, whatever order the files come in', () => {
    const files = ['a { color: var(--_b); }', 'b { --_a: 1; --_b: 2; }'];
    assert.deepEqual([...privateNames(files)], [...privateNames(files.reverse())]);
  });
});

describe('minifyHtml', () => {
  it('drops whitespace beside the start and end tags of blocks, and keeps it between inline elements', () => {
    assert.deepEqual(minifyHtml(['<div part="a">\n  <p>a</p>\n  ', '\n</div>']), ['<div part="a"><p>a</p>', '</div>']);
    assert.deepEqual(minifyHtml(['<li> <span>a</span> <b>b</b> ', ' </li>']), [
      '<li><span>a</span> <b>b</b> ',
      '</li>',
    ]);
    assert.deepEqual(minifyHtml(['<h2 part=', '> ', ' </h2> <header> </header>']), [
      '<h2 part=',
      '>',
      '</h2><header> </header>',
    ]);
    // Inside a button, not around it.
    assert.deepEqual(minifyHtml(['<b>a</b> <button type=button> <i>x</i> </button> <b>y</b>']), [
      '<b>a</b> <button type=button><i>x</i></button> <b>y</b>',
    ]);
  });
});

describe('the minifier plugin', () => {
  const transform = (code) => {
    const plugin = minifyTemplates();
    plugin.buildStart();
    const context = {
      error(message) {
        throw new Error(message);
      },
    };
    return plugin.transform.call(context, code, join(ROOT, 'src/example.ts'));
  };

  it('renames private custom properties inside css templates', () => {
    const out = String(transform('const s = css`:host { --_text: red; color: var(--_text); }`;')?.code);
    assert.match(out, /css`:host\{--_\w+:red;color:var\(--_\w+\)\}`/);
    assert.doesNotMatch(out, /--_text/);
  });

  it('fails the build when a script names a private custom property (it would miss the new name)', () => {
    assert.throws(() => transform("el.style.setProperty('--_text', 'red');"), /private custom property --_text/);
    assert.throws(() => transform('const t = html`<p style="--_space: 1px"></p>`;'), /--_space/);
  });
});

describe('every stylesheet of the widgets, minified, in Chromium', () => {
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  /** The demo page with the script-tag bundle. */
  let demo;
  before(async () => {
    browser = await launchChromium();
    demo = await serve({
      '/viewpoint-cards.js': join(ROOT, 'dist/viewpoint-cards.js'),
      '/locales/': join(ROOT, 'dist/locales/'),
      '/': join(ROOT, 'demo/'),
    });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('renders as blocks (or inline-blocks, for boxes) the elements the HTML side treats so, where spaces collapse', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('index.html', demo.url).href);
    const widgets = 'story-summary, viewpoint-card, coverage-gaps, source-list';
    const rendered = (tags) =>
      [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('.base:not([part~=loading])'));
    await page.waitForFunction(rendered, { timeout: 20_000 }, widgets);
    // Every layout and state: the sides view, an open citation and an open disclosure.
    await page.evaluate(() => {
      const sides = Object.assign(document.createElement('source-list'), { src: 'stories/open-source-ai.json' });
      sides.setAttribute('layout', 'sides');
      document.body.append(sides);
      const shadow = (tag) => /** @type {ShadowRoot} */ (document.querySelector(tag)?.shadowRoot);
      /** @type {HTMLElement} */ (shadow('story-summary').querySelector('.citation')).click();
      /** @type {HTMLDetailsElement} */ (shadow('viewpoint-card').querySelector('details')).open = true;
    });
    await page.waitForFunction(rendered, { timeout: 20_000 }, widgets);
    const { checked, wrong } = await page.evaluate(
      (tags, blocks, boxes) => {
        const elements = [...document.querySelectorAll(tags)].flatMap((el) => [
          ...(el.shadowRoot?.querySelectorAll(boxes.join()) ?? []),
        ]);
        const collapses = (el) => getComputedStyle(el).whiteSpaceCollapse === 'collapse';
        // A block is not inline-level; a box (an inline-block, say) at least holds its content in a block.
        const laidOut = (el) =>
          !/contents|^inline$/.test(getComputedStyle(el).display) &&
          !(blocks.includes(el.localName) && /^inline/.test(getComputedStyle(el).display));
        const wrong = elements
          .filter((el) => !laidOut(el) || !collapses(el) || !collapses(el.parentElement ?? el))
          .map((el) => `${el.localName}.${el.className} (${getComputedStyle(el).display})`);
        return { checked: new Set(elements.map((el) => el.localName)).size, wrong };
      },
      widgets,
      BLOCKS,
      BOXES,
    );
    assert.deepEqual(wrong, []);
    assert.ok(checked >= 10, `kinds of elements checked: ${checked}`);
  });

  it('has the same rules as written (private names read back)', async () => {
    const names = sourcePrivateNames();
    const back = new Map([...names].map(([long, short]) => [short, long]));
    const modules = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' })
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
      const minified = (await rules(minifyCss(cssText, names))).map((rule) =>
        rule.replace(/--_[\w-]+/g, (short) => back.get(short) ?? short),
      );
      assert.ok(written.length > 0, `${name}: no rules parsed`);
      assert.deepEqual(minified, written, `${relative(ROOT, name)}`);
      assert.ok(minifyCss(cssText, names).length < cssText.length, `${name}: not smaller`);
    }
  });
});
