import { createContext } from '@lit/context';
import type { LabelOverrides } from '../i18n/label-types.js';

/** The `labels` a `<story-provider>` hands to the widgets inside it (a string key, as for the story context). */
export const labelsContext = createContext<LabelOverrides | undefined>('viewpoint-cards/labels');
