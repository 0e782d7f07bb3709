import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The explorer is a static SPA served by the API server at /explorer; it talks only to /graphql. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
