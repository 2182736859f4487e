import type { Plugin } from 'vite';

/**
 * The dev server injects inline <style> tags, the React Refresh preamble as an inline script and an HMR
 * WebSocket, all of which the production CSP in index.html forbids. This loosens the policy for `vite` (serve)
 * only; `vite build` output keeps the strict policy, which the e2e suite checks.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'youju-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}
