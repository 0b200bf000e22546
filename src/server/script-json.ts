/**
 * JSON that is safe inside an HTML `<script>` element: `<` (so no `</script>`
 * or `<!--` can end or bend the element), `>` and `&` are written as `\u`
 * escapes, which JSON.parse reads back as the same characters. U+2028/U+2029
 * are escaped too, for consumers that treat the text as JavaScript.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
