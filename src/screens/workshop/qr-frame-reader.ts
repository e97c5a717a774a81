/**
 * Reading QR codes from camera frames: the browser's BarcodeDetector where it lists qr_code (Android Chrome,
 * Chrome on macOS and ChromeOS), else the pure-JS decoder of the `qr` package, loaded on first use (no
 * WebAssembly, so the security policy stays as it is).
 */

type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect: (source: CanvasImageSource) => Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats: () => Promise<string[]>;
};

/** Reads one frame of a playing video; resolves with the text of a QR code in it, or null. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

/** Frames are scaled down to this width before the JS decoder reads them (enough for codes up to version 10). */
const MAX_WIDTH = 960;

async function nativeReader(): Promise<FrameReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

async function jsReader(): Promise<FrameReader> {
  const { default: decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    if (!context || video.videoWidth === 0) return Promise.resolve(null);
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    try {
      return Promise.resolve(decodeQR({ width: image.width, height: image.height, data: image.data }));
    } catch {
      // No code in this frame (the decoder throws when it finds none).
      return Promise.resolve(null);
    }
  };
}

/** The best reader this browser has. */
export async function createFrameReader(): Promise<FrameReader> {
  return (await nativeReader()) ?? jsReader();
}

export type CameraError = 'denied' | 'no-camera' | 'unavailable';

/** Opens the camera (the one facing away from the user where there are two). */
export async function openCamera(): Promise<{ ok: true; stream: MediaStream } | { ok: false; error: CameraError }> {
  // Missing on pages that are not a secure context (http:// other than localhost).
  const devices = navigator.mediaDevices as MediaDevices | undefined;
  if (typeof devices?.getUserMedia !== 'function') return { ok: false, error: 'unavailable' };
  try {
    const stream = await devices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    return { ok: true, stream };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, error: 'denied' };
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return { ok: false, error: 'no-camera' };
    return { ok: false, error: 'unavailable' };
  }
}
