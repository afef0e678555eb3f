/**
 * The page: `<corridor-flow>` filling it, opening on `models/caspian-2030.json`
 * (or a small built-in scenario while that file is missing), unless the
 * user's autosaved work is there to restore (or a `#share=` link is opened),
 * with a link to the component gallery in its top bar.
 */
import './corridor-flow';
import { MODEL_FILES } from './model-files';
import { DEMO_SCENARIO } from './demo-scenario';

const DEFAULT_MODEL = 'caspian-2030';

const app = document.querySelector('corridor-flow');
// The component gallery is built beside index.html (embed.html); an embedded app links nothing.
if (app && !app.hasAttribute('gallery-href')) app.galleryHref = 'embed.html';
if (app && !app.hasAttribute('src')) {
  const model = MODEL_FILES.find((m) => m.id === DEFAULT_MODEL);
  app.src = model
    ? model.url
    : URL.createObjectURL(new Blob([JSON.stringify(DEMO_SCENARIO)], { type: 'application/json' }));
}
