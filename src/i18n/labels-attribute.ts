import type { PropertyDeclaration } from 'lit';
import type { LabelOverrides } from './label-types.js';

/**
 * `labels` in markup (`<source-list labels='{"sources": "Quellen"}'>`), as
 * the server renderer writes it: a JSON object. Anything else is ignored
 * with a console warning (the labels of the language stay).
 */
export const labelsAttribute: PropertyDeclaration<LabelOverrides | undefined> = {
  converter: {
    fromAttribute(value: string | null): LabelOverrides | undefined {
      if (value === null) return undefined;
      try {
        const labels: unknown = JSON.parse(value);
        if (labels && typeof labels === 'object' && !Array.isArray(labels)) return labels as LabelOverrides;
      } catch {
        // reported below
      }
      console.warn('[viewpoint-cards] The labels attribute is not a JSON object; it is ignored.', value);
      return undefined;
    },
  },
};
