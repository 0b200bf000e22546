/**
 * The messages between an embed page (in an iframe) and the page around it.
 *
 * The embed page posts `{ type: 'viewpoint-cards:height', height }` to its
 * parent when it loads and whenever its content changes height; a parent may
 * post `{ type: 'viewpoint-cards:size-request' }` to have it sent again.
 * It also speaks WordPress's embed protocol (`{ message: 'height', value,
 * secret }`, answering WordPress's `ready`), so a WordPress post resizes the
 * iframe with no plugin. Heights are not secret: they go to any parent ('*').
 */
export const HEIGHT_MESSAGE = 'viewpoint-cards:height';
export const SIZE_REQUEST = 'viewpoint-cards:size-request';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The content's height in CSS pixels, a whole number. */
  height: number;
}

/** Tallest height a host page accepts, so that a broken embed cannot make its frame endless. */
export const MAX_HEIGHT = 20000;

export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === HEIGHT_MESSAGE &&
    Number.isFinite(message.height) &&
    message.height! >= 0
  );
}
