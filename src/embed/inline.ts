/**
 * The same library as `./index`, for pages on another origin than the
 * bundle (a CDN): the solver worker and its wasm are inlined into this one
 * file and started from a Blob URL. Costs about the wasm's size in base64
 * more to download; needs `worker-src blob:` in the page's CSP.
 */
import './use-inline-worker';

export * from './index';
