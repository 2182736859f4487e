/**
 * The case head as a QR code, so that it can be photographed or scanned into a message to oneself, a trusted
 * person or a notary. Encoded by uqr (docs/architecture.md, dependencies) and drawn here as one SVG path, dark
 * modules on white with the four-module quiet zone that ISO/IEC 18004 asks for. It holds the 64 hex digits only,
 * exactly what `youju verify --head` and verify.html take. Loaded lazily with its library: only My data's export
 * shows it.
 */
import { encode } from 'uqr';

const QUIET = 4;

export function CaseHeadQr({ head, label }: { head: string; label: string }) {
  // ECC 'M' (15 % of the code may be smudged or creased) still fits 64 hex digits into a small version.
  const { data, size } = encode(head, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }),
  );
  const side = size + QUIET * 2;
  return (
    <svg
      className="my-data__qr"
      data-testid="case-head-qr"
      data-modules={size}
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
