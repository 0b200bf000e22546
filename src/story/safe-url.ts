/**
 * Links from story data are followed only when they resolve to http(s):
 * `javascript:`, `data:` and friends are dropped, whatever their case or the
 * spaces and control characters in front of them (URL parsing strips those
 * exactly as the browser would when following the link).
 */
export function safeHttpUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Base URL for links on the server, where there is no page: absolute links
 * pass, relative ones cannot be resolved and are dropped with a warning
 * (viewpoint-cards/server takes a `baseUrl` to resolve them first).
 */
export const SERVER_BASE = 'about:blank';
