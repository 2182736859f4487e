// Vite plugin: renders the app icons at build time (no binary blobs in git) and serves them in dev.
import type { Plugin } from 'vite';
import { renderIcon, type IconSpec } from './icon-art.ts';
import { encodePng, pngToIco } from './png.ts';

interface AppIcon extends IconSpec {
  /** Path from the site root, without a leading slash (as Vite's emitFile and the manifest want it). */
  readonly fileName: string;
  /** Listed in the web app manifest with this purpose; absent = not a manifest icon. */
  readonly manifestPurpose?: 'any' | 'maskable';
  readonly format: 'png' | 'ico';
}

export const APP_ICONS: readonly AppIcon[] = [
  {
    fileName: 'icons/icon-192.png',
    size: 192,
    shape: 'rounded',
    glyphScale: 1,
    manifestPurpose: 'any',
    format: 'png',
  },
  {
    fileName: 'icons/icon-512.png',
    size: 512,
    shape: 'rounded',
    glyphScale: 1,
    manifestPurpose: 'any',
    format: 'png',
  },
  {
    fileName: 'icons/icon-maskable-512.png',
    size: 512,
    shape: 'full-bleed',
    glyphScale: 0.9,
    manifestPurpose: 'maskable',
    format: 'png',
  },
  // iOS draws transparent pixels black and applies its own corner mask, so the touch icon is opaque and square.
  {
    fileName: 'icons/apple-touch-icon-180.png',
    size: 180,
    shape: 'full-bleed',
    glyphScale: 1,
    format: 'png',
  },
  { fileName: 'icons/favicon-32.png', size: 32, shape: 'rounded', glyphScale: 1, format: 'png' },
  // Some agents ask for /favicon.ico regardless of <link rel=icon>; answering avoids a 404 in the logs.
  { fileName: 'favicon.ico', size: 32, shape: 'rounded', glyphScale: 1, format: 'ico' },
];

export function manifestIcons(): { src: string; sizes: string; type: string; purpose: string }[] {
  return APP_ICONS.filter((i) => i.manifestPurpose).map((i) => ({
    // Relative to the manifest, which sits at the base the site is served from.
    src: i.fileName,
    sizes: `${i.size}x${i.size}`,
    type: 'image/png',
    purpose: i.manifestPurpose ?? 'any',
  }));
}

export function renderAppIcon(icon: AppIcon): Buffer {
  const png = encodePng(renderIcon(icon));
  return icon.format === 'ico' ? pngToIco(png, icon.size) : png;
}

export function appIconsPlugin(): Plugin {
  const cache = new Map<string, Buffer>();
  const bytesOf = (icon: AppIcon): Buffer => {
    let bytes = cache.get(icon.fileName);
    if (!bytes) {
      bytes = renderAppIcon(icon);
      cache.set(icon.fileName, bytes);
    }
    return bytes;
  };
  return {
    name: 'youju-app-icons',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const icon = APP_ICONS.find((i) => `${server.config.base}${i.fileName}` === path);
        if (!icon) return next();
        res.setHeader('Content-Type', icon.format === 'ico' ? 'image/x-icon' : 'image/png');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(bytesOf(icon));
      });
    },
    generateBundle() {
      for (const icon of APP_ICONS) {
        this.emitFile({ type: 'asset', fileName: icon.fileName, source: bytesOf(icon) });
      }
    },
  };
}
