// The script-tag bundle (dist/viewpoint-cards.js) on a page with the strict
// Content-Security-Policy of a large news site: every element renders from
// src and from inline JSON with no violation and no code built from strings.
import { expect } from '@open-wc/testing';
import { reportFigures, shown, until } from './inspect.js';
import { REPORTING, openFrame, openHostPage, spyOf } from './host-frame.js';
import { STRICT, TRUSTED_TYPES } from './csp-policy.js';

describe('under a strict Content-Security-Policy', function () {
  this.timeout(60000);

  for (const [name, directives] of [
    ['the strict policy with trusted-types naming lit-html', [...STRICT, TRUSTED_TYPES]],
    ['the strict policy with no trusted-types directive', STRICT],
  ] as const) {
    it(`renders every element from src and inline JSON with zero violations: ${name}`, async () => {
      const { spy, widgets, doc } = await openHostPage('csp', directives.join('; '));
      expect(spy.violations).to.deep.equal([]);
      expect(spy.evals, 'eval or Function called').to.deep.equal([]);
      expect(spy.errors).to.deep.equal([]);
      expect(spy.failures).to.deep.equal([]);
      expect(spy.loads).to.have.length(REPORTING);
      expect([...new Set(spy.policies)]).to.deep.equal(['lit-html']);
      expect(widgets.map(shown)).to.deep.equal(widgets.map(() => 'content'));
      // The styles arrived (constructed stylesheets, which style-src 'self' allows): a widget is a block.
      for (const widget of widgets) {
        expect(widget.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
        expect(doc.defaultView!.getComputedStyle(widget).display).to.equal('block');
      }
      await reportFigures('csp', {
        policy: directives.join('; '),
        elements: widgets.length,
        violations: spy.violations.length,
        evals: spy.evals.length,
        policies: [...new Set(spy.policies)],
      });
    });
  }

  it('loads the German pack from beside the bundle under the strict policy, with zero violations', async () => {
    const { spy, widgets, frame } = await openHostPage('csp-de', [...STRICT, TRUSTED_TYPES].join('; '));
    expect(spy.violations).to.deep.equal([]);
    expect(spy.evals, 'eval or Function called').to.deep.equal([]);
    expect(spy.failures).to.deep.equal([]);
    const packs = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/locales/'));
    expect(packs).to.deep.equal(['/dist/locales/de.js']);
    for (const widget of widgets) expect(widget.shadowRoot!.textContent).not.to.contain('Sources');
    const sources = widgets.find((widget) => widget.localName === 'source-list')!;
    expect(sources.shadowRoot!.textContent).to.contain('Quellen');
  });

  it('notices code built from strings, however Function is reached: the eval check can fail', async () => {
    const frame = await openFrame('csp');
    const win = frame.contentWindow as Window & typeof globalThis;
    win.eval('1');
    new win.Function('return 1');
    win.Function.prototype.constructor.call(null, 'return 2');
    (win.eval('(async () => {})') as () => Promise<void>).constructor('return 3');
    expect(spyOf(frame).evals.map((e) => e.split(' ')[0])).to.deep.equal([
      'eval',
      'Function',
      'Function',
      'eval',
      'AsyncFunction',
    ]);
  });

  it("reports a violation when the policy forbids Lit's policy name: the check can fail", async () => {
    const spy = spyOf(await openFrame('csp', [...STRICT, "trusted-types 'none'"].join('; ')));
    // The bundle cannot start: createPolicy('lit-html') is refused before any element is defined.
    await until(() => spy.violations.length > 0, 'a violation is reported');
    expect(spy.violations.join('\n')).to.contain('trusted-types');
    expect(spy.loads).to.deep.equal([]);
  });
});
