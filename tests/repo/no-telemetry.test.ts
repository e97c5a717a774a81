/**
 * Nothing in the app may report on its users: no analytics, telemetry, error-reporting or session
 * replay package may be among the production dependencies, directly or deeper down (`npm ls --omit=dev`).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

type Tree = { dependencies?: Record<string, Tree> };

/** Names of every production package, at any depth. */
function productionPackages(): Set<string> {
  const output = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const names = new Set<string>();
  const walk = (tree: Tree) => {
    for (const [name, child] of Object.entries(tree.dependencies ?? {})) {
      names.add(name);
      walk(child);
    }
  };
  walk(JSON.parse(output) as Tree);
  return names;
}

/** Words in package names of tools that send data about users or errors to somebody. */
const TRACKING = /(?:^|[-/])ga4?(?:$|-)|analytics|telemetry|tracking|tracker|sentry|bugsnag|rollbar|datadog|newrelic|new-relic|honeybadger|logrocket|fullstory|hotjar|mixpanel|amplitude|posthog|segment|heap-|matomo|plausible|gtag|google-tag|clarity|opentelemetry|raygun|appsignal|trackjs|splitbee|umami|smartlook|mouseflow|elastic-apm|insights/i;

describe('production dependencies', () => {
  const names = productionPackages();

  it('are listed by npm (the check is not looking at an empty tree)', () => {
    expect(names).toContain('react');
    expect(names).toContain('dexie');
  });

  it('hold no analytics, telemetry or error-reporting package', () => {
    expect([...names].filter((name) => TRACKING.test(name))).toEqual([]);
  });

  it('the check would catch such a package', () => {
    const known = ['@sentry/react', 'posthog-js', '@vercel/analytics', 'react-ga4', 'universal-analytics', '@opentelemetry/api'];
    expect(known.filter((name) => !TRACKING.test(name))).toEqual([]);
    expect(TRACKING.test('recharts')).toBe(false);
  });
});
