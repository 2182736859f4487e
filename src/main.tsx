import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { i18nReady } from './i18n/i18n.ts';

const root = document.getElementById('root');
if (root) {
  // Render once the start-up language is loaded, so the first paint never shows keys or the wrong language. A
  // failed load still renders: i18next falls back to the bundled zh-CN words.
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  i18nReady.then(render, render);
}
