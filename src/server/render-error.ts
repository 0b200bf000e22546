/** The renderer failed on a valid story and valid options: a bug in viewpoint-cards, not in the input (exit code 3). */
export class RenderError extends Error {
  override name = 'RenderError';
}
