// React 18+ has useSyncExternalStore built in; the `use-sync-external-store/shim` package that react-i18next
// imports only adds a fallback for React 17 and older. vite.config.ts points the package's name here, so the first
// screen does not download that fallback (docs/performance.md).
export { useSyncExternalStore } from 'react';
