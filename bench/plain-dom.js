// The "plain DOM" baseline: the same markup the four widgets render, built
// with createElement/textContent straight from the JSON. No Lit, no shadow
// DOM, no validation, no translation, no error states: what a careful
// hand-written renderer costs. It lives in the page (window.plainDom).

const LEANS = {
  left: 'Left',
  'lean-left': 'Lean Left',
  center: 'Center',
  'lean-right': 'Lean Right',
  right: 'Right',
  unrated: 'Not rated',
};

/** An element with attributes and children (strings become text nodes). */
function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  el.append(...children.flat().filter((child) => child !== undefined));
  return el;
}

const heading = (level, text, part = 'subheading', id) => h(`h${Math.min(level, 6)}`, { part, id }, text);

function frame(story, ...children) {
  return h('section', { part: 'base', class: 'base', lang: story.lang, 'aria-labelledby': 'heading' }, ...children);
}

function sourceSummary(source) {
  const lean = source.lean ?? 'unrated';
  return [
    h(
      'span',
      { class: 'source-head' },
      h('span', { part: 'outlet', class: 'outlet' }, source.outlet),
      ' ',
      h('span', { part: 'lean', class: `lean lean-${lean}` }, LEANS[lean]),
    ),
    h('span', { part: 'headline', class: 'headline' }, source.headline),
    source.url
      ? h(
          'a',
          { part: 'link', href: source.url, target: '_blank', rel: 'noopener noreferrer' },
          `Read on ${source.outlet}`,
        )
      : undefined,
  ];
}

function storySummary(story) {
  const sources = new Map((story.sources ?? []).map((source) => [source.id, source]));
  const paragraph = (text, i) => {
    const p = h('p');
    let last = 0;
    let j = 0;
    for (const match of text.matchAll(/\[(\d+)\]/g)) {
      p.append(text.slice(last, match.index));
      last = match.index + match[0].length;
      const source = sources.get(Number(match[1]));
      if (!source) {
        p.append(match[0]);
        continue;
      }
      const id = `cite-${i}-${j++}`;
      const card = h('span', { part: 'citation-card', class: 'citation-card', id, hidden: '' });
      const button = h(
        'button',
        { part: 'citation', class: 'citation', type: 'button', 'aria-expanded': 'false', 'aria-controls': id },
        h('span', { 'aria-hidden': 'true' }, `[${source.id}]`),
        h(
          'span',
          { class: 'visually-hidden' },
          `Source ${source.id}: ${source.outlet}, ${LEANS[source.lean ?? 'unrated']}`,
        ),
      );
      button.addEventListener('click', () => {
        const open = card.hidden;
        card.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
        card.replaceChildren(...(open ? sourceSummary(source) : []));
      });
      p.append(button, card);
    }
    p.append(text.slice(last));
    return p;
  };
  return frame(
    story,
    story.topic ? h('p', { part: 'topic', class: 'topic' }, story.topic) : undefined,
    heading(2, story.title, 'heading', 'heading'),
    story.summary ? h('p', { part: 'summary', class: 'dek' }, story.summary) : undefined,
    story.updatedAt
      ? h(
          'p',
          { part: 'updated', class: 'muted' },
          h('time', { datetime: story.updatedAt }, `Updated ${story.updatedAt}`),
        )
      : undefined,
    story.perspectives?.length
      ? [
          heading(3, 'Main perspectives'),
          h(
            'ul',
            { part: 'perspectives', class: 'perspectives' },
            story.perspectives.map((p) =>
              h('li', null, h('strong', { class: 'perspective-label' }, p.label), ' ', h('span', null, p.summary)),
            ),
          ),
        ]
      : undefined,
    story.whyItMatters ? [heading(3, 'Why this matters'), h('p', { part: 'why' }, story.whyItMatters)] : undefined,
    story.body?.length ? h('div', { part: 'body', class: 'body' }, story.body.map(paragraph)) : undefined,
    story.related?.length
      ? [
          heading(3, `More in ${story.topic}`),
          h(
            'ul',
            { part: 'related', class: 'related' },
            story.related.map((item) =>
              h(
                'li',
                null,
                item.topic ? h('span', { class: 'muted related-topic' }, item.topic) : undefined,
                item.url ? h('a', { href: item.url }, item.title) : h('span', { class: 'related-title' }, item.title),
                item.sourceCount === undefined
                  ? undefined
                  : h('span', { class: 'muted' }, `${item.sourceCount} sources`),
              ),
            ),
          ),
        ]
      : undefined,
  );
}

function viewpointCard(story) {
  const sources = new Map((story.sources ?? []).map((source) => [source.id, source]));
  return frame(
    story,
    heading(2, 'Viewpoints in depth', 'heading', 'heading'),
    h(
      'ul',
      { part: 'list', class: 'cards' },
      (story.viewpoints ?? []).map((v) => {
        const cited = (v.sourceIds ?? []).flatMap((id) => sources.get(id) ?? []);
        return h(
          'li',
          { part: 'card', class: 'card' },
          heading(3, v.name, 'name'),
          h('p', { part: 'stance', class: 'stance' }, v.stance),
          v.detail
            ? h(
                'details',
                { part: 'detail' },
                h('summary', { part: 'detail-toggle' }, 'More on this viewpoint'),
                h('p', null, v.detail),
              )
            : undefined,
          cited.length
            ? [
                h('p', { class: 'cited-title muted' }, 'Sources cited'),
                h(
                  'ul',
                  { part: 'cited', class: 'cited' },
                  cited.map((source) => h('li', null, sourceSummary(source))),
                ),
              ]
            : undefined,
        );
      }),
    ),
  );
}

const SVG = 'http://www.w3.org/2000/svg';
function sourceList(story) {
  const sources = story.sources ?? [];
  const counts = new Map();
  for (const source of sources) counts.set(source.lean ?? 'unrated', (counts.get(source.lean ?? 'unrated') ?? 0) + 1);
  const present = Object.keys(LEANS).filter((lean) => counts.has(lean));
  const bar = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    part: 'bar',
    class: 'bar',
    viewBox: '0 0 100 1',
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
  }))
    bar.setAttribute(name, value);
  let x = 0;
  for (const lean of present) {
    const rect = document.createElementNS(SVG, 'rect');
    const width = (counts.get(lean) / sources.length) * 100;
    rect.setAttribute('class', `lean-${lean}`);
    rect.setAttribute('x', String(x));
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', '1');
    bar.append(rect);
    x += width;
  }
  return frame(
    story,
    heading(2, 'Sources', 'heading', 'heading'),
    sources.length
      ? h(
          'div',
          { part: 'distribution', class: 'distribution' },
          bar,
          h(
            'ul',
            { part: 'legend', class: 'legend', 'aria-label': 'Political lean of the sources' },
            present.map((lean) =>
              h(
                'li',
                { class: `lean lean-${lean}` },
                `${LEANS[lean]}: ${counts.get(lean)} (${Math.round((counts.get(lean) / sources.length) * 100)}%)`,
              ),
            ),
          ),
        )
      : undefined,
    h(
      'ol',
      { part: 'list', class: 'sources' },
      sources.map((source) => h('li', { part: 'item', 'data-n': String(source.id) }, sourceSummary(source))),
    ),
  );
}

function coverageGaps(story) {
  const gaps = story.notRepresented ?? [];
  return frame(
    story,
    heading(2, "What's not represented", 'heading', 'heading'),
    gaps.length
      ? h(
          'ul',
          { part: 'list', class: 'gaps' },
          gaps.map((gap) => h('li', null, gap)),
        )
      : h('p', { part: 'empty', class: 'muted' }, 'No gaps in coverage were noted.'),
  );
}

const RENDERERS = {
  'story-summary': storySummary,
  'viewpoint-card': viewpointCard,
  'source-list': sourceList,
  'coverage-gaps': coverageGaps,
};

/**
 * Fills every `<div data-plain="<widget>">` under `root` from its inline JSON
 * child, the way the widgets read theirs.
 */
function renderAll(root) {
  for (const host of root.querySelectorAll('[data-plain]')) {
    const story = JSON.parse(host.querySelector(':scope > script').textContent);
    host.append(RENDERERS[host.dataset.plain](story));
  }
}

window.plainDom = { renderAll };
