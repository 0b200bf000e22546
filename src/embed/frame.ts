/**
 * Runs in an embed page (dist/embed-frame.js, a classic script so that it
 * needs no CORS headers in a sandboxed iframe): tells the parent page the
 * content's height when the page loads and whenever it changes (a viewpoint
 * or a citation opens), in our message and in WordPress's.
 */
import { HEIGHT_MESSAGE, SIZE_REQUEST } from './protocol.js';

// WordPress adds `#?secret=…` to the iframe's URL and only accepts messages that carry it.
const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
let sent = -1;

function sendHeight(force = false): void {
  // The root element's box is as tall as the content (not the viewport); round up so nothing is cut.
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent === window || (height === sent && !force)) return;
  sent = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}

new ResizeObserver(() => sendHeight()).observe(document.documentElement);
addEventListener('load', () => sendHeight(true));
addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const data = event.data as { type?: unknown; message?: unknown; secret?: unknown } | null;
  if (data?.type === SIZE_REQUEST || (secret && data?.message === 'ready' && data.secret === secret)) sendHeight(true);
});
