// The app icon, drawn as signed-distance shapes so every size is rendered sharp and anti-aliased from one
// description: a white document with a folded corner and a check mark, on the brand blue (#1f4e79).
import type { RgbaImage } from './png.ts';

type Rgb = readonly [number, number, number];
/** Signed distance in unit-square coordinates: negative inside, positive outside. */
type Sdf = (x: number, y: number) => number;

const BLUE: Rgb = [0x1f, 0x4e, 0x79];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const FOLD: Rgb = [0x9d, 0xbb, 0xd9];

type IconShape = 'rounded' | 'full-bleed';

export interface IconSpec {
  readonly size: number;
  /** 'rounded' for ordinary icons (transparent corners); 'full-bleed' for maskable and Apple icons, which the
   * platform crops itself and which must be opaque. */
  readonly shape: IconShape;
  /** Glyph scale about the centre; maskable icons keep the glyph inside the central safe circle (radius 0.4). */
  readonly glyphScale: number;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function segment(ax: number, ay: number, bx: number, by: number, halfWidth: number): Sdf {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
    return Math.hypot(x - ax - t * dx, y - ay - t * dy) - halfWidth;
  };
}

const intersect =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.max(...shapes.map((s) => s(x, y)));
const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

// Glyph geometry in unit coordinates, centred on (0.5, 0.5). The document's far corner sits 0.372 from the
// centre, so even unscaled it stays inside a maskable icon's safe circle.
// The folded corner: the line x - y = 0.4 runs from (0.60, 0.20) to (0.72, 0.32); beyond it the page is cut away
// and the flap is the triangle just inside it.
const cutCorner: Sdf = (x, y) => (x - y - 0.4) / Math.SQRT2;
const documentShape = intersect(roundedRect(0.28, 0.2, 0.72, 0.8, 0.04), cutCorner);
const foldShape = intersect(
  (x) => 0.6 - x,
  (_x, y) => y - 0.32,
  cutCorner,
);
const checkShape = union(segment(0.37, 0.53, 0.47, 0.63, 0.035), segment(0.47, 0.63, 0.64, 0.42, 0.035));

/** Anti-aliased coverage of a shape over a pixel, from its signed distance measured in pixels. */
const coverage = (distancePx: number): number => Math.min(1, Math.max(0, 0.5 - distancePx));

export function renderIcon(spec: IconSpec): RgbaImage {
  const { size, shape, glyphScale } = spec;
  const background: Sdf = shape === 'rounded' ? roundedRect(0, 0, 1, 1, 0.22) : () => -1;
  const layers: readonly (readonly [Sdf, Rgb, boolean])[] = [
    [background, BLUE, false],
    [documentShape, WHITE, true],
    [foldShape, FOLD, true],
    [checkShape, BLUE, true],
  ];
  const data = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      // The glyph is scaled about the centre by sampling it at the inversely scaled point.
      const gx = 0.5 + (x - 0.5) / glyphScale;
      const gy = 0.5 + (y - 0.5) / glyphScale;
      // Composite premultiplied, back to front.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [sdf, colour, isGlyph] of layers) {
        const d = isGlyph ? sdf(gx, gy) * glyphScale : sdf(x, y);
        const c = coverage(d * size);
        if (c === 0) continue;
        r = colour[0] * c + r * (1 - c);
        g = colour[1] * c + g * (1 - c);
        b = colour[2] * c + b * (1 - c);
        a = c + a * (1 - c);
      }
      const i = (py * size + px) * 4;
      data[i] = a > 0 ? Math.round(r / a) : 0;
      data[i + 1] = a > 0 ? Math.round(g / a) : 0;
      data[i + 2] = a > 0 ? Math.round(b / a) : 0;
      data[i + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, data };
}
