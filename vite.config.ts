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
  // loaded only when a reader adds documents. keepNames: the time stage picks chrono's parsers by class name
  // (chronoCalendarParser.ts, `p.constructor.name`); minified names made every explicit date lose its day and
  // month in the browser, so the worker would not have matched `npm run extract`.
  worker: { format: 'es', rolldownOptions: { output: { keepNames: true } } },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
