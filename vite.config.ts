/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

const src = fileURLToPath(new URL('./src', import.meta.url));
const locales = fileURLToPath(new URL('./locales', import.meta.url));

export default defineConfig({
  // Relative paths: the built site works from any folder of any static web server.
  base: './',
  define: {
    // CSEI_APP_VERSION lets the update test build a second, newer version of the same app.
    __APP_VERSION__: JSON.stringify(process.env.CSEI_APP_VERSION ?? pkg.version),
  },
  resolve: {
    alias: { '@': src, '@locales': locales },
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        id: './',
        name: 'CSEI Navigator',
        short_name: 'CSEI Navigator',
        description:
          'Build or evaluate a Cluster of Social and Ecological Innovation with the RESIST method. Works offline; data stays on this device.',
        lang: 'en',
        theme_color: '#1f5f5b',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Lazy chunks (steps, charts, exporters, locales) are precached too: the app is offline-first.
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is then controlled at once, so that an accepted update can reload it
        // (without it, "Update now" does nothing on a page opened before the first install).
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Browsers without <link rel=modulepreload> (Safari before 17) still load every chunk, just later;
    // the polyfill would cost every visitor half a kilobyte on the home screen.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // A component test that walks a whole step can take seconds on a loaded 2-core machine; the limit only
    // matters when a test would otherwise hang (tests never assert timings).
    testTimeout: 20_000,
  },
});
