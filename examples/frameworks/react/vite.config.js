import { defineConfig } from 'vite';
import { baseConfig } from '../shared/base-config.js';

// JSX through vite's own transform (oxc), with React's automatic runtime: no plugin needed.
export default defineConfig({ ...baseConfig(), oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } });
