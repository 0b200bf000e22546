/**
 * embed.js, for a host page that shows embed pages in iframes without a CMS
 * doing it: sizes each iframe to the height its embed page reports, and
 * hides the fallback blockquote before it once the frame has spoken.
 *
 * A message counts only when it comes from an iframe of this page
 * (`event.source`) and from that iframe's origin: its `src` origin, or the
 * opaque origin `null` when the iframe is sandboxed without
 * `allow-same-origin` (as oEmbed code is).
 */
import { MAX_HEIGHT, SIZE_REQUEST, isHeightMessage } from './protocol.js';

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === source) return frame;
  return undefined;
}

function fromItsOrigin(frame: HTMLIFrameElement, origin: string): boolean {
  const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
  return opaque ? origin === 'null' : origin === new URL(frame.src, document.baseURI).origin;
}

addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  const frame = frameOf(event.source);
  if (!frame || !fromItsOrigin(frame, event.origin)) return;
  const height = Math.min(Math.round(event.data.height), MAX_HEIGHT);
  frame.height = String(height);
  frame.style.height = `${height}px`;
  const fallback = frame.previousElementSibling;
  if (fallback?.localName === 'blockquote' && fallback.classList.contains('viewpoint-cards-embed')) {
    (fallback as HTMLElement).style.display = 'none';
  }
});

// Frames that loaded before this script could hear them: ask for their height again.
for (const frame of document.querySelectorAll('iframe')) frame.contentWindow?.postMessage({ type: SIZE_REQUEST }, '*');
