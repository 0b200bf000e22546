/** Text for HTML element content and quoted attribute values: nothing in it can end either or start markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
