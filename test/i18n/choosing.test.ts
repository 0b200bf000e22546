// Which labels a widget shows, in the npm build (no pack loader: an app imports or registers its packs).
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { registerLabels } from '../../src/index.js';
import { $, loaded, seedCopy, shownText, settled } from '../helpers.js';

const story = (lang?: string) => ({
  ...seedCopy(),
  lang,
  sources: seedCopy().sources!.map((s) => ({ ...s, url: `https://press.example/${s.id}` })),
});

describe('choosing the labels', () => {
  it('shows English for a language nobody registered, then that language once its pack arrives', async () => {
    const { el } = await loaded(html`<source-list .story=${story('eo')}></source-list>`);
    expect($(el, 'h2')!.textContent).to.equal('Sources');
    registerLabels('eo', { sources: 'Fontoj', readOn: 'Legu ĉe {outlet}' });
    await settled(el);
    expect($(el, 'h2')!.textContent).to.equal('Fontoj');
    expect(shownText(el)).to.contain('Legu ĉe Reason').and.contain('Center'); // the rest stays English
  });

  it('takes a regional pack over its language, and the language over English', async () => {
    registerLabels('eo', { 'lean.center': 'Centro' });
    registerLabels('eo-XX', { sources: 'Fontoj de la regiono' });
    const { el } = await loaded(html`<source-list .story=${story('eo-XX')}></source-list>`);
    expect($(el, 'h2')!.textContent).to.equal('Fontoj de la regiono');
    expect(shownText(el)).to.contain('Centro').and.contain('Legu ĉe');
  });

  it('follows the nearest lang around the widget, across a shadow root, when the story has none', async () => {
    registerLabels('eo', { sources: 'Fontoj' });
    const host = document.createElement('div');
    host.lang = 'eo';
    const inner = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const widget = Object.assign(document.createElement('source-list'), { story: story() });
    const done = new Promise((resolve) => widget.addEventListener('story-load', resolve));
    inner.append(widget);
    await done;
    await settled(widget);
    expect($(widget, 'h2')!.textContent).to.equal('Fontoj');
    host.remove();
  });

  it("applies a provider's labels to every widget inside, under each widget's own", async () => {
    const { el } =
      await loaded(html`<story-provider .story=${story()} labels='{"sources": "Our sources", "noGaps": "Nothing missing."}'>
      <source-list></source-list>
      <source-list .labels=${{ sources: 'Mine' }}></source-list>
      <coverage-gaps></coverage-gaps>
    </story-provider>`);
    const [first, second, gaps] = [...el.children];
    await Promise.all([first, second, gaps].map((w) => settled(w!)));
    expect($(first!, 'h2')!.textContent).to.equal('Our sources');
    expect($(second!, 'h2')!.textContent).to.equal('Mine');
    expect(shownText(gaps!)).to.not.contain('Our sources');
  });

  it('reads labels from a JSON attribute, and ignores one that is not JSON', async () => {
    const { el } = await loaded(html`<source-list .story=${story()} labels='{"sources": "Quellen"}'></source-list>`);
    expect($(el, 'h2')!.textContent).to.equal('Quellen');
    el.setAttribute('labels', '{not json');
    await settled(el);
    expect($(el, 'h2')!.textContent).to.equal('Sources');
  });

  it('isolates story text inside a label, so mixed directions read in order', async () => {
    const { el } = await loaded(html`<source-list .story=${story('ar')}></source-list>`);
    const link = $(el, 'a[part~="link"]')!;
    expect(link.querySelector('bdi')!.textContent).to.equal('Reason');
    expect($(el, '[part~="outlet"]')!.localName).to.equal('bdi');
  });
});
