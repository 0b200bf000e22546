// Globals that the tests' own scripts put on the pages they drive, typed for
// the in-page functions that read them (tsconfig.test-js.json).

/** What test/security/pages/spy.js records on a host page, each a list of short lines. */
interface PageSpy {
  violations: string[];
  errors: string[];
  evals: string[];
  policies: string[];
  warnings: string[];
  loads: string[];
  failures: string[];
}

/** The parts of Storybook's current render that test/storybook/in-page.js reads. */
interface StorybookRender {
  phase: string;
  story?: {
    parameters?: {
      expectedErrors?: string[];
      staysLoading?: boolean;
      a11y?: { config?: import('axe-core').Spec; options?: import('axe-core').RunOptions };
      viewport?: { options?: Record<string, { styles: { width: string; height: string } }> };
    };
    storyGlobals?: { theme?: string; viewport?: { value: string } };
  };
}

interface Window {
  __spy: PageSpy;
  __STORYBOOK_PREVIEW__?: { currentRender?: StorybookRender };
  /** axe-core, added to the page with a script tag. */
  axe: typeof import('axe-core');
  /** Layout-shift values a page collected (test/design). */
  shifts: number[];
}
