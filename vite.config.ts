/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { appIconsPlugin, manifestIcons } from './src/build/icons.ts';
import { devCspPlugin } from './src/build/dev-csp.ts';
import { sourceArchivePlugin } from './src/build/source-archive.ts';

export default defineConfig({
  plugins: [
    react(),
    devCspPlugin(),
    appIconsPlugin(),
    sourceArchivePlugin(),
    VitePWA({
      // STYLE.md: never reload under the user; the app shows an update banner and waits for a quiet moment.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: [],
      // Every address below is relative, so the same build works at a host's root or under any path given with
      // `vite build --base=/path/` (docs/deploy.md). The manifest's start_url, scope and icons resolve against the
      // manifest's own address, its id against start_url; at the root, id './' is the '/' of earlier releases,
      // so copies installed before keep their identity.
      manifest: {
        id: './',
        name: '有据 · 催收应对与证据记录',
        short_name: '有据',
        description: '记录催收、核对是否合规、起草协商信与投诉。数据只保存在本机。',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: manifestIcons(),
      },
      workbox: {
        // Everything the app needs offline: all JS chunks (including the lazily loaded English words), styles, icons.
        // The plugin adds manifest.webmanifest itself; globbing it too would list it twice.
        globPatterns: ['**/*.{js,css,html,json,png,ico,svg}'],
        // Relative to the service worker, which sits at the base. Files with an extension (the source archive, a
        // missing asset) are fetched as themselves, never answered with the app's page.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/[^/]+\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(new URL('./src/build/use-sync-external-store-shim.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2020',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              priority: 2,
              test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
            {
              name: 'boot',
              test: /[\\/]src[\\/]main\.tsx$/,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // CLI tests spawn real processes and jsdom suites render whole screens; on a loaded 2-core CI machine the
    // 5 s default fails healthy tests. Speed goals live in `npm run bench`, not in test timeouts.
    testTimeout: 30_000,
  },
});
