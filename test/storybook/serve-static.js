// The built Storybook (storybook-static/) on a free port of 127.0.0.1, with
// the never-answering route of the Loading stories in front of the files.
import { startStaticServer } from '../../scripts/static-server.js';
import { holdOpen } from '../../.storybook/held-open.js';

/** Serves `root`; resolves with its base URL and a close() (which also ends held-open requests). */
export async function serveStatic(root) {
  const { url, close } = await startStaticServer({ routes: { '/': root }, middleware: [holdOpen] });
  return { url, close };
}
