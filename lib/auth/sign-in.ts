import type { Database } from '@/lib/db/factory';
import { consumeRateLimit, rateLimitSubject, type RateLimit } from '@/lib/security/rate-limit';
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, verifyPassword } from './password';
import type { CurrentUser } from './types';

/**
 * Sign-in limits. Attempts are counted per account (the HMAC of the e-mail typed, whether or not such a user
 * exists) and, behind a trusted proxy, per client address; a successful sign-in clears its account's count.
 * Consecutive failures lock an existing account for a while, however slowly they come.
 */
export const SIGN_IN_LIMITS = {
  perAccount: { name: 'sign-in-account', limit: 5, windowMs: 15 * 60_000 },
  perAddress: { name: 'sign-in-address', limit: 20, windowMs: 15 * 60_000 },
} satisfies Record<string, RateLimit>;

export const LOCKOUT = { afterFailures: 10, durationMs: 30 * 60_000 };

export type SignInResult =
  | { ok: true; user: CurrentUser }
  /** `invalid` is the one answer for an unknown e-mail, a wrong password, a disabled or a locked account. */
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface SignInAttempt {
  email: string;
  password: string;
  /** null when not known (no trusted proxy) */
  clientAddress: string | null;
  /** keys the HMAC of the rate-limit subjects (APP_SECRET) */
  secret: string;
}

/**
 * Checks an e-mail and password. Every path that does not sign in verifies one argon2 hash (a dummy one for
 * an unknown e-mail), so the answer and its timing say nothing about which accounts exist.
 */
export async function authenticate(db: Database, attempt: SignInAttempt, now = new Date()): Promise<SignInResult> {
  const email = attempt.email.trim().toLowerCase();
  const accountKey = rateLimitSubject(attempt.secret, `account:${email}`);
  const checks = [consumeRateLimit(db, SIGN_IN_LIMITS.perAccount, accountKey, now)];
  if (attempt.clientAddress) {
    checks.push(consumeRateLimit(db, SIGN_IN_LIMITS.perAddress, rateLimitSubject(attempt.secret, `address:${attempt.clientAddress}`), now));
  }
  const refused = (await Promise.all(checks)).filter((outcome) => !outcome.allowed);
  if (refused.length > 0) {
    return { ok: false, reason: 'throttled', retryAfterSeconds: Math.max(...refused.map((outcome) => outcome.retryAfterSeconds)) };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, lockedUntil: true, failedLogins: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, attempt.password);
  if (!user) return { ok: false, reason: 'invalid' };

  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  if (user.disabledAt || locked) return { ok: false, reason: 'invalid' };

  if (!passwordMatches) {
    await recordFailure(db, user.id, now);
    return { ok: false, reason: 'invalid' };
  }

  await db.user.update({
    where: { id: user.id },
    data: {
      failedLogins: 0,
      lockedUntil: null,
      lastLoginAt: now,
      ...(needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(attempt.password) } : {}),
    },
  });
  await clearAccountCount(db, accountKey);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** One more consecutive failure, atomically; at the threshold the account is locked and the count restarts. */
async function recordFailure(db: Database, userId: string, now: Date): Promise<void> {
  const lockedUntil = new Date(now.getTime() + LOCKOUT.durationMs);
  await db.$executeRaw`
    UPDATE "User" SET
      "failedLogins" = CASE WHEN "failedLogins" + 1 >= ${LOCKOUT.afterFailures} THEN 0 ELSE "failedLogins" + 1 END,
      "lockedUntil" = CASE WHEN "failedLogins" + 1 >= ${LOCKOUT.afterFailures} THEN ${lockedUntil} ELSE "lockedUntil" END
    WHERE "id" = ${userId}::uuid`;
}

/**
 * Knowing the password ends the throttling of that account (the windows of consumeRateLimit are keyed
 * "<rule name>:<subject>"), so the people who use it are not held up by their own sign-ins.
 */
async function clearAccountCount(db: Database, accountKey: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: `${SIGN_IN_LIMITS.perAccount.name}:${accountKey}` } });
}
