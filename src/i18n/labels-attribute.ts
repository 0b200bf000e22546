import type { PropertyDeclaration } from 'lit';
import type { LabelOverrides } from './label-types.js';

/**
 * `labels` in markup (`<source-list labels='{"sources": "Quellen"}'>`), as
 * the server renderer writes it: a JSON object. Anything else is ignored
 * with a console warning (the labels of the language stay).
 */
export const labelsAttribute: PropertyDeclaration<LabelOverrides | undefined> = {
  converter: {
    // A string, number or array parsed here is harmless: looking a label key up in it finds nothing.
    fromAttribute(value: string | null): LabelOverrides | undefined {
      try {
        return value === null ? undefined : JSON.parse(value);
      } catch {
        console.warn('[viewpoint-cards] labels: not JSON', value);
      }
    },
  },
};
