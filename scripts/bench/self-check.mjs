// The self-check of a measurement module run alone (`node scripts/bench/<module>.mjs`): builds the app and
// the bare React page, serves both on the given ports, measures both and prints the result as JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBare } from './bare.mjs';
import { serveDir } from './serve.mjs';

/**
 * @param {{ ports: [number, number], measure: (urls: { app: string, bare: string }) => Promise<unknown> }} options
 */
export async function selfCheckAppAndBare({ ports, measure }) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
  const tmp = mkdtempSync(join(tmpdir(), 'bench-self-check-'));
  const servers = [];
  try {
    const bare = await buildBare(join(tmp, 'bare'));
    if ('error' in bare) throw new Error(bare.error);
    const app = await serveDir(join(root, 'dist'), ports[0]);
    servers.push(app);
    const page = await serveDir(bare.outDir, ports[1]);
    servers.push(page);
    console.log(JSON.stringify(await measure({ app: app.url, bare: page.url }), null, 2));
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(tmp, { recursive: true, force: true });
  }
}
