// Multi-page build: index.html is the officers' console (served at /), portal/index.html the public
// portal (served at /portal). socorg serve serves web/dist; hashed files under assets/ are immutable.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    // Element Plus on demand: only the components a screen uses, with their CSS, end up in its chunk.
    AutoImport({ resolvers: [ElementPlusResolver()], dts: false }),
    Components({ resolvers: [ElementPlusResolver()], dts: false }),
  ],
  resolve: { alias: { '@': here('./src') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      input: { main: here('./index.html'), portal: here('./portal/index.html') },
    },
  },
  server: {
    // `npm run dev` against a running `socorg serve --port 18181`
    proxy: { '/api': 'http://127.0.0.1:18181', '/healthz': 'http://127.0.0.1:18181' },
  },
});
