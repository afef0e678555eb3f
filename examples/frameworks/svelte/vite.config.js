import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { baseConfig } from '../shared/base-config.js';

export default defineConfig(baseConfig([svelte()]));
