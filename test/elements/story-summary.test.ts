import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { StorySummary } from '../../src/index.js';
import { $, $$, failed, loaded, seed, seedCopy, shownText } from '../helpers.js';
import { shown } from '../reader.js';

/** A paragraph as a reader sees it before opening any citation: the text with its "[n]" markers. */
// Spaces collapse, and a citation sits right after its word, whatever spaces the data has before it.
const asRead = (paragraph: string) =>
  paragraph
    .replace(/\s+/g, ' ')
    .replace(/ (?=\[\d+\])/g, '')
    .trim();
/** What the reader sees of a paragraph: visible text, without the hidden names of its citations. */
function visibleText(p: HTMLElement): string {
  const copy = p.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden, [hidden]').forEach((node) => node.remove());
  return shown(copy);
}

describe('<story-summary>', () => {
  describe('shows every fact of the seed story', () => {
    let el: StorySummary;
    before(async () => {
      ({ el } = await loaded<StorySummary>(html`<story-summary .story=${seed}></story-summary>`));
    });
    // `loaded` removes the element after each test; keep this one on the page for the whole block.
    beforeEach(() => !el.isConnected && document.body.append(el));
    after(() => el.remove());

    it('the topic, the title as the heading, and the dek', () => {
      expect(shown($(el, '[part~="topic"]'))).to.equal('ai');
      expect(shown($(el, 'h2[part~="heading"]'))).to.equal(seed.title);
      expect(shown($(el, '[part~="summary"]'))).to.equal(seed.summary);
    });

    it('the three main perspectives, each with its label and summary', () => {
      const items = $$(el, '[part~="perspectives"] > li');
      expect(items).to.have.length(3);
      seed.perspectives!.forEach((perspective, i) => {
        expect(shown(items[i]!)).to.contain(perspective.label).and.contain(perspective.summary);
      });
    });

    it('why it matters, under its own heading', () => {
      expect($$(el, 'h3').map(shown)).to.include('Why this matters');
      expect(shown($(el, '[part~="why"]'))).to.equal(seed.whyItMatters);
    });

    it('the five body paragraphs, word for word, with their [n] markers', () => {
      const paragraphs = $$(el, '[part~="body"] > p');
      expect(paragraphs).to.have.length(5);
      seed.body!.forEach((paragraph, i) => expect(visibleText(paragraphs[i]!)).to.equal(asRead(paragraph)));
    });

    it('the four related stories with their source counts, under "More in ai"', () => {
      expect($$(el, 'h3').map(shown)).to.include('More in ai');
      const items = $$(el, '[part~="related"] > li');
      expect(items).to.have.length(4);
      seed.related!.forEach((related, i) => {
        expect(shown(items[i]!)).to.contain(related.title).and.contain(`${related.sourceCount} sources`);
      });
    });

    it('the story in its own language', () => {
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
      expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
    });
  });

  it('shows the updated date as a readable date with a machine-readable time', async () => {
    const { el } = await loaded(
      html`<story-summary .story=${{ ...seedCopy(), updatedAt: '2026-11-29T05:40:00Z' }}></story-summary>`,
    );
    const time = $(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-29T05:40:00Z');
    expect(shown(time)).to.match(/^Updated November 2\d, 2026$/);
  });

  describe('the updated date, for readers in any time zone', () => {
    afterEach(() => executeServerCommand('emulate-timezone', { timezoneId: null }));

    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      it(`shows a date-only updatedAt as that very day in ${zone}`, async () => {
        await executeServerCommand('emulate-timezone', { timezoneId: zone });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        const { el } = await loaded(
          html`<story-summary .story=${{ ...seedCopy(), updatedAt: '2026-11-29' }}></story-summary>`,
        );
        expect(shown($(el, 'time'))).to.equal('Updated November 29, 2026');
      });
    }

    it("shows a date-time with an offset in the reader's own time zone", async () => {
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
      const { el } = await loaded(
        html`<story-summary .story=${{ ...seedCopy(), updatedAt: '2026-11-29T05:40:00Z' }}></story-summary>`,
      );
      expect(shown($(el, 'time'))).to.equal('Updated November 28, 2026');
    });
  });

  it('shows "1 source" for a related story with one source, and leaves a missing count out', async () => {
    const story = seedCopy();
    story.related = [{ title: 'One', sourceCount: 1 }, { title: 'Unknown' }];
    const { el } = await loaded(html`<story-summary .story=${story}></story-summary>`);
    const items = $$(el, '[part~="related"] > li').map(shown);
    expect(items[0]).to.equal('One 1 source');
    expect(items[1]).to.equal('Unknown');
  });

  it('links a related story only to an http(s) address', async () => {
    const story = seedCopy();
    story.related = [
      { title: 'Safe', url: 'https://news.example/safe' },
      { title: 'Unsafe', url: 'javascript:alert(1)' },
    ];
    const warn = console.warn;
    console.warn = () => {};
    try {
      const { el } = await loaded(html`<story-summary .story=${story}></story-summary>`);
      const links = $$(el, '[part~="related"] a');
      expect(links.map(shown)).to.deep.equal(['Safe']);
      expect(links[0]!.getAttribute('href')).to.equal('https://news.example/safe');
    } finally {
      console.warn = warn;
    }
  });

  describe('citations', () => {
    const cardOf = (el: Element, button: Element) =>
      el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!) as HTMLElement;
    const firstParagraphCitations = (el: Element) =>
      $$(el, '[part~="body"] > p')[0]!.querySelectorAll<HTMLButtonElement>('button[part~="citation"]');

    it('turns each [n] with a source into a collapsed button named after its source', async () => {
      const { el } = await loaded(html`<story-summary .story=${seed}></story-summary>`);
      const buttons = [...firstParagraphCitations(el)];
      // "... giants [1]. ... researchers [2]. ... risk.[1][2]"
      expect(buttons.map((b) => shown(b.querySelector('[aria-hidden="true"]')))).to.deep.equal([
        '[1]',
        '[2]',
        '[1]',
        '[2]',
      ]);
      expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(shown(buttons[0]!.querySelector('.visually-hidden'))).to.equal('Source 1: Reason, Lean Right');
      expect($$(el, 'button[part~="citation"]')).to.have.length(seed.body!.join('').match(/\[\d+\]/g)!.length);
    });

    it('reveals number, outlet, lean and headline in a popover on click, and hides them again', async () => {
      const { el } = await loaded<StorySummary>(html`<story-summary .story=${seed}></story-summary>`);
      const button = firstParagraphCitations(el)[1]!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const card = cardOf(el, button);
      expect(card.matches('[part~="citation-card"]')).to.equal(true);
      expect(card.hidden).to.equal(false);
      expect(button.getAttribute('aria-controls')).to.equal(card.id);
      expect(shown(card))
        .to.contain('[2]')
        .and.contain('Time')
        .and.contain('Lean Left')
        .and.contain('Elon Musk Backs California AI Safety Bill SB 1047');
      expect(card.querySelector('a'), 'no link: the seed has no urls').to.equal(null);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(card.hidden).to.equal(true);
    });

    it('opens with the keyboard and closes with Escape', async () => {
      const { el } = await loaded<StorySummary>(html`<story-summary .story=${seed}></story-summary>`);
      const button = firstParagraphCitations(el)[0]!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(cardOf(el, button).hidden).to.equal(true);
    });

    it('closes with Escape from the link inside the revealed source, and puts focus back on the citation', async () => {
      const story = seedCopy();
      story.sources![0]!.url = 'https://reason.com/a';
      const { el } = await loaded<StorySummary>(html`<story-summary .story=${story}></story-summary>`);
      const button = firstParagraphCitations(el)[0]!;
      button.click();
      await el.updateComplete;
      cardOf(el, button).querySelector('a')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('keeps one citation open at a time', async () => {
      const { el } = await loaded<StorySummary>(html`<story-summary .story=${seed}></story-summary>`);
      const [first, second] = firstParagraphCitations(el);
      first!.click();
      await el.updateComplete;
      second!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('offers a "Read on" link in the revealed source when it has an http(s) url', async () => {
      const story = seedCopy();
      story.sources![0]!.url = 'https://reason.com/2024/sb1047';
      const { el } = await loaded<StorySummary>(html`<story-summary .story=${story}></story-summary>`);
      const button = firstParagraphCitations(el)[0]!;
      button.click();
      await el.updateComplete;
      const link = cardOf(el, button).querySelector('a')!;
      expect(link.href).to.equal('https://reason.com/2024/sb1047');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(shown(link)).to.contain('Read on Reason');
    });

    it('leaves a citation without a matching source as plain text', async () => {
      const story = seedCopy();
      story.body = ['Cited [2], not cited [9], and [0].'];
      const { el } = await loaded(html`<story-summary .story=${story}></story-summary>`);
      const paragraph = $(el, '[part~="body"] > p')!;
      expect(paragraph.querySelectorAll('button')).to.have.length(1);
      expect(visibleText(paragraph)).to.equal('Cited[2], not cited [9], and [0].');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" makes the title an h${level} and section headings h${Math.min(level + 1, 6)}`, async () => {
        const { el } = await loaded(html`<story-summary heading-level=${level} .story=${seed}></story-summary>`);
        expect(shown($(el, `h${level}[part~="heading"]`))).to.equal(seed.title);
        const sub = Math.min(level + 1, 6);
        expect($$(el, `h${sub}[part~="subheading"]`).map(shown)).to.deep.equal([
          'Main perspectives',
          'Why this matters',
          'More in ai',
        ]);
      });
    }
    for (const bad of ['0', '7', '-1', 'three', '']) {
      it(`falls back to h2 for heading-level="${bad}"`, async () => {
        const { el } = await loaded(html`<story-summary heading-level=${bad} .story=${seed}></story-summary>`);
        expect(shown($(el, 'h2[part~="heading"]'))).to.equal(seed.title);
        expect($$(el, 'h3')).to.have.length(3);
      });
    }
  });

  describe('language and direction', () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['he-IL', 'rtl'],
      ['fa', 'rtl'],
      ['ur-PK', 'rtl'],
      ['de', 'ltr'],
      ['zh-Hant-TW', 'ltr'],
    ]) {
      it(`lang "${lang}" is written ${dir}`, async () => {
        const { el } = await loaded(html`<story-summary .story=${{ ...seedCopy(), lang }}></story-summary>`);
        const base = $(el, '[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(dir);
        expect(getComputedStyle(base).direction).to.equal(dir);
      });
    }

    it('sets neither when the story names no language (the page decides)', async () => {
      const { lang: _lang, ...story } = seedCopy();
      const { el } = await loaded(html`<story-summary .story=${story}></story-summary>`);
      expect($(el, '[part~="base"]')!.hasAttribute('lang')).to.equal(false);
      expect($(el, '[part~="base"]')!.hasAttribute('dir')).to.equal(false);
    });
  });

  it('shows translated labels, filled in as text', async () => {
    const labels = {
      perspectives: 'Hauptperspektiven',
      whyItMatters: 'Warum das wichtig ist',
      related: 'Mehr zu <b>{topic}</b>',
      citation: 'Quelle {n}: {outlet}',
    };
    const { el } = await loaded(html`<story-summary .labels=${labels} .story=${seed}></story-summary>`);
    expect($$(el, 'h3').map(shown)).to.deep.equal(['Hauptperspektiven', 'Warum das wichtig ist', 'Mehr zu <b>ai</b>']);
    expect($(el, 'h3 b')).to.equal(null);
    expect(shown($(el, 'button[part~="citation"] .visually-hidden'))).to.equal('Quelle 1: Reason');
    expect(shownText(el)).not.to.contain('Why this matters');
  });

  it('shows story text as text, never as markup', async () => {
    const story = {
      ...seedCopy(),
      title: '<img src=x onerror="window.__pwned=1">Title',
      summary: '<script>window.__pwned=1</script>',
    };
    const { el } = await loaded(html`<story-summary .story=${story}></story-summary>`);
    expect(shown($(el, '[part~="heading"]'))).to.equal(story.title);
    expect($(el, 'img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows only the sections the story has', async () => {
    const { el } = await loaded(html`<story-summary .story=${{ id: 'bare', title: 'Just a title' }}></story-summary>`);
    expect(shownText(el)).to.equal('Just a title');
  });

  it('says the story has the wrong format when given an object that is not a story', async () => {
    const { el, detail } = await failed(html`<story-summary .story=${{ id: 'x' }}></story-summary>`);
    expect(detail.kind).to.equal('schema');
    expect(detail.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['title']);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(shown($(el, '[part~="error"]'))).to.equal('Coverage details are unavailable.');
  });

  it('a revealed citation says what kind of source it is, behind a subscription, and when published, as text', async () => {
    const story = seedCopy();
    Object.assign(story.sources![0]!, { type: 'opinion', paywalled: true, publishedAt: '2026-03-02' });
    const { el } = await loaded(html`<story-summary .story=${story}></story-summary>`);
    $(el, 'button[part~="citation"]')!.click();
    await (el as StorySummary).updateComplete;
    expect(shown($(el, '[part~="citation-card"] [part~="meta"]'))).to.equal(
      'Opinion Subscription Published March 2, 2026',
    );
  });
});
