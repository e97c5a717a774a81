// `npm audit --omit=dev` for the benchmark's report. Reported, never a gate: a new advisory in the
// registry must not turn CI red overnight. The registry may not answer audits at all (some mirrors
// refuse the bulk advisory endpoint): that is reported as such.
import { spawnSync } from 'node:child_process';

/**
 * @param {string} cwd
 * @returns {{ vulnerabilities?: Record<string, number>, total?: number, error?: string }}
 */
export function auditProduction(cwd) {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd, encoding: 'utf8' });
  try {
    const report = JSON.parse(result.stdout);
    if (report.statusCode && report.message) return { error: `the registry did not answer the audit: ${report.message}` };
    if (report.error) return { error: `${report.error.code ?? 'error'}: ${String(report.error.summary ?? '').split('\n')[0]}` };
    const counts = report.metadata?.vulnerabilities;
    if (!counts) return { error: 'npm audit printed no counts' };
    return { vulnerabilities: counts, total: counts.total ?? 0 };
  } catch {
    const reason = (result.stderr || result.stdout || '').split('\n').find((line) => /error|405|40\d|50\d/i.test(line));
    return { error: reason?.trim() ?? `npm audit exited with ${String(result.status)}` };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(auditProduction(process.cwd()), null, 2));
}
