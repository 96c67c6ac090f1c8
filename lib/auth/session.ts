import type { Database } from '@/lib/db/factory';
import { authConfig, type AuthConfig } from './config';
import { hashSecretToken, isWellFormedToken, newSecretToken } from './tokens';
import type { CurrentUser } from './types';

/**
 * Sessions live in PostgreSQL. The browser holds a random 32-byte token in the `ak_session` cookie; the
 * Session row's id is the token's SHA-256, so the table alone cannot be used to sign in.
 */
export const SESSION_COOKIE = 'ak_session';

type SessionPolicy = Pick<AuthConfig, 'idleMs' | 'absoluteMs' | 'touchIntervalMs'>;

export interface CreatedSession {
  /** goes into the cookie, nowhere else */
  token: string;
  expiresAt: Date;
}

export interface ValidSession {
  sessionId: string;
  user: CurrentUser;
  expiresAt: Date;
}

/** Attributes of the session cookie; `Secure` in production, and always httpOnly, SameSite=Lax, path /. */
export function sessionCookieOptions(expiresAt: Date, secure = authConfig().secureCookies) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', expires: expiresAt };
}

/**
 * Starts a session for a user who has just proven who they are. The session the browser had before (of any
 * user) is deleted, so a token planted before sign-in is worthless afterwards; the user's sessions that have
 * already expired are cleared on the way.
 */
export async function createSession(
  db: Database,
  input: { userId: string; userAgent?: string | null; previousToken?: string | null },
  now = new Date(),
  policy: SessionPolicy = authConfig(),
): Promise<CreatedSession> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await db.$transaction([
    db.session.deleteMany({
      where: {
        OR: [
          ...(isWellFormedToken(input.previousToken) ? [{ id: hashSecretToken(input.previousToken) }] : []),
          { userId: input.userId, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - policy.idleMs) } }] },
        ],
      },
    }),
    db.session.create({
      data: {
        id: hashSecretToken(token),
        userId: input.userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      },
    }),
  ]);
  return { token, expiresAt };
}

/**
 * The session of a cookie token, or null when there is none, it has passed its absolute or idle expiry, or its
 * user is disabled (such sessions are deleted). Marks the session as seen, at most once per touch interval.
 */
export async function validateSession(
  db: Database,
  token: string | null | undefined,
  now = new Date(),
  policy: SessionPolicy = authConfig(),
): Promise<ValidSession | null> {
  if (!isWellFormedToken(token)) return null;
  const id = hashSecretToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session) return null;
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleSince >= policy.idleMs || session.user.disabledAt) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (idleSince >= policy.touchIntervalMs) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const { id: userId, email, name, role } = session.user;
  return { sessionId: id, user: { id: userId, email, name, role }, expiresAt: session.expiresAt };
}

/** Sign-out: the session of this token ends. */
export async function deleteSession(db: Database, token: string | null | undefined): Promise<void> {
  if (!isWellFormedToken(token)) return;
  await db.session.deleteMany({ where: { id: hashSecretToken(token) } });
}

/** "Sign out everywhere", and what disabling a user does: every session of the user ends. */
export async function deleteUserSessions(db: Pick<Database, 'session'>, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

/** The user's sessions that are still valid, newest first (for the account page). */
export async function listUserSessions(db: Database, userId: string, now = new Date(), policy: SessionPolicy = authConfig()) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - policy.idleMs) } },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
    orderBy: { lastSeenAt: 'desc' },
  });
}
