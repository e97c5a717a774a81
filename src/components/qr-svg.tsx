import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** The QR version (1–40) of a code of this many modules a side. */
export function qrVersionOfSize(size: number): number {
  return (size - 17) / 4;
}

/**
 * A QR code as SVG, black on white with the four-module quiet zone, at error level M (or higher when the
 * version has room). Loaded only where a code is shown (lean-qr is about 4 KiB gzip).
 */
export default function QrSvg({ text, label, className }: { text: string; label: string; className?: string }) {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const side = code.size + 8;
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      viewBox={`-4 -4 ${String(side)} ${String(side)}`}
      role="img"
      aria-label={label}
      data-qr-version={qrVersionOfSize(code.size)}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={side} height={side} fill="#fff" />
      <path d={toSvgPath(code)} fill="#000" />
    </svg>
  );
}
