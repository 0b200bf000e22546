// In-page half of the benchmark (window.bench). One call = one sample; the
// runner in Node decides the order (round-robin across variants, so that
// noise from other processes falls on all of them alike).
//
// A sample: empty stage, GC, two quiet frames; then mark, parse the variant's
// HTML text into the page, let it render (widgets: until every element's
// update completed; plain DOM: the builder runs), and wait for the next
// animation frame plus a task, so that style, layout and paint of that frame
// are inside the measure.

// The widgets' tags (src/registry.ts), handed over by the runner in `bench.ready()`.
let WIDGETS = [];
const stage = document.getElementById('stage');
const markups = new Map();
const updates = new Map();
const range = document.createRange();
range.selectNodeContents(stage);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const widgetsIn = (root) => [...root.querySelectorAll(WIDGETS.join(','))];
const rendered = (root) => Promise.all(widgetsIn(root).map((el) => el.updateComplete));

/** Empties the stage and lets the removal's layout, paint and garbage settle first. */
async function quiet() {
  stage.replaceChildren();
  await frame();
  await frame();
  window.gc();
  window.gc();
}

/**
 * The markup with a field no story has ("sample": n) in every inline story:
 * each sample is then new text, as on a page that was just opened, and no
 * cache of a previous sample can serve it.
 */
let samples = 0;
function fresh(markup) {
  samples++;
  return markup.replaceAll(
    '<script type="application/json">{',
    `<script type="application/json">{"sample":${samples},`,
  );
}

/** Parses `markup` into the stage and brings it to a painted frame. */
async function show(variant, markup) {
  stage.append(range.createContextualFragment(markup));
  if (variant === 'plain') window.plainDom.renderAll(stage);
  if (variant === 'widgets') await rendered(stage);
}

function measure(name, start) {
  return performance.measure(name, start).duration;
}

/** Every node in `root`, shadow trees included. */
function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return count;
}

// ---- the static baseline: the widgets' own output, as plain light-DOM HTML + one stylesheet

/** `:host(x) y` → `.vc-tag x y`; `y` → `.vc-tag y`: the shadow styles as page styles scoped by class. */
function scopeSelector(selector, scope) {
  return selector
    .split(',')
    .map((part) => {
      const s = part.trim();
      if (s.startsWith(':host(')) {
        let depth = 0;
        let i = 5;
        for (; i < s.length; i++) {
          if (s[i] === '(') depth++;
          else if (s[i] === ')' && --depth === 0) break;
        }
        return scope + s.slice(6, i) + s.slice(i + 1);
      }
      if (s.startsWith(':host')) return scope + s.slice(5);
      return `${scope} ${s}`;
    })
    .join(', ');
}

function scopeRules(rules, scope) {
  return [...rules]
    .map((rule) => {
      if (rule instanceof CSSStyleRule)
        return scopeSelector(rule.selectorText, scope) + rule.cssText.slice(rule.selectorText.length);
      if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText} {\n${scopeRules(rule.cssRules, scope)}\n}`;
      return rule.cssText;
    })
    .join('\n');
}

function installStaticStyles() {
  const text = WIDGETS.map((tag) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      customElements
        .get(tag)
        .elementStyles.map((style) => style.cssText)
        .join('\n'),
    );
    return scopeRules(sheet.cssRules, `.vc-${tag}`);
  }).join('\n');
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return text.length;
}

/** Static HTML for `stories`: what the widgets render, serialized, without Lit's comment markers. */
async function staticMarkup(stories, widgets = WIDGETS) {
  const scratch = document.createElement('div');
  scratch.hidden = true;
  document.body.append(scratch);
  const parts = [];
  for (const story of stories) {
    for (const tag of widgets) {
      const el = document.createElement(tag);
      el.story = story;
      scratch.append(el);
      await el.updateComplete;
      const inner = el.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      parts.push(`<div class="vc vc-${tag}">${inner}</div>`);
      el.remove();
    }
  }
  scratch.remove();
  return parts.join('\n');
}

// ---- API used by the runner

window.bench = {
  async ready(widgets) {
    WIDGETS = widgets;
    await Promise.all(WIDGETS.map((tag) => customElements.whenDefined(tag)));
    return { staticCssChars: installStaticStyles(), chromium: navigator.userAgent };
  },

  /** Registers the three variants of one scenario (the static one is derived here). */
  async prepare(key, { widgets, plain, stories, tags }) {
    markups.set(`${key}:widgets`, widgets);
    markups.set(`${key}:plain`, plain);
    markups.set(`${key}:static`, await staticMarkup(stories, tags));
  },

  /** A variant's HTML text (to inspect or profile it). */
  markup: (key, variant) => markups.get(`${key}:${variant}`),

  /** One render sample: ms from parsing the variant's HTML to its painted frame. */
  async render(key, variant) {
    await quiet();
    const markup = fresh(markups.get(`${key}:${variant}`));
    performance.mark('start');
    await show(variant, markup);
    await frame();
    return measure(`${key}:${variant}`, 'start');
  },

  /** Nodes per variant after rendering, and a check that every widget shows its story (not a loading or error state). */
  async nodes(key, variant) {
    await quiet();
    await show(variant, markups.get(`${key}:${variant}`));
    const bad = widgetsIn(stage).filter((el) => !el.shadowRoot?.querySelector('section.base'));
    if (bad.length) throw new Error(`${bad.length} widget(s) did not render their story in ${key}`);
    return countNodes(stage);
  },

  /**
   * Renders the widgets and plain variants of a 1-widget scenario side by
   * side, each in its own slot, for `update` samples.
   */
  async prepareUpdates(key) {
    await quiet();
    for (const variant of ['widgets', 'plain']) {
      const slot = document.createElement('div');
      slot.dataset.variant = variant;
      stage.append(slot);
      slot.append(range.createContextualFragment(markups.get(`${key}:${variant}`)));
      if (variant === 'plain') window.plainDom.renderAll(slot);
      else await rendered(slot);
      const el = slot.firstElementChild;
      updates.set(variant, { slot, el, story: JSON.parse(el.querySelector(':scope > script').textContent), round: 0 });
    }
  },

  /**
   * One update sample: only the variant's slot is displayed (switched
   * outside the measure); `heading` toggles heading-level 2 ↔ 3, `story` sets
   * a new story object (a fresh copy, so it is validated again) that differs
   * in one source's headline. The plain baseline does the same with direct
   * DOM calls.
   */
  async update(variant, kind) {
    const state = updates.get(variant);
    for (const other of updates.values()) other.slot.hidden = other !== state;
    await frame();
    await frame();
    const round = ++state.round;
    const level = round % 2 ? 3 : 2;
    const headline = `${state.story.sources[500].headline}${round % 2 ? ' (updated)' : ''}`;
    const { el } = state;
    performance.mark('start');
    if (variant === 'widgets') {
      if (kind === 'heading') el.headingLevel = level;
      else
        el.story = {
          ...state.story,
          sources: state.story.sources.map((s, i) => ({ ...s, headline: i === 500 ? headline : s.headline })),
        };
      await el.updateComplete;
    } else if (kind === 'heading') {
      const old = el.querySelector('[part~="heading"]');
      const next = document.createElement(`h${level}`);
      for (const name of old.getAttributeNames()) next.setAttribute(name, old.getAttribute(name));
      next.append(...old.childNodes);
      old.replaceWith(next);
    } else {
      el.querySelectorAll('.headline')[500].textContent = headline;
    }
    await frame();
    return measure(`${variant}:${kind}`, 'start');
  },

  /** Bytes of JS heap (after GC) and nodes that a rendered variant adds to the page. */
  async memory(key, variant) {
    await quiet();
    const before = performance.memory.usedJSHeapSize;
    await show(variant, fresh(markups.get(`${key}:${variant}`)));
    await frame();
    window.gc();
    window.gc();
    return { bytes: performance.memory.usedJSHeapSize - before, nodes: countNodes(stage) };
  },
};
