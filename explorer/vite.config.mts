import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The explorer is a static SPA served by the API server at /explorer (plus its overview page); it talks only to /graphql. */
export default defineConfig({
  root: here('.'),
  base: '/explorer/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: { input: { main: here('index.html'), overview: here('overview.html') } },
  },
});
