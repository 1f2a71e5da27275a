import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// index.html carries a Content-Security-Policy that forbids inline script. The dev server's React Fast Refresh
// needs an inline preamble, so only `npm run dev` drops the policy; the built site always serves it.
const devWithoutCsp: Plugin = {
  name: 'chronolens-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

// The built site serves data/timeline.json (and any other timeline placed in data/) beside the app,
// so `?data=NAME.json` can load another timeline from the same site.
export default defineConfig({
  plugins: [react(), devWithoutCsp],
  publicDir: 'data',
  base: './',
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1200 },
  // The extraction worker (src/app/mydocs/extract.worker.ts) is an ES module worker: its own lazy chunk,
  // loaded only when a reader adds documents. (The time stage picks chrono's parsers by behaviour, not by
  // class name, so minification cannot change what the worker extracts.)
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
