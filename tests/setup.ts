// Shared set-up for the Vitest suites. DOM matchers are registered only where a DOM exists (component tests opt
// into jsdom per file with `// @vitest-environment jsdom`).
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
}
export {};
