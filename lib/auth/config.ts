import { z } from 'zod';

/**
 * Settings of sign-in and sessions, read once from the environment. Kept apart from lib/env.ts because the
 * scripts (admin:create) and the tests use them outside the web server.
 */
const schema = z.object({
  /** Minutes without a request after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /**
   * How many reverse proxies in front of the server append to X-Forwarded-For. 0 (default): the client
   * address is not known (Next.js keeps a client-sent X-Forwarded-For as it is), so there is no per-address
   * throttling. 1: one proxy (nginx, Caddy …) that appends the address it saw; that rightmost value is used.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export interface AuthConfig {
  /** A session ends after this long without a request. */
  idleMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteMs: number;
  /** lastSeenAt is written at most this often (one UPDATE per minute per session, not per request). */
  touchIntervalMs: number;
  trustedProxyHops: number;
  secureCookies: boolean;
}

export const ABSOLUTE_SESSION_HOURS = 12;
export const INVITATION_DAYS = 7;

let parsed: AuthConfig | undefined;

export function authConfig(): AuthConfig {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid sign-in configuration: ${problems}`);
  }
  const env = result.data;
  parsed = {
    idleMs: env.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: ABSOLUTE_SESSION_HOURS * 3600_000,
    touchIntervalMs: 60_000,
    trustedProxyHops: env.TRUST_PROXY,
    secureCookies: env.NODE_ENV === 'production',
  };
  return parsed;
}
