/** Text for HTML element content and quoted attribute values: nothing in it can end either or start markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The start of a page of ours, to its `<title>`: language and direction, viewport, and its Content-Security-Policy. */
export function pageStart(lang: string, dir: string | undefined, csp: string, title: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"${dir ? ` dir="${dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${escapeHtml(title)}</title>`;
}
