import { css } from './css.js';

/**
 * Print and forced colours (Windows high contrast), for every widget.
 * Print: dark on white whatever the theme, no frames to break across pages,
 * every disclosure open, headings kept with what follows, lean dots kept.
 * Forced colours: the system paints backgrounds away, so whatever carries
 * meaning with a background (lean dots, cards, the open citation) gets a
 * border or keeps its own colours.
 */
export const mediaStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    /* Over the light palette, which every theme prints with (tokens.styles.ts). */
    :host {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_border: #777;
      --_accent: #000;
    }
    .base {
      border: 0;
      padding: 0;
    }
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    li, .card {
      break-inside: avoid;
    }
    .lean::before {
      print-color-adjust: exact;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    /* Controls that do nothing on paper (the close control goes with its card; the legend's rows stay: they carry
       the counts). */
    summary, .citation-card, [part~='show-all'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .lean::before,
    .bar {
      forced-color-adjust: none;
      outline: 1px solid CanvasText;
    }
    .card,
    .citation-card {
      border: 1px solid CanvasText;
    }
    /* The target reaches into the line above: a forced border would strike through its words. */
    .citation {
      forced-color-adjust: none;
      border-color: transparent;
      color: LinkText;
    }
    .citation[aria-expanded='true'] {
      background: Highlight;
      color: HighlightText;
    }
    a:focus-visible, button:focus-visible, summary:focus-visible {
      outline-color: Highlight;
    }
  }
`;
