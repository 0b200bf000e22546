/**
 * viewpoint-cards/server: validate, prerender and describe stories in Node
 * (a CMS pipeline, Express, Astro, Next, Eleventy). Not for the browser.
 * Validation, JSON-LD and the CSP sources need nothing else; rendering needs
 * `@lit-labs/ssr` installed beside the package (an optional peer dependency).
 *
 * @example
 * ```js
 * import { validateStory, renderStory, storyJsonLdScript } from 'viewpoint-cards/server';
 * const html = (await renderStory(story, { element: 'source-list', headingLevel: 3 })) + storyJsonLdScript(story);
 * ```
 */
export {
  validateStory,
  validateStoryText,
  type StoryProblem,
  type StoryValidation,
  type ValidateOptions,
} from './validate-story.js';
export {
  renderStory,
  MissingRendererError,
  ELEMENT_NAMES,
  THEMES,
  type ElementName,
  type RenderOptions,
} from './render-story.js';
export { storyJsonLd, storyJsonLdScript, type JsonLdOptions } from './story-json-ld.js';
export { scriptJson } from './script-json.js';
export { cspStyleHashes, contentSecurityPolicy } from './csp.js';
