// The npm build (dist/index.js), imported by name through the page's import map.
import 'viewpoint-cards';
