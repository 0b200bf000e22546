import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContextConsumer } from '@lit/context';
import { consume } from '../context/consume.js';
import { labelsContext } from '../context/labels-context.js';
import { fill, formatDate, formatNumber, partsText, type Part } from '../i18n/format.js';
import type { LabelKey, LabelOverrides, LabelValues } from '../i18n/label-types.js';
import { nearestLang } from '../i18n/lang.js';
import { ensureLabels } from '../i18n/pack-loader.js';
import { onLabelsRegistered, packsFor } from '../i18n/registry.js';
import { DEFAULT_LABELS } from '../shared/labels.js';

/** An element whose visible strings can be replaced through its `labels` property. */
export interface LabelsHost extends ReactiveControllerHost, HTMLElement {
  labels?: LabelOverrides;
}

/**
 * The words a widget shows around the story's own text, in the story's
 * language (else the nearest `lang` around the widget, else English): the
 * widget's own `labels`, then those of an enclosing `<story-provider>`, then
 * the registered pack of the language (`pt-BR`, then `pt`), then English.
 * The one place a widget asks for a visible string.
 */
export class LabelsController implements ReactiveController {
  /** The language labels are shown in; set by `prepare()`, which the widget calls before every render. */
  lang!: string;
  #provided: ContextConsumer<typeof labelsContext, LabelsHost>;
  #stop?: () => void;

  constructor(private readonly host: LabelsHost) {
    host.addController(this);
    this.#provided = consume(host, labelsContext);
  }

  hostConnected(): void {
    // A pack registered later (an app's own import, a pack file arriving) re-renders the widget.
    this.#stop = onLabelsRegistered(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  /**
   * Chooses the language for the story about to render (its `lang`, else the
   * nearest one around the widget). Returns a promise while that language's
   * pack loads, so that the widget can wait for it rather than show English first.
   */
  prepare(storyLang: string | undefined): Promise<void> | undefined {
    this.lang = storyLang || nearestLang(this.host) || 'en';
    return ensureLabels(this.lang);
  }

  #parts(key: LabelKey, values: LabelValues = {}): Part[] {
    const label = [this.host.labels, this.#provided.value, ...packsFor(this.lang), DEFAULT_LABELS]
      .map((labels) => labels?.[key])
      .find((label) => typeof label === 'string' || typeof label === 'function')!;
    return fill(label, values, this.lang);
  }

  /** A visible string as plain text (attributes, messages), placeholders filled for the language. */
  text(key: LabelKey, values?: LabelValues): string {
    return partsText(this.#parts(key, values));
  }

  /** A visible string to render, story text in it isolated (`<bdi>`) so that either direction reads in order. */
  html(key: LabelKey, values?: LabelValues): string | TemplateResult {
    return isolating(this.#parts(key, values));
  }

  /** A count, or with `percent` a share of 1 (0.25 is 25 %), in the language's digits and signs. */
  number(n: number, percent?: boolean): string {
    return formatNumber(this.lang, n, percent);
  }

  /** A story date, written as the language writes dates. */
  date(iso: string): string {
    return formatDate(iso, this.lang);
  }
}

/**
 * The text up to the first value of story text, that value in a `<bdi>`, then the rest alike: one small
 * template for the usual single value, nested ones for a list of names (fewer nodes than a list of parts).
 */
function isolating(parts: Part[]): string | TemplateResult {
  const at = parts.findIndex((part) => typeof part !== 'string');
  if (at < 0) return parts.join('');
  const value = parts[at] as Exclude<Part, string>;
  return html`${parts.slice(0, at).join('')}<bdi>${value.isolate}</bdi>${isolating(parts.slice(at + 1))}`;
}
