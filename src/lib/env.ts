import type { Env } from '@/domain/assessment';

/** The current time as an ISO timestamp. The domain never reads the clock itself. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** A random UUID v4 for new records. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The environment passed to domain functions that create records. */
export function appEnv(): Env {
  return { newId, now: nowIso() };
}

/** The app's version, from package.json at build time. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
