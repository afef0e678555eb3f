import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { baseConfig } from '../shared/base-config.js';

// Tell Vue's template compiler that <corridor-…> tags are custom elements, not Vue components.
const isCustomElement = (tag) => tag.startsWith('corridor-');

export default defineConfig(baseConfig([vue({ template: { compilerOptions: { isCustomElement } } })]));
