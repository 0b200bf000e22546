// npm run screenshots: the demo page as a reader sees it, into screenshots/
// (git-ignored), for a designer to open: phone (390 px) and desktop (1280 px),
// light, the reader's OS in dark mode (widgets stay light unless theme says),
// theme="dark", print (PNG and PDF), forced colours, 200 % text at 320 px,
// and the interactive states (a citation open, a viewpoint's detail open).
// Builds the bundle first if dist/ has none; Chromium from $CHROME_PATH.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { startServer } from '../bench/server.js';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { PRERENDERED } from './registry.js';

const root = new URL('../', import.meta.url);
const out = new URL('screenshots/', root);
const bundlePath = new URL('dist/viewpoint-cards.js', root);
if (!existsSync(bundlePath)) execFileSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
mkdirSync(out, { recursive: true });

const WIDTHS = { phone: { width: 390, height: 844, isMobile: true }, desktop: { width: 1280, height: 900 } };
const WIDGETS = PRERENDERED.join(', ');

/** Each shot: its name and what to do to the page before the picture. */
const SHOTS = {
  light: async () => {},
  'os-dark': async (page) => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]),
  'theme-dark': async (page) =>
    page.evaluate((tags) => document.querySelectorAll(tags).forEach((el) => el.setAttribute('theme', 'dark')), WIDGETS),
  print: async (page) => page.emulateMediaType('print'),
  // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
  'forced-colors': async (page) =>
    (await page.createCDPSession()).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    }),
  'citation-open': async (page) => {
    await page.evaluate(() => {
      const button = document.querySelector('story-summary').shadowRoot.querySelector('.citation');
      button.scrollIntoView({ block: 'center' });
      button.click();
    });
  },
  'detail-open': async (page) => {
    await page.evaluate(() => {
      const details = document.querySelector('viewpoint-card').shadowRoot.querySelector('details');
      details.open = true;
      details.scrollIntoView({ block: 'start' });
    });
  },
};

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
const server = await startServer({ bundle: readFileSync(bundlePath) });
const written = [];
try {
  const open = async (viewport, setup) => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    await page.goto(`${server.origin}/demo/index.html`);
    await page.waitForFunction(
      (tags) => [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('section.base')),
      { timeout: 20_000 },
      WIDGETS,
    );
    await setup?.(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page;
  };
  for (const [width, viewport] of Object.entries(WIDTHS)) {
    for (const [name, setup] of Object.entries(SHOTS)) {
      const page = await open(viewport, setup);
      const interactive = name.endsWith('-open');
      const file = `${width}-${name}.png`;
      await page.screenshot({ path: new URL(file, out).pathname, fullPage: !interactive });
      written.push(file);
      await page.close();
    }
  }
  // WCAG 1.4.10 reflow: 320 CSS px wide with the text at 200 %.
  const zoomed = await open({ width: 320, height: 640, isMobile: true }, (page) =>
    page.evaluate(() => (document.documentElement.style.fontSize = '200%')),
  );
  await zoomed.screenshot({ path: new URL('320px-text-200.png', out).pathname, fullPage: true });
  written.push('320px-text-200.png');
  await zoomed.close();
  const paper = await open(WIDTHS.desktop);
  await paper.pdf({ path: new URL('print.pdf', out).pathname, format: 'A4', printBackground: false });
  written.push('print.pdf');
  await paper.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written.length} files in screenshots/:\n  ${written.join('\n  ')}`);
