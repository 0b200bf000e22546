import type { LitElement } from 'lit';
// What a reader notices, in Chromium: a citation that opens without moving
// its paragraph, targets big enough to hit, light by default, paper and
// forced colours, reflow at 320 px with 200 % text, calm errors.
import { assert, expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { $, $$, failed, loaded, seedCopy, shownText, unique } from '../helpers.js';

// Mounted through the story-load helper, not fixture(): fixture waits for an animation frame, which a
// background tab (two test files at once) may not get.
const mount = async (template: TemplateResult) => (await loaded<HTMLElement>(template)).el;

const box = (el: Element) => el.getBoundingClientRect();
const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
const luminance = (color: string) => rgb(color).reduce((sum, c) => sum + c, 0) / 3;

async function summary(story = seedCopy()) {
  return loaded<HTMLElement>(html`<story-summary .story=${story}></story-summary>`);
}

describe('citations keep the sentence', () => {
  it('opening one does not change the size of its paragraph, and the popover shows number, outlet, lean, headline', async () => {
    const story = seedCopy();
    story.sources![0]!.url = 'https://example.org/a';
    const { el } = await summary(story);
    const button = $(el, '.citation')!;
    const paragraph = button.closest('p')!;
    const before = box(paragraph);
    button.click();
    await (el as LitElement).updateComplete;
    const after = box(paragraph);
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const card = $(el, '[part~="citation-card"]:not([hidden])')!;
    const source = story.sources![0]!;
    expect(card.innerText).to.contain(`[${source.id}]`).and.contain(source.outlet).and.contain(source.headline);
    expect(card.innerText).to.contain('Lean Right');
    assert.exists(card.querySelector('a[href="https://example.org/a"]'));
    // It opens under the citation's line, not somewhere else on the page.
    expect(box(card).top).to.be.within(box(button).top, box(button).bottom + 24);
  });

  it('closes with Escape and with its close control, giving the focus back; and with a click elsewhere', async () => {
    const { el } = await summary();
    const button = $(el, '.citation')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await (el as LitElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await (el as LitElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);

    button.click();
    await (el as LitElement).updateComplete;
    $(el, '.close')!.click();
    await (el as LitElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);

    button.click();
    await (el as LitElement).updateComplete;
    await sendMouse({ type: 'click', position: [2, 2] });
    await (el as LitElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('stays open when the reader presses inside the revealed source, and closes on a press on the widget’s title', async () => {
    const { el } = await summary();
    const first = $(el, '.citation');
    const centre = (target: Element) => {
      const { left, top, width, height } = box(target);
      return [Math.round(left + width / 2), Math.round(top + height / 2)] as [number, number];
    };
    first!.click();
    await (el as LitElement).updateComplete;
    const headline = $(el, '[part~="citation-card"]:not([hidden]) [part~="headline"]')!;
    await sendMouse({ type: 'click', position: centre(headline) });
    await (el as LitElement).updateComplete;
    expect(first!.getAttribute('aria-expanded'), 'after a press on the headline').to.equal('true');
    await sendMouse({ type: 'click', position: centre($(el, '[part~="heading"]')!) });
    await (el as LitElement).updateComplete;
    expect(first!.getAttribute('aria-expanded'), 'after a press on the title').to.equal('false');
  });

  it('glues [n] to the word before it, whatever spaces the data has', async () => {
    const story = seedCopy();
    story.body = ['A claim   [1] [2] and another.[3]'];
    const { el } = await summary(story);
    const glued = $$(el, '.glue').map((g) => g.textContent!.replace(/Source.*?(?=\[|$)/g, ''));
    expect(glued).to.deep.equal(['claim[1][2]', 'another.[3]']);
  });

  it('gives each citation a target of at least 24×24 px without opening up the line', async () => {
    const story = seedCopy();
    story.body = ['One line [1].', 'One line.'];
    const { el } = await summary(story);
    for (const button of $$(el, '.citation')) {
      expect(box(button).width, 'width').to.be.at.least(24);
      expect(box(button).height, 'height').to.be.at.least(24);
    }
    const [withCitation, without] = $$(el, '.body p');
    expect(box(withCitation!).height).to.equal(box(without!).height);
  });
});

describe('light by default', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('stays light when the reader’s system is dark, unless theme="auto" or theme="dark"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const story = seedCopy();
    const el = await mount(html`<div>
      <coverage-gaps .story=${story}></coverage-gaps>
      <coverage-gaps theme="auto" .story=${story}></coverage-gaps>
      <coverage-gaps theme="dark" .story=${story}></coverage-gaps>
    </div>`);
    const [plain, auto, dark] = [...el.children] as HTMLElement[];
    for (const w of [plain, auto, dark]) await (w as LitElement).updateComplete;
    const background = (w: HTMLElement) => luminance(getComputedStyle($(w, '.base')!).backgroundColor);
    expect(background(plain!)).to.be.above(200);
    expect(background(auto!)).to.be.below(60);
    expect(background(dark!)).to.be.below(60);
  });
});

describe('on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every viewpoint’s detail, in dark text, even from the dark theme', async () => {
    const { el } = await loaded<HTMLElement>(html`<viewpoint-card theme="dark" .story=${seedCopy()}></viewpoint-card>`);
    const detail = $(el, 'details p')!;
    expect(detail.checkVisibility(), 'closed on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(detail.checkVisibility(), 'printed').to.equal(true);
    expect(box(detail).height).to.be.above(0);
    expect(luminance(getComputedStyle(detail).color)).to.be.below(60);
  });
});

describe('reflow at 320 px with 200 % text', () => {
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('never scrolls the page sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    const story = seedCopy();
    await mount(html`<div>
      <story-summary .story=${story}></story-summary><viewpoint-card .story=${story}></viewpoint-card>
      <source-list .story=${story}></source-list><coverage-gaps .story=${story}></coverage-gaps>
    </div>`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('errors are calm', () => {
  it('say one short line, with no alert and no jargon', async () => {
    const { el } = await failed<HTMLElement>(
      html`<source-list src=${`/faults/status/404?key=${unique('calm')}`}></source-list>`,
    );
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(shownText(el)).to.equal('Coverage details are unavailable.');
    expect(shownText(el)).not.to.match(/HTTP|JSON/);
  });

  it('hide-on-error leaves no trace on the page', async () => {
    const { el } = await failed<HTMLElement>(
      html`<source-list hide-on-error src=${`/faults/html?key=${unique('hide')}`}></source-list>`,
    );
    expect(box(el).height).to.equal(0);
    expect(shownText(el)).to.equal('');
  });
});

describe('hierarchy', () => {
  it('omit="topic title dek" leaves them to the page', async () => {
    const story = seedCopy();
    const { el } = await loaded<HTMLElement>(
      html`<story-summary omit="topic title dek" .story=${story}></story-summary>`,
    );
    expect($(el, '[part~="topic"], [part~="heading"], [part~="summary"]')).to.equal(null);
    expect(shownText(el)).to.contain(story.whyItMatters!);
  });
});

describe('viewpoint cards', () => {
  it('opening one does not stretch its row-mate; the disclosure names its viewpoint', async () => {
    const story = seedCopy();
    const el = await mount(html`<div style="width: 48rem"><viewpoint-card .story=${story}></viewpoint-card></div>`);
    const widget = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await widget.updateComplete;
    const cards = $$(widget, '.card');
    const before = box(cards[1]!).height;
    ($(widget, 'details') as HTMLDetailsElement).open = true;
    expect(box(cards[1]!).height).to.equal(before);
    expect($(widget, 'summary')!.textContent).to.contain(story.viewpoints![0]!.name);
  });
});
