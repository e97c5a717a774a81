import type { Locator } from '@playwright/test';

export const FRAME_WIDTH = 640;
export const FRAME_HEIGHT = 480;

/**
 * The QR code an <svg> shows, drawn as a webcam would see it: a 640×480 grey frame with the code (black on
 * white) 360 px wide in the middle. Returns the frame's luma, one byte per pixel.
 */
export async function qrFrameLuma(svg: Locator): Promise<Buffer> {
  const bytes = await svg.evaluate(async (element, size) => {
    const source = new XMLSerializer().serializeToString(element);
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#b0b0b0';
    context.fillRect(0, 0, size.width, size.height);
    const side = 360;
    context.drawImage(image, (size.width - side) / 2, (size.height - side) / 2, side, side);
    const rgba = context.getImageData(0, 0, size.width, size.height).data;
    const luma: number[] = [];
    for (let i = 0; i < rgba.length; i += 4) luma.push(Math.round(0.299 * (rgba[i] ?? 0) + 0.587 * (rgba[i + 1] ?? 0) + 0.114 * (rgba[i + 2] ?? 0)));
    return luma;
  }, { width: FRAME_WIDTH, height: FRAME_HEIGHT });
  return Buffer.from(bytes);
}

/**
 * A .y4m video for Chromium's fake camera (--use-file-for-fake-video-capture): a plain header, then per frame
 * "FRAME\n" and the I420 planes (the luma, then both chroma planes at half size, grey).
 */
export function y4mVideo(luma: Buffer, frames = 10): Buffer {
  const header = Buffer.from(`YUV4MPEG2 W${String(FRAME_WIDTH)} H${String(FRAME_HEIGHT)} F10:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((FRAME_WIDTH / 2) * (FRAME_HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}
