// Debian's Chromium driven by puppeteer-core against the SSR demo server
// (demo/ssr/server.js) on a free port of 127.0.0.1, with the flags of every
// browser tool here (scripts/chromium.js).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../demo/ssr/server.js';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { PRERENDERED } from '../../scripts/registry.js';

/** The four prerendered widgets (src/registry.ts). */
export const WIDGETS = PRERENDERED;
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Starts the demo server (with `serverOptions`, e.g. another `policy`) and Chromium; `close()` stops both. */
export async function openBrowser(serverOptions = {}) {
  const server = await startServer({ ...serverOptions, port: 0 });
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
  const newPage = async ({ height = 900 } = {}) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height });
    return page;
  };
  const close = async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  };
  return { url, newPage, close };
}

/** axe-core's violations for the whole page, shadow roots included. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { violations } = await globalThis.axe.run(document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
  });
}

/** What a reader sees in each widget: the rendered text of its shadow root (hidden parts excluded). */
export function widgetTexts(page) {
  return page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => [tag, document.querySelector(tag)?.shadowRoot?.querySelector('.base')?.innerText ?? '']),
      ),
    WIDGETS,
  );
}

/**
 * The scroll position, then every element inside every widget with its box on the page: to compare before and after
 * the upgrade. Server-rendered citations are links (to the source list), upgraded ones buttons: named by their class
 * alone, they are the same boxes.
 */
export function layout(page) {
  return page.evaluate((tags) => {
    const box = (el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return [x + scrollX, y + scrollY, width, height].map((n) => Math.round(n * 100) / 100).join(' ');
    };
    const boxes = tags.flatMap((tag) => {
      const host = document.querySelector(tag);
      const inner = [...(host?.shadowRoot?.querySelectorAll('*:not(style)') ?? [])];
      const name = (el) => (el.classList.contains('citation') ? '' : el.localName);
      return [`${tag} ${box(host)}`, ...inner.map((el) => `${tag} > ${name(el)}.${el.className} ${box(el)}`)];
    });
    return [`scroll ${scrollX} ${scrollY}`, ...boxes];
  }, WIDGETS);
}

/** Resolves after two animation frames, so what was laid out has also been painted. */
export function painted(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * How two PNG screenshots differ, read in the page's own canvas: the pixels where some colour channel differs by
 * more than `tolerance` (of 255), and the largest difference of any channel. Chromium may anti-alias the same rounded
 * corner one step apart in two paints; a step that small is invisible, while anything a reader could see (a moved
 * box, another colour, other text) is many steps and many pixels. Read in a blank page of the same browser: the
 * page under test may have a CSP that refuses data: URLs.
 */
export async function pixelDifference(page, a, b, tolerance = 2) {
  const blank = await page.browser().newPage();
  try {
    return await blank.evaluate(
      async (a, b, tolerance) => {
        const pixels = async (base64) => {
          const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(image.width, image.height);
          // A 2d context of a new canvas is never null.
          const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [first, second] = await Promise.all([pixels(a), pixels(b)]);
        if (first.width !== second.width || first.height !== second.height) return { pixels: Infinity, largest: 255 };
        let count = 0;
        let largest = 0;
        for (let i = 0; i < first.data.length; i += 4) {
          let pixel = 0;
          for (let c = 0; c < 3; c++) pixel = Math.max(pixel, Math.abs(first.data[i + c] - second.data[i + c]));
          largest = Math.max(largest, pixel);
          if (pixel > tolerance) count++;
        }
        return { pixels: count, largest };
      },
      a.toString('base64'),
      b.toString('base64'),
      tolerance,
    );
  } finally {
    await blank.close();
  }
}
