/** The policy of the issue, directive by directive. */
export const STRICT = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
];
/** The one Trusted Types policy the bundle creates: Lit's, for its template markup (never for story data). */
export const TRUSTED_TYPES = 'trusted-types lit-html';
