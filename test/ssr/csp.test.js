// The prerendered demo page under the strict policy that
// contentSecurityPolicy() gives (no 'unsafe-inline', no 'unsafe-eval'): no
// violation with scripts off or on, and the page looks the same both ways.
// A control with `style-src 'self'` alone shows that the check sees the
// violations the hashes prevent.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contentSecurityPolicy, cspStyleHashes } from '../../dist/server/index.js';
import { cli } from './cli-helpers.js';
import { WIDGETS, openBrowser, painted } from './browser-helpers.js';

const policy = contentSecurityPolicy();
const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');

/**
 * Loads the demo page with scripts on or off; resolves with the policy
 * violations Chromium reported (its console, and with scripts on the
 * `securitypolicyviolation` events too) and a screenshot once the page is
 * settled.
 */
async function visit(chromium, { scripts }) {
  const page = await chromium.newPage({ height: 4000 });
  const violations = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
  });
  if (scripts) {
    await page.evaluateOnNewDocument(() => {
      globalThis.violations = [];
      globalThis.storyLoads = 0;
      document.addEventListener(
        'securitypolicyviolation',
        (e) => globalThis.violations.push(e.violatedDirective),
        true,
      );
      document.addEventListener('story-load', () => globalThis.storyLoads++);
    });
  } else {
    await page.setJavaScriptEnabled(false);
  }
  await page.goto(chromium.url, { waitUntil: 'load' });
  if (scripts) {
    await page.waitForFunction(() => globalThis.storyLoads === 4);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => document.querySelector(tag).updateComplete)), WIDGETS);
    await painted(page);
    violations.push(...(await page.evaluate(() => globalThis.violations)));
  }
  const screenshot = await page.screenshot();
  // Console reports arrive asynchronously: let any late one land before counting.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.close();
  return { violations, screenshot };
}

describe('prerendered widgets under the strict policy of contentSecurityPolicy()', () => {
  let chromium;
  let off;
  let on;
  before(async () => {
    chromium = await openBrowser();
    off = await visit(chromium, { scripts: false });
    on = await visit(chromium, { scripts: true });
  });
  after(() => chromium?.close());

  test('the policy has no unsafe source and allows exactly the four style blocks', () => {
    assert.doesNotMatch(policy, /unsafe/);
    assert.equal(cspStyleHashes().length, 4);
    assert.ok(policy.includes(`style-src 'self' ${cspStyleHashes().join(' ')};`));
  });

  test('scripts off: no violation', () => assert.deepEqual(off.violations, []));

  test('scripts on: no violation, the bundle and Trusted Types included', () => assert.deepEqual(on.violations, []));

  test('the page looks the same with scripts off and on, pixel for pixel', () => {
    assert.ok(off.screenshot.equals(on.screenshot), 'screenshots with scripts off and on are identical');
  });

  test('`viewpoint-cards csp` prints the same sources, and `--policy` the same policy', async () => {
    const sources = await cli(['csp']);
    assert.equal(sources.code, 0);
    assert.equal(sources.stdout, `${cspStyleHashes().join(' ')}\n`);
    const whole = await cli(['csp', '--policy']);
    assert.equal(whole.stdout, `${policy}\n`);
  });
});

describe('the control: the same page with style-src but no hashes', () => {
  let chromium;
  let off;
  let styled;
  before(async () => {
    chromium = await openBrowser({ policy: withoutHashes });
    off = await visit(chromium, { scripts: false });
    await chromium.close();
    chromium = await openBrowser();
    styled = await visit(chromium, { scripts: false });
  });
  after(() => chromium?.close());

  test('blocks each widget style block with a reported violation, and the page looks different', () => {
    assert.ok(off.violations.length >= WIDGETS.length, off.violations.join('\n'));
    assert.match(off.violations[0], /style-src/);
    assert.ok(!off.screenshot.equals(styled.screenshot), 'unstyled widgets look different');
  });
});
