// English labels as a pack like the others (the widgets carry them anyway): `import 'viewpoint-cards/locales/en.js'`.
import { registerLabels } from '../i18n/registry.js';
import { DEFAULT_LABELS } from '../shared/labels.js';

export default registerLabels('en', DEFAULT_LABELS);
