/**
 * An option of `renderStory` the renderer does not know (element, theme,
 * heading level). A TypeError, as callers were told; its own class so the
 * command line can tell a wrong flag from a failure inside rendering.
 */
export class RenderOptionError extends TypeError {
  override name = 'RenderOptionError';
}
