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
/** Codes above this version are hard to read from a projector or with a laptop's webcam. */
export const MAX_EASY_VERSION = 10;

export default function QrSvg({
  text,
  label,
  className,
  denseNote,
}: {
  text: string;
  label: string;
  className?: string;
  /** Shown under a code denser than MAX_EASY_VERSION. */
  denseNote?: string;
}) {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const side = code.size + 8;
  const version = qrVersionOfSize(code.size);
  return (
    <>
      <svg
        className={className ? `qr-code ${className}` : 'qr-code'}
        viewBox={`-4 -4 ${String(side)} ${String(side)}`}
        role="img"
        aria-label={label}
        data-qr-version={version}
        shapeRendering="crispEdges"
      >
        <rect x={-4} y={-4} width={side} height={side} fill="#fff" />
        <path d={toSvgPath(code)} fill="#000" />
      </svg>
      {denseNote && version > MAX_EASY_VERSION && <p className="banner banner-warning">{denseNote}</p>}
    </>
  );
}
