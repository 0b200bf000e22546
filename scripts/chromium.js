// Debian's Chromium for every tool that drives a browser here (the test
// runners, puppeteer in the package/SSR/Storybook checks, the bench): one
// path and one set of flags. CHROME_PATH points elsewhere when needed.

/** The Chromium executable. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), and nothing that reaches for the network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
