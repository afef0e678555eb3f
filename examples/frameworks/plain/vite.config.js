import { defineConfig } from 'vite';
import { baseConfig } from '../shared/base-config.js';

export default defineConfig(baseConfig());
