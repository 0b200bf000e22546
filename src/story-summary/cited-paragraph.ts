import { html, isServer, nothing, type TemplateResult } from 'lit';
import { splitCitations, type Segment } from '../story/citations.js';
import { leanOf } from '../story/lean.js';
import type { Source } from '../story/schema.js';
import { leanKey } from '../shared/labels.js';
import { sourceSummary } from '../shared/source-view.js';
import type { LabelsController } from '../controllers/labels-controller.js';
import type { PopoverController } from '../controllers/popover-controller.js';

/** What a paragraph needs to render its citations. */
export interface CitationContext {
  sources: Map<number, Source>;
  /** The widget's labels, in the story's language. */
  labels: LabelsController;
  /** Which citation is open, by key ("cite-paragraph-citation-source id", also its card's id). */
  popover: Pick<PopoverController, 'open' | 'toggle' | 'close'>;
  /** Server only: where a citation links with scripts off (the page's <source-list>); else the source's own URL. */
  serverHref?: string;
}

/** The last word before a run of citations, and the sources they cite: rendered unbreakable, so `[n]` never leaves its word. */
type Run = { word: string; cites: Source[] };

/** `[n]` with no source `n` stays the text it is. */
function glue(segments: Segment[], sources: Map<number, Source>): (string | Run)[] {
  const out: (string | Run)[] = [];
  let text = ''; // read since the last run
  for (const segment of segments) {
    const source = 'cite' in segment && sources.get(segment.cite);
    if (!source) {
      text += 'text' in segment ? segment.text : `[${segment.cite}]`;
      continue;
    }
    // "[1] [2]" and "[1][2]" are one run; spaces before a citation go, whatever the data has.
    const last = out.at(-1);
    if (typeof last === 'object' && !text.trim()) {
      last.cites.push(source);
    } else {
      const before = text.trimEnd();
      const at = before.search(/\S*$/); // where its last word starts
      out.push(before.slice(0, at), { word: before.slice(at), cites: [source] });
    }
    text = '';
  }
  out.push(text);
  return out.filter((piece) => piece !== '');
}

/** A body paragraph whose `[n]` markers are citations that reveal their source in a popover (no reflow). */
export function citedParagraph(paragraph: string, index: number, context: CitationContext): TemplateResult {
  let n = 0;
  return html`<p>${glue(splitCitations(paragraph), context.sources).map((piece) => {
    if (typeof piece === 'string') return piece;
    const keys = piece.cites.map((source) => `cite-${index}-${n++}-${source.id}`);
    return html`<span class="glue">${piece.word}${piece.cites.map((source, i) => citation(source, keys[i]!, context))}</span
      >${piece.cites.map((source, i) => card(source, keys[i]!, context))}`;
  })}</p>`;
}

function citation(source: Source, key: string, context: CitationContext): TemplateResult | string {
  // Heard, not seen (a visually hidden name): plain text, no isolation needed, and no extra nodes.
  const name = context.labels.text('citation', {
    n: source.id,
    outlet: source.outlet,
    lean: { plain: context.labels.text(leanKey(leanOf(source))) },
  });
  const marker = html`<span aria-hidden="true">[${source.id}]</span><span class="visually-hidden">${name}</span>`;
  if (isServer) {
    // Scripts may never run: the citation is a plain link to the source.
    const href = context.serverHref ?? source.url;
    return href
      ? html`<a part="citation" class="citation" href=${href}>${marker}</a>`
      : html`<span part="citation" class="citation">${marker}</span>`;
  }
  const open = context.popover.open === key;
  // No type="button": in a shadow root a button belongs to no form (nor the page's around the widget).
  return html`<button
    part="citation"
    class="citation"
    aria-expanded=${open}
    aria-controls=${key}
    @click=${() => context.popover.toggle(key)}
  >${marker}</button>`;
}

function card(source: Source, key: string, context: CitationContext): TemplateResult {
  const open = context.popover.open === key;
  return html`<span part="citation-card" class="citation-card" id=${key} data-popover ?hidden=${!open}
    >${
      open
        ? html`${sourceSummary(source, context.labels, true)}<button
              class="close"
              aria-label=${context.labels.text('close')}
              @click=${() => context.popover.close(true)}
            ><span aria-hidden="true">×</span></button>`
        : nothing
    }</span
  >`;
}
