// The "Loading" stories need a story URL that never answers. A static file
// cannot do that, so both servers that show Storybook here (the Vite dev
// server of `npm run storybook`, via main.ts, and the check server of
// `npm run test:storybook`) route this one path prefix to this handler: it
// accepts the request and never writes a byte. Any other static host answers
// 404 instead, and the Loading stories then show the HTTP error.
export const HELD_OPEN_PREFIX = '/held-open/';

/** Connect-style middleware: holds requests under HELD_OPEN_PREFIX open until the client leaves. */
export function holdOpen(req, res, next) {
  if (!req.url?.startsWith(HELD_OPEN_PREFIX)) return next();
  req.on('close', () => res.destroy());
}
