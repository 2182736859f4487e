// Layer boundaries of docs/architecture.md, checked on every import:
//   domain ← data / platform ← features ← app
// A small local rule rather than a plugin: it resolves relative specifiers against the importing file, so a
// feature reaching into another feature through "../other/x" is caught, which path-pattern rules cannot see.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Which layer a file under src/ belongs to; features are one layer each, named by their folder. */
function layerOf(absFile) {
  const rel = path.relative(SRC, absFile);
  if (rel.startsWith('..')) return null;
  const parts = rel.split(path.sep);
  if (parts.length === 1) return parts[0] === 'main.tsx' ? 'main' : 'root';
  if (parts[0] === 'features') return `features/${parts[1]}`;
  return parts[0];
}

const ALLOWED = {
  domain: ['domain'],
  data: ['domain', 'data'],
  platform: ['domain', 'platform'],
  i18n: ['domain', 'i18n'],
  components: ['domain', 'i18n', 'components'],
  app: ['domain', 'data', 'platform', 'i18n', 'components', 'features/*', 'app'],
  cli: ['domain', 'cli'],
  // verify.html's script (src/build/verify-page.ts): the app's reader and checker, nothing of the UI.
  'verify-page': ['domain', 'platform', 'verify-page'],
  build: ['build'],
  main: ['app', 'i18n'],
};

function allowed(from, to) {
  if (from === to) return true;
  if (from.startsWith('features/')) {
    return ['domain', 'data', 'platform', 'i18n', 'components'].includes(to);
  }
  const list = ALLOWED[from];
  if (!list) return true;
  return list.some((l) => l === to || (l === 'features/*' && to.startsWith('features/')));
}

/** Packages each layer may not import (by specifier prefix). */
const FORBIDDEN_PACKAGES = {
  domain: [
    'react',
    'react-dom',
    'dexie',
    'dexie-react-hooks',
    'i18next',
    'react-i18next',
    'node:',
    'workbox-window',
  ],
  components: ['dexie', 'dexie-react-hooks'],
  i18n: ['dexie', 'dexie-react-hooks'],
  platform: ['dexie', 'dexie-react-hooks', 'react-i18next', 'i18next'],
  cli: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'react-i18next'],
  app: ['dexie', 'dexie-react-hooks'],
};

function forbiddenPackage(layer, spec) {
  const key = layer.startsWith('features/') ? 'features' : layer;
  const list = key === 'features' ? ['dexie', 'dexie-react-hooks'] : (FORBIDDEN_PACKAGES[key] ?? []);
  return list.find((p) => spec === p || spec.startsWith(p.endsWith(':') ? p : `${p}/`));
}

export const layersPlugin = {
  rules: {
    boundaries: {
      meta: {
        type: 'problem',
        messages: {
          layer: "Layer '{{from}}' may not import from '{{to}}' (see docs/architecture.md).",
          pkg: "Layer '{{from}}' may not import the package '{{pkg}}'.",
        },
        schema: [],
      },
      create(context) {
        const file = context.filename;
        const from = layerOf(file);
        if (!from) return {};
        function check(node, spec) {
          if (typeof spec !== 'string') return;
          if (spec.startsWith('.')) {
            const target = path.resolve(path.dirname(file), spec);
            const to = layerOf(target);
            if (to && !allowed(from, to)) context.report({ node, messageId: 'layer', data: { from, to } });
            return;
          }
          const pkg = forbiddenPackage(from, spec);
          if (pkg) context.report({ node, messageId: 'pkg', data: { from, pkg } });
        }
        return {
          ImportDeclaration: (n) => check(n, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
          ExportAllDeclaration: (n) => check(n, n.source.value),
          ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
        };
      },
    },
  },
};
