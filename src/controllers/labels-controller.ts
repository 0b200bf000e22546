import type { ReactiveControllerHost } from 'lit';
import { label, type LabelKey, type Labels } from '../shared/labels.js';

/** An element whose visible strings can be replaced through its `labels` property. */
export interface LabelsHost extends ReactiveControllerHost {
  labels?: Partial<Labels>;
}

/**
 * The words a widget shows around the story's own text: the defaults, with
 * the host's `labels` overrides on top. The one place a widget asks for a
 * visible string, so that where the words come from can grow here alone.
 * (It joins the host's lifecycle with `addController` once it has work
 * there, such as following the nearest `lang`.)
 */
export class LabelsController {
  constructor(private readonly host: LabelsHost) {}

  /** A visible string, with `{name}` placeholders filled in as plain text. */
  text(key: LabelKey, values?: Record<string, string | number | undefined>): string {
    return label(this.host.labels, key, values);
  }
}
