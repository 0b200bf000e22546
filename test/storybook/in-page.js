// Functions run inside a story's iframe (puppeteer serialises each one on its
// own, so none may use anything from this module's scope).

/** Waits for Storybook to finish rendering the story (play function included); returns what the check needs from it. */
export async function renderedStory(timeout) {
  const started = Date.now();
  for (;;) {
    const render = window.__STORYBOOK_PREVIEW__?.currentRender;
    if (render?.story && ['finished', 'errored', 'aborted'].includes(render.phase)) {
      const { parameters = {}, storyGlobals = {} } = render.story;
      const size = parameters.viewport?.options?.[storyGlobals.viewport?.value ?? '']?.styles;
      return {
        phase: render.phase,
        lockedTheme: storyGlobals.theme,
        expectedErrors: parameters.expectedErrors ?? [],
        staysLoading: Boolean(parameters.staysLoading),
        a11y: { config: parameters.a11y?.config ?? {}, options: parameters.a11y?.options ?? {} },
        viewport: size && { width: parseInt(size.width, 10), height: parseInt(size.height, 10) },
      };
    }
    if (Date.now() - started > timeout)
      throw new Error(`Storybook did not finish rendering (phase: ${render?.phase ?? 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits until every widget has a theme and has left the loading state (or,
 * for a story that stays loading, shows it); returns the number of widgets
 * and the themes the toolbar gave them. `tags`: the widgets' tags (src/registry.ts).
 */
export async function settle(staysLoading, timeout, tags) {
  const started = Date.now();
  for (;;) {
    const widgets = /** @type {import('lit').ReactiveElement[]} */ ([...document.querySelectorAll(tags.join(','))]);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const loading = widgets.filter((widget) => widget.shadowRoot?.querySelector('[part~="loading"]')).length;
    const themed = widgets.every((widget) => widget.hasAttribute('theme'));
    if (widgets.length && themed && (staysLoading ? loading > 0 : loading === 0)) {
      const fromToolbar = widgets.filter((widget) => widget.hasAttribute('data-toolbar-theme'));
      return {
        count: widgets.length,
        toolbarThemes: [...new Set(fromToolbar.map((widget) => widget.getAttribute('theme')))],
      };
    }
    if (Date.now() - started > timeout) {
      throw new Error(`widgets did not settle: ${widgets.length} widgets, ${loading} loading, themed: ${themed}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Runs axe on the story with the story's own a11y parameters (as the a11y panel does); returns the violations.
 * @param {{ config: import('axe-core').Spec, options: import('axe-core').RunOptions }} a11y
 */
export async function runAxe({ config, options }) {
  const axe = window.axe;
  axe.reset();
  axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
  // Only violations are reported; skipping the rest of the results makes axe faster.
  const result = await axe.run({ include: ['#storybook-root'] }, { resultTypes: ['violations'], ...options });
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes
      .slice(0, 3)
      .map(
        (node) =>
          `${node.target.join(' ')}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
  }));
}

/** Waits for a docs page to show its content; throws if Storybook shows its error display instead. */
export async function renderedDocs(timeout) {
  const started = Date.now();
  for (;;) {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      throw new Error(`Storybook error: ${document.querySelector('#error-message')?.textContent ?? ''}`);
    }
    const content = document.querySelector('#storybook-docs .sbdocs-content');
    if (content?.textContent?.trim()) return;
    if (Date.now() - started > timeout) throw new Error('the docs page did not render');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * What the Language switch did to the widgets: the languages they sit in (the
 * nearest `lang`, as they read it), their text directions, and whether any
 * of them shows the English heading "Sources" (a label left in English).
 */
export function languages(tags) {
  const widgets = [...document.querySelectorAll(tags.join(','))];
  const base = (widget) => widget.shadowRoot?.querySelector('[part~="base"]');
  return {
    langs: [...new Set(widgets.map((widget) => widget.closest('[lang]')?.getAttribute('lang')))],
    dirs: [...new Set(widgets.map((widget) => getComputedStyle(base(widget) ?? widget).direction))],
    english: widgets.some((widget) =>
      /^Sources\b/.test(widget.shadowRoot?.querySelector('h1, h2, h3')?.textContent ?? ''),
    ),
  };
}
