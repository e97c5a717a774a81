// A Chromium process the test starts itself, so that it can be killed hard (SIGKILL) mid-save and
// started again on the same profile. Playwright's own launchers hide the process of a persistent
// context; here Chromium is spawned directly and driven over the DevTools protocol.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Browser, BrowserContext } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

/** Every Chromium started here and not yet gone, so that a failed or timed-out test leaves none behind. */
const running = new Set<ChildProcess>();

/** Kills the whole process group of a Chromium started here (browser, renderers, storage) and waits until it is gone. */
async function killGroup(child: ChildProcess): Promise<void> {
  running.delete(child);
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await exited;
}

export class CrashableBrowser {
  private constructor(
    private readonly process: ChildProcess,
    private readonly browser: Browser,
    /** The profile's own context: its IndexedDB and localStorage live in the user data directory. */
    readonly context: BrowserContext,
  ) {}

  /** Starts Chromium on `userDataDir` (created if missing) and connects to it. */
  static async launch(userDataDir: string): Promise<CrashableBrowser> {
    const child = spawn(findChromium(), [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
      // Its own process group: the kill reaches the renderer and storage processes too.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    running.add(child);
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        const lines = createInterface({ input: child.stderr });
        // Chromium keeps writing to stderr: the lines are read to the end so that the pipe never fills.
        lines.on('line', (line) => {
          const match = /DevTools listening on (ws:\/\/\S+)/.exec(line);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => {
          reject(new Error(`Chromium exited (code ${String(code)}) before it was ready`));
        });
      });
      const browser = await chromium.connectOverCDP(endpoint);
      const context = browser.contexts()[0];
      if (!context) throw new Error('Chromium started without its default context');
      return new CrashableBrowser(child, browser, context);
    } catch (error) {
      await killGroup(child);
      throw error;
    }
  }

  /** Kills every browser started here that is still running (call it after each test). */
  static async killAll(): Promise<void> {
    await Promise.all([...running].map(killGroup));
  }

  /** Kills every process of this browser at once, as a crash of the browser would, and waits until they are gone. */
  kill(): Promise<void> {
    return killGroup(this.process);
  }

  /** A normal shutdown (end of the test). */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.kill();
  }
}
