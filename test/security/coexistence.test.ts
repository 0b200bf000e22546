// The widgets on pages that were not written for them: the bundle twice, the
// bundle beside the npm build, a host listener that throws, a host stylesheet
// that resets everything. Each page is a real document in an iframe.
import { expect } from '@open-wc/testing';
import { reportFigures, shown } from './inspect.js';
import { REPORTING, openHostPage, type HostPage } from './host-frame.js';
import { STRICT } from './csp-policy.js';

/** Warnings of ours (Lit's own development-mode notes in the npm build are not). */
const ourWarnings = ({ spy }: HostPage) => spy.warnings.filter((w) => w.includes('[viewpoint-cards]'));

/** Every widget shows its story, every element reported story-load, nothing failed. */
function expectAllShown({ spy, widgets }: HostPage): void {
  expect(spy.failures).to.deep.equal([]);
  expect(spy.loads).to.have.length(REPORTING);
  expect(widgets.map(shown)).to.deep.equal(widgets.map(() => 'content'));
}

const loadedScripts = (doc: Document) =>
  doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);

describe('beside other code on the host page', function () {
  this.timeout(60000);
  const figures: Record<string, unknown> = {};
  after(() => reportFigures('coexistence', figures));

  it('works with the bundle loaded twice, silently', async () => {
    const page = await openHostPage('twice');
    expectAllShown(page);
    expect(loadedScripts(page.doc)).to.include.members(['/dist/viewpoint-cards.js', '/dist/viewpoint-cards.js?copy=2']);
    expect(page.spy.errors).to.deep.equal([]);
    expect(ourWarnings(page)).to.deep.equal([]);
    figures.twice = 'ok';
  });

  for (const order of ['bundle-then-npm', 'npm-then-bundle']) {
    it(`works with the bundle and the npm build (through an import map) on one page: ${order}`, async () => {
      const page = await openHostPage(order);
      expectAllShown(page);
      expect(loadedScripts(page.doc)).to.include.members(['/dist/viewpoint-cards.js', '/dist/index.js']);
      expect(page.spy.errors).to.deep.equal([]);
      expect(ourWarnings(page)).to.deep.equal([]);
      figures[order] = 'ok';
    });
  }

  it("two copies under the strict CSP need 'allow-duplicates' for Lit's policy, and then work", async () => {
    const page = await openHostPage('twice', [...STRICT, "trusted-types lit-html 'allow-duplicates'"].join('; '));
    expectAllShown(page);
    expect(page.spy.violations).to.deep.equal([]);
    expect(page.spy.errors).to.deep.equal([]);
  });

  it('keeps every widget working when a host listener for story-load throws', async () => {
    const page = await openHostPage('throwing-listener');
    expectAllShown(page);
    // The host's own errors reach the host's error handler, once per event; none comes from the widgets.
    expect(page.spy.errors).to.have.length(REPORTING);
    expect(page.spy.errors.every((e) => e.includes('host listener for story-load failed'))).to.equal(true);
  });

  it('stays readable under `* { all: unset }` and `a { display: none }`', async () => {
    const page = await openHostPage('hostile-styles');
    expectAllShown(page);
    const view = page.doc.defaultView!;
    for (const widget of page.widgets) {
      const name = widget.localName;
      const box = widget.getBoundingClientRect();
      expect(box.width * box.height, `${name} takes space`).to.be.above(0);
      const heading = widget.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]')!;
      expect(heading.getClientRects().length, `${name}'s heading is laid out`).to.be.above(0);
      expect(parseFloat(view.getComputedStyle(heading).fontSize)).to.be.at.least(12);
      for (const link of widget.shadowRoot!.querySelectorAll('a')) {
        expect(view.getComputedStyle(link).display, `a link in ${name}`).not.to.equal('none');
      }
    }
    const links = page.widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll('a')]);
    expect(links.length, 'the page shows links to check').to.be.above(0);
    // Inline JSON children stay data: never shown, even when a reset makes every element inline.
    for (const script of page.doc.querySelectorAll('script[type="application/json"]')) {
      expect(script.getClientRects().length, `inline JSON inside <${script.parentElement!.localName}>`).to.equal(0);
    }
    figures.hostileStyles = { widgets: page.widgets.length, links: links.length };
  });
});
