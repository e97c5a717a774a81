import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextFrameOrLater, withTimeLimit } from './time-limit';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('withTimeLimit', () => {
  it('gives the result of work that finishes in time', async () => {
    await expect(withTimeLimit(Promise.resolve(42), 1000, 'too slow')).resolves.toBe(42);
  });

  it('passes on the error of work that fails in time', async () => {
    await expect(withTimeLimit(Promise.reject(new Error('broken')), 1000, 'too slow')).rejects.toThrow('broken');
  });

  it('gives up with the message when the work never settles', async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => undefined);
    const limited = withTimeLimit(never, 5000, 'the picture took too long');
    const checked = expect(limited).rejects.toThrow('the picture took too long');
    await vi.advanceTimersByTimeAsync(5000);
    await checked;
  });
});

describe('nextFrameOrLater', () => {
  it('resolves even when the browser never paints a frame', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    void nextFrameOrLater(100).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('resolves at the frame when one comes first', async () => {
    vi.useFakeTimers();
    let paint: FrameRequestCallback = () => undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      paint = callback;
      return 1;
    });
    let done = false;
    void nextFrameOrLater(100).then(() => {
      done = true;
    });
    paint(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});
