import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { extractorVersion } from './src/extract/cache';
import { TEMP_FILE } from './src/extract/tempFile';

// index.html carries a Content-Security-Policy that forbids inline script. The dev server's React Fast Refresh
// needs an inline preamble, so only `npm run dev` drops the policy; the built site always serves it.
const devWithoutCsp: Plugin = {
  name: 'chronolens-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

// data/ is the public folder, copied into the site as it is. An extract killed during its final write can leave
// its temporary file there (src/extract/tempFile.ts); it is never part of a build.
export const withoutExtractTempFiles: Plugin = {
  name: 'chronolens-without-extract-temp-files',
  apply: 'build',
  writeBundle(options) {
    const remove = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) remove(full);
        else if (TEMP_FILE.test(entry.name)) rmSync(full, { force: true });
      }
    };
    if (options.dir) remove(options.dir);
  },
};

// The built site serves data/timeline.json (and any other timeline placed in data/) beside the app,
// so `?data=NAME.json` can load another timeline from the same site.
export default defineConfig({
  plugins: [react(), devWithoutCsp, withoutExtractTempFiles],
  // The extractor's version as `npm run extract` names it: the worker reads a timeline's analyses file only when it
  // was written by this very extractor (src/extract/analysesFile.ts).
  define: { 'import.meta.env.CHRONOLENS_EXTRACTOR': JSON.stringify(extractorVersion()) },
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
