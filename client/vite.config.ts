import vue from '@vitejs/plugin-vue';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => ({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // Apollo Client's development checks and warnings, left out of production builds.
    'globalThis.__DEV__': JSON.stringify(mode !== 'production'),
    // vue-i18n's compile-time flags: Composition API only, no devtools hooks in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      // Meeting downloads and calendar feeds are served by the API server too.
      '/exports': 'http://localhost:4000',
      '/calendar': 'http://localhost:4000',
      '/uploads': 'http://localhost:4000',
      '/evidence': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
}));
