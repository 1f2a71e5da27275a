import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The built site serves data/timeline.json (and any other timeline placed in data/) beside the app,
// so `?data=NAME.json` can load another timeline from the same site.
export default defineConfig({
  plugins: [react()],
  publicDir: 'data',
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
