/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { appIconsPlugin, manifestIcons } from './src/build/icons.ts';
import { devCspPlugin } from './src/build/dev-csp.ts';

export default defineConfig({
  plugins: [
    react(),
    devCspPlugin(),
    appIconsPlugin(),
    VitePWA({
      // STYLE.md: never reload under the user; the app shows an update banner and waits for a quiet moment.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: [],
      manifest: {
        id: '/',
        name: '有据 · 催收应对与证据记录',
        short_name: '有据',
        description: '记录催收、核对是否合规、起草协商信与投诉。数据只保存在本机。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: manifestIcons(),
      },
      workbox: {
        // Everything the app needs offline: all JS chunks (including the lazily loaded English words), styles, icons.
        // The plugin adds manifest.webmanifest itself; globbing it too would list it twice.
        globPatterns: ['**/*.{js,css,html,json,png,ico,svg}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
