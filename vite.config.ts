// Vite builds the web app (src/web) into dist/web, which the citybridge server serves with SPA fallback.
// `npx vite` runs a dev server on :5173 that proxies /api to a citybridge API on :3100
// (start it with `node bin/citybridge.mjs serve --port 3100 --no-web`).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Mantine and React make one ~600 kB chunk; the app is used on office machines, not over 2G.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': process.env.CITYBRIDGE_API ?? 'http://localhost:3100' },
  },
});
