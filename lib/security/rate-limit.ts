import { createHmac } from 'node:crypto';
import type { Database } from '@/lib/db/factory';

export interface RateLimit {
  /** what is limited, e.g. "suggestion" or "login" */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/** A subject (IP address, e-mail) as stored: an HMAC, so the table never holds personal data in clear. */
export function rateLimitSubject(secret: string, subject: string): string {
  return createHmac('sha256', secret).update(subject.trim().toLowerCase()).digest('base64url').slice(0, 32);
}

/**
 * Counts one attempt against a fixed window, atomically in PostgreSQL, so the limit holds across every
 * web instance. Old windows are removed now and then by the same call.
 */
export async function consumeRateLimit(db: Database, rule: RateLimit, subjectHash: string, now = new Date()): Promise<RateLimitOutcome> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const key = `${rule.name}:${subjectHash}`;
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? rule.limit + 1;
  if (Math.random() < 0.01) {
    await db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "windowStart" < ${new Date(now.getTime() - 24 * 3600_000)}`;
  }
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000);
  return { allowed: count <= rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds };
}
