/** The two example themes, as CSS text: shown in the docs and applied in the theme stories. */
import newspaper from '../themes/newspaper.css?raw';
import highContrast from '../themes/high-contrast.css?raw';

export const THEMES = { newspaper, 'high-contrast': highContrast };
export type ThemeName = keyof typeof THEMES;

/** Wraps the given nodes in the theme's class, with its stylesheet. */
export function themed(name: ThemeName, ...children: Node[]): HTMLElement {
  const div = document.createElement('div');
  div.className = `vc-theme-${name}`;
  const style = document.createElement('style');
  style.textContent = THEMES[name];
  div.append(style, ...children);
  return div;
}
