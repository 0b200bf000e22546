import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { loaded, shownText, seed } from '../helpers.js';

describe('smoke', () => {
  it('renders the seed title from the story property', async () => {
    const { el } = await loaded(html`<story-summary .story=${seed}></story-summary>`);
    expect(shownText(el)).to.contain(seed.title);
    await expect(el).to.be.accessible();
  });
});
