import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyWithRetry } from './lazy-retry';

const failure = () => Promise.reject(new TypeError("Failed to load '/assets/ballot-x.js'. A ServiceWorker intercepted the request"));

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('lazyWithRetry', () => {
  it('gives the module of the first try', async () => {
    const load = vi.fn(() => Promise.resolve('module'));
    await expect(lazyWithRetry(load, 0)()).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries once more when the first load fails', async () => {
    const load = vi.fn().mockImplementationOnce(failure).mockResolvedValueOnce('module');
    await expect(lazyWithRetry(load, 0)()).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reloads the page once when the retry fails too, and never settles meanwhile', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ reload } as unknown as Location);
    const load = vi.fn(failure);
    let settled = false;
    void lazyWithRetry(load, 0)().finally(() => {
      settled = true;
    });
    await vi.waitFor(() => {
      expect(reload).toHaveBeenCalledTimes(1);
    });
    await Promise.resolve();
    expect(settled).toBe(false);
  });

  it('after a reload that did not help, the error reaches the screen instead of reloading again', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ reload } as unknown as Location);
    sessionStorage.setItem('csei-navigator:chunk-reload', String(Date.now()));
    await expect(lazyWithRetry(vi.fn(failure), 0)()).rejects.toThrow(TypeError);
    expect(reload).not.toHaveBeenCalled();
  });
});
