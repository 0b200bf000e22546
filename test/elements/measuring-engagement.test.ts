import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, $$, loaded, seedCopy, settled } from '../helpers.js';

/** The first js block of the README section `heading`. */
async function readmeSnippet(heading: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf(`## ${heading}\n`));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  expect(block, `a js block under "${heading}"`).not.to.equal(null);
  return block![1]!;
}

describe('README: Measuring engagement', () => {
  it("the snippet forwards what a reader does to the page's own analytics function", async () => {
    const tracked: [string, unknown][] = [];
    const track = (name: string, data: unknown) => tracked.push([name, data]);
    // The README's code as written, given the page's `track` (it runs in page scope on a real page).
    new Function('track', await readmeSnippet('Measuring engagement'))(track);

    const story = seedCopy();
    story.sources![0]!.url = 'https://news.example/1';
    const { el } = await loaded<HTMLElement>(html`<div>
      <source-list .story=${story}></source-list>
      <viewpoint-card .story=${story}></viewpoint-card>
      <story-summary .story=${story}></story-summary>
    </div>`);
    const [list, card, summary] = [...el.children] as HTMLElement[];
    $$(list!, 'button[part~="filter"]')[0]!.click();
    await settled(list!);
    $(summary!, 'button[part~="citation"]')!.click();
    $(card!, 'summary')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tracked).to.deep.equal([
      ['story-filter-change', { leans: ['left'] }],
      ['story-citation-toggle', { sourceId: 1, open: true }],
      ['story-viewpoint-toggle', { viewpointId: 'open-source-advocates', open: true }],
    ]);
  });

  it('the widgets send nothing anywhere while a reader filters, opens citations and viewpoints', async () => {
    const { el } = await loaded<HTMLElement>(html`<div>
      <source-list .story=${seedCopy()}></source-list>
      <viewpoint-card .story=${seedCopy()}></viewpoint-card>
      <story-summary .story=${seedCopy()}></story-summary>
    </div>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = performance.getEntriesByType('resource').length;
    const [list, card, summary] = [...el.children] as HTMLElement[];
    for (const button of $$(list!, 'button')) button.click();
    for (const citation of $$(summary!, 'button[part~="citation"]')) citation.click();
    for (const toggle of $$(card!, 'summary')) toggle.click();
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(performance.getEntriesByType('resource').length, 'no requests').to.equal(before);
  });
});
