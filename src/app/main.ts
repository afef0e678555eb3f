/**
 * The page: `<corridor-flow>` filling it, opening on `models/caspian-2030.json`
 * (or a small built-in scenario while that file is missing), unless the
 * user's autosaved work is there to restore.
 */
import './corridor-flow';
import { MODEL_FILES } from './model-files';
import { DEMO_SCENARIO } from './demo-scenario';

const DEFAULT_MODEL = 'caspian-2030';

const app = document.querySelector('corridor-flow');
if (app && !app.hasAttribute('src')) {
  const model = MODEL_FILES.find((m) => m.id === DEFAULT_MODEL);
  app.src = model
    ? model.url
    : URL.createObjectURL(new Blob([JSON.stringify(DEMO_SCENARIO)], { type: 'application/json' }));
}
