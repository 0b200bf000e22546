// The README's first embed must not make the article jump: layout shift
// measured with a PerformanceObserver in Chromium, the story served 300 ms
// late by a real server on 127.0.0.1, at phone and desktop widths.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { startFirstEmbedServer } from './first-embed-page.js';

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true },
  desktop: { width: 1280, height: 800 },
};
let server;
let browser;
before(async () => {
  server = await startFirstEmbedServer({ delay: 300 });
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`the first embed shifts the page by less than 0.05 (CLS) on ${name}`, async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!(/** @type {any} */ (entry).hadRecentInput)) window.shifts.push(/** @type {any} */ (entry).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('story-summary, source-list')].every((el) =>
          el.shadowRoot?.querySelector('section.base'),
        ),
      { timeout: 20_000 },
    );
    // Two frames and a pause: any late shift is in.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))),
    );
    const shifts = await page.evaluate(() => window.shifts);
    const cls = shifts.reduce((sum, value) => sum + value, 0);
    console.log(`# CLS ${name}: ${cls.toFixed(4)} (${shifts.length} shifts)`);
    assert.ok(cls < 0.05, `CLS ${cls} on ${name}`);
    // The story did arrive late, and the article after the embed is still there to be read.
    assert.ok(await page.$eval('.after', (p) => p.getBoundingClientRect().height > 0));
    await context.close();
  });
}
