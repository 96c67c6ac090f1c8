import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as argon2 from '@node-rs/argon2';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { DUMMY_PASSWORD_HASH, PASSWORD_HASH_OPTIONS, verifyPassword } from '@/lib/auth/password';
import { createSession, deleteSession, validateSession } from '@/lib/auth/session';
import { authenticate, LOCKOUT, SIGN_IN_LIMITS, type SignInAttempt } from '@/lib/auth/sign-in';
import { hashSecretToken } from '@/lib/auth/tokens';
import type { CurrentUser } from '@/lib/auth/types';
import { adminRoute, AuthError, getCurrentUser, requireRole, requireUser, requireUserForApi } from '@/lib/auth/guard';
import {
  acceptInvitation,
  changeUserRole,
  createUserDirectly,
  findOpenInvitation,
  inviteUser,
  listUsers,
  NotAllowedError,
  setUserDisabled,
  signOutEverywhere,
} from '@/lib/auth/users';

// The real argon2, watched: which hash each sign-in path verifies.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...original, verify: vi.fn(original.verify) };
});
const verifiedHashes = async (run: () => Promise<unknown>) => {
  vi.mocked(argon2.verify).mockClear();
  await run();
  return vi.mocked(argon2.verify).mock.calls.map(([stored]) => String(stored));
};

// The guard reads the cookie, the web server's client and the locale through Next.js; here they are the test's.
const web = vi.hoisted(() => ({ token: undefined as string | undefined, db: undefined as unknown, headers: new Headers() }));
vi.mock('@/lib/auth/cookie', () => ({ readSessionToken: async () => web.token }));
vi.mock('@/lib/db/client', () => ({ getDb: () => web.db }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'lv' }));
vi.mock('next/headers', () => ({ headers: async () => web.headers }));

let database: TestDatabase;
let db: Database;

const policy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000, touchIntervalMs: 60_000 };
const secret = 'integration-test-secret-'.padEnd(40, 'x');
const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);
const PASSWORD = 'kļava-ziema-2026';

/** Fixed-window limits make "now" matter: each test starts in a window of its own. */
let clock = new Date('2026-11-23T08:00:00Z');
function freshWindow(): Date {
  clock = new Date(clock.getTime() + 24 * 3600_000);
  return clock;
}

async function makeUser(email: string, role: 'admin' | 'editor' = 'editor', password = PASSWORD): Promise<CurrentUser> {
  const result = await createUserDirectly(db, { email, name: email.split('@')[0] ?? email, password, role });
  if (!result.created) throw new Error(`${email} exists`);
  return { id: result.userId, email, name: email.split('@')[0] ?? email, role };
}

const attempt = (email: string, password: string, extra: Partial<SignInAttempt> = {}): SignInAttempt => ({
  email,
  password,
  clientAddress: null,
  secret,
  ...extra,
});

beforeAll(async () => {
  database = await createMigratedTestDatabase('auth');
  db = createDatabaseClient(database.url);
  web.db = db;
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('sessions', () => {
  let user: CurrentUser;
  beforeAll(async () => {
    user = await makeUser('session@example.lv');
  });

  it('keeps only the SHA-256 of the token, and finds the user by the token', async () => {
    const now = freshWindow();
    const { token, expiresAt } = await createSession(db, { userId: user.id, userAgent: 'test' }, now, policy);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - now.getTime()).toBe(12 * 3600_000);
    const rows = await db.session.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.id)).toContain(hashSecretToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await validateSession(db, token, minutes(now, 1), policy))?.user).toEqual(user);
    // the last character changed to another one (always "A" would leave one token in 64 unchanged)
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await validateSession(db, altered, now, policy)).toBeNull();
    expect(await validateSession(db, 'not a token', now, policy)).toBeNull();
  });

  it('rotates at sign-in: the browser’s previous session is deleted', async () => {
    const now = freshWindow();
    const first = await createSession(db, { userId: user.id }, now, policy);
    const second = await createSession(db, { userId: user.id, previousToken: first.token }, now, policy);
    expect(await validateSession(db, first.token, now, policy)).toBeNull();
    expect(await db.session.findUnique({ where: { id: hashSecretToken(first.token) } })).toBeNull();
    expect(await validateSession(db, second.token, now, policy)).not.toBeNull();
  });

  it('ends after 30 idle minutes, is kept alive by use, and touches lastSeenAt at most once a minute', async () => {
    const now = freshWindow();
    const { token } = await createSession(db, { userId: user.id }, now, policy);
    const id = hashSecretToken(token);
    await validateSession(db, token, new Date(now.getTime() + 30_000), policy);
    expect((await db.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(now);
    expect(await validateSession(db, token, minutes(now, 20), policy)).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(minutes(now, 20));
    expect(await validateSession(db, token, minutes(now, 45), policy)).not.toBeNull();
    expect(await validateSession(db, token, minutes(now, 76), policy)).toBeNull();
    expect(await db.session.findUnique({ where: { id } })).toBeNull();
  });

  it('ends 12 hours after sign-in however active', async () => {
    const now = freshWindow();
    const { token } = await createSession(db, { userId: user.id }, now, policy);
    for (let m = 20; m < 12 * 60; m += 20) {
      expect(await validateSession(db, token, minutes(now, m), policy)).not.toBeNull();
    }
    expect(await validateSession(db, token, minutes(now, 12 * 60), policy)).toBeNull();
  });

  it('signs out one session, or every session of the user', async () => {
    const now = freshWindow();
    const a = await createSession(db, { userId: user.id }, now, policy);
    const b = await createSession(db, { userId: user.id }, now, policy);
    const c = await createSession(db, { userId: user.id }, now, policy);
    await deleteSession(db, a.token);
    expect(await validateSession(db, a.token, now, policy)).toBeNull();
    expect(await validateSession(db, b.token, now, policy)).not.toBeNull();

    expect(await signOutEverywhere(db, user)).toBeGreaterThanOrEqual(2);
    expect(await validateSession(db, b.token, now, policy)).toBeNull();
    expect(await validateSession(db, c.token, now, policy)).toBeNull();
    const log = await db.auditLog.findFirst({ where: { action: 'user.sign_out_everywhere', entityId: user.id } });
    expect(log?.userId).toBe(user.id);
  });
});

describe('sign-in', () => {
  it('signs in with the right password, records the time and resets the failure count', async () => {
    const user = await makeUser('right@example.lv');
    const now = freshWindow();
    expect(await authenticate(db, attempt('right@example.lv', 'wrong password 1'), now)).toEqual({ ok: false, reason: 'invalid' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLogins).toBe(1);
    const result = await authenticate(db, attempt('  Right@Example.LV ', PASSWORD), now);
    expect(result).toEqual({ ok: true, user });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.failedLogins).toBe(0);
    expect(stored.lastLoginAt).toEqual(now);
  });

  it('gives the same answer, after an argon2 verification, for an unknown e-mail, a wrong password and a disabled account', async () => {
    const admin = await makeUser('enum-admin@example.lv', 'admin');
    const disabled = await makeUser('disabled@example.lv');
    await makeUser('known@example.lv');
    expect(await setUserDisabled(db, admin, disabled.id, true)).toEqual({ ok: true });

    const now = freshWindow();
    const unknown = await authenticate(db, attempt('nobody@example.lv', 'whatever password'), now);
    const wrong = await authenticate(db, attempt('known@example.lv', 'whatever password'), now);
    const off = await authenticate(db, attempt('disabled@example.lv', PASSWORD), now);
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual(unknown);
    expect(off).toEqual(unknown);

    // Timing: every path verifies exactly one argon2 hash — the dummy one for an unknown e-mail — so all cost
    // the same. Checked by watching argon2, which a busy machine cannot make flaky…
    const stored = async (email: string) =>
      (await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } })).passwordHash;
    expect(await verifiedHashes(() => authenticate(db, attempt('nobody2@example.lv', 'a guess here'), freshWindow()))).toEqual([DUMMY_PASSWORD_HASH]);
    expect(await verifiedHashes(() => authenticate(db, attempt('known@example.lv', 'a guess here'), freshWindow()))).toEqual([await stored('known@example.lv')]);
    expect(await verifiedHashes(() => authenticate(db, attempt('disabled@example.lv', PASSWORD), freshWindow()))).toEqual([await stored('disabled@example.lv')]);
    // …and by the clock, loosely: the fastest unknown-e-mail answer is not much faster than the fastest bare verification.
    const fastest = async (run: (i: number) => Promise<unknown>) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await run(i);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const verification = await fastest(async () => verifyPassword(await stored('known@example.lv'), 'not the password'));
    const unknownMs = await fastest((i) => authenticate(db, attempt('nobody@example.lv', `guess number ${i}`), freshWindow()));
    expect(unknownMs).toBeGreaterThan(verification * 0.3);
  });

  it('throttles an account after 5 attempts in 15 minutes, whether or not it exists, and even with the right password', async () => {
    await makeUser('throttled@example.lv');
    const now = freshWindow();
    for (const email of ['throttled@example.lv', 'ghost@example.lv']) {
      for (let i = 0; i < SIGN_IN_LIMITS.perAccount.limit; i++) {
        expect((await authenticate(db, attempt(email, `wrong ${i} password`), now)).ok).toBe(false);
      }
    }
    const known = await authenticate(db, attempt('throttled@example.lv', PASSWORD), now);
    const ghost = await authenticate(db, attempt('ghost@example.lv', PASSWORD), now);
    expect(known).toMatchObject({ ok: false, reason: 'throttled' });
    expect(ghost).toEqual(known);
    // the next window lets the person in
    expect((await authenticate(db, attempt('throttled@example.lv', PASSWORD), minutes(now, 15))).ok).toBe(true);
  });

  it('clears the account count on success, so the people who know the password are not held up', async () => {
    await makeUser('frequent@example.lv');
    const now = freshWindow();
    for (let i = 0; i < 12; i++) {
      expect((await authenticate(db, attempt('frequent@example.lv', PASSWORD), now)).ok).toBe(true);
    }
  });

  it('throttles a client address after 20 attempts across accounts, when the address is known', async () => {
    const now = freshWindow();
    const from = (i: number, clientAddress: string) => attempt(`spray${i}@example.lv`, 'password spraying', { clientAddress });
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.limit; i++) {
      expect(await authenticate(db, from(i, '203.0.113.9'), now)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticate(db, from(99, '203.0.113.9'), now)).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await authenticate(db, from(98, '198.51.100.4'), now)).toEqual({ ok: false, reason: 'invalid' });
    const keys = (await db.rateLimitBucket.findMany()).map((b) => b.key).join(' ');
    expect(keys).not.toContain('203.0.113.9');
    expect(keys).not.toContain('spray');
  });

  it('locks an account for 30 minutes after 10 consecutive failures, however slowly they come', async () => {
    const user = await makeUser('locked@example.lv');
    let now = freshWindow();
    for (let i = 0; i < LOCKOUT.afterFailures; i++) {
      now = minutes(now, 16); // a new throttling window each time
      expect(await authenticate(db, attempt('locked@example.lv', `guess ${i} of many`), now)).toEqual({ ok: false, reason: 'invalid' });
    }
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lockedUntil).toEqual(new Date(now.getTime() + LOCKOUT.durationMs));
    expect((await listUsers(db, now)).find((u) => u.id === user.id)?.status).toBe('locked');

    // locked: the right password gets the same generic answer
    expect(await authenticate(db, attempt('locked@example.lv', PASSWORD), minutes(now, 16))).toEqual({ ok: false, reason: 'invalid' });
    expect((await authenticate(db, attempt('locked@example.lv', PASSWORD), minutes(now, 31))).ok).toBe(true);
  });

  it('lets an admin lift a lockout before it ends', async () => {
    const admin = await makeUser('unlocking-admin@example.lv', 'admin');
    const user = await makeUser('unlock-me@example.lv');
    const now = freshWindow();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: minutes(now, 30) } });
    expect(await authenticate(db, attempt('unlock-me@example.lv', PASSWORD), now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await setUserDisabled(db, admin, user.id, false, now)).toEqual({ ok: true });
    expect((await authenticate(db, attempt('unlock-me@example.lv', PASSWORD), now)).ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: 'user.enable', entityId: user.id } })).toBe(1);
    // enabling an active, unlocked user changes nothing and logs nothing
    expect(await setUserDisabled(db, admin, user.id, false, now)).toEqual({ ok: true });
    expect(await db.auditLog.count({ where: { action: 'user.enable', entityId: user.id } })).toBe(1);
  });

  it('rehashes a password stored with weaker parameters at the next sign-in', async () => {
    const user = await makeUser('old-hash@example.lv');
    const weak = await argon2.hash(PASSWORD, { algorithm: PASSWORD_HASH_OPTIONS.algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await db.user.update({ where: { id: user.id }, data: { passwordHash: weak } });
    expect((await authenticate(db, attempt('old-hash@example.lv', PASSWORD), freshWindow())).ok).toBe(true);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
  });
});

describe('user administration', () => {
  let admin: CurrentUser;
  beforeAll(async () => {
    admin = await makeUser('admin@example.lv', 'admin');
  });

  it('invites with a single-use link valid for 7 days, storing only the token’s hash', async () => {
    const now = freshWindow();
    const invited = await inviteUser(db, admin, { email: ' New.Editor@Example.lv ', role: 'editor' }, now);
    if (!invited.ok) throw new Error('not invited');
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invited.invitationId } });
    expect(row.email).toBe('new.editor@example.lv');
    expect(row.tokenHash).toBe(hashSecretToken(invited.token));
    expect(JSON.stringify(row)).not.toContain(invited.token);
    expect(row.expiresAt).toEqual(new Date(now.getTime() + 7 * 24 * 3600_000));

    expect(await findOpenInvitation(db, invited.token, minutes(now, 7 * 24 * 60 + 1))).toBeNull();
    const accepted = await acceptInvitation(db, { token: invited.token, name: '  Jana Bērziņa ', password: PASSWORD }, minutes(now, 5));
    expect(accepted).toMatchObject({ ok: true, user: { email: 'new.editor@example.lv', name: 'Jana Bērziņa', role: 'editor' } });
    expect(await acceptInvitation(db, { token: invited.token, name: 'Again', password: PASSWORD }, minutes(now, 6))).toEqual({ ok: false, reason: 'invalid' });
    expect((await authenticate(db, attempt('new.editor@example.lv', PASSWORD), minutes(now, 7))).ok).toBe(true);

    const logs = await db.auditLog.findMany({ where: { entityType: 'user', action: { in: ['user.invite', 'user.create'] } } });
    expect(logs.map((l) => l.action)).toEqual(expect.arrayContaining(['user.invite', 'user.create']));
    expect(JSON.stringify(logs.map((l) => [l.before, l.after]))).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses expired links, links replaced by a newer invitation, concurrent second uses and taken addresses', async () => {
    const now = freshWindow();
    const old = await inviteUser(db, admin, { email: 'twice@example.lv', role: 'editor' }, now);
    const fresh = await inviteUser(db, admin, { email: 'twice@example.lv', role: 'admin' }, minutes(now, 1));
    if (!old.ok || !fresh.ok) throw new Error('not invited');
    expect(await findOpenInvitation(db, old.token, minutes(now, 2))).toBeNull();
    const both = await Promise.all([
      acceptInvitation(db, { token: fresh.token, name: 'One', password: PASSWORD }, minutes(now, 2)),
      acceptInvitation(db, { token: fresh.token, name: 'Two', password: PASSWORD }, minutes(now, 2)),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: 'twice@example.lv' } })).toBe(1);

    expect(await inviteUser(db, admin, { email: 'twice@example.lv', role: 'editor' }, now)).toEqual({ ok: false, reason: 'userExists' });
    const late = await inviteUser(db, admin, { email: 'late@example.lv', role: 'editor' }, now);
    if (!late.ok) throw new Error('not invited');
    await makeUser('late@example.lv');
    expect(await acceptInvitation(db, { token: late.token, name: 'Late', password: PASSWORD }, minutes(now, 3))).toEqual({ ok: false, reason: 'userExists' });
    expect(await findOpenInvitation(db, late.token, minutes(now, 3))).not.toBeNull();
  });

  it('disabling ends the user’s sessions and sign-in; enabling lifts a lockout; every change is audited without hashes', async () => {
    const editor = await makeUser('to-disable@example.lv');
    const now = freshWindow();
    const { token } = await createSession(db, { userId: editor.id }, now, policy);
    await db.user.update({ where: { id: editor.id }, data: { lockedUntil: minutes(now, 60), failedLogins: 3 } });

    expect(await setUserDisabled(db, admin, editor.id, true, now)).toEqual({ ok: true });
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
    expect(await validateSession(db, token, now, policy)).toBeNull();
    expect((await listUsers(db, now)).find((u) => u.id === editor.id)?.status).toBe('disabled');

    expect(await setUserDisabled(db, admin, editor.id, false, now)).toEqual({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect([stored.disabledAt, stored.lockedUntil, stored.failedLogins]).toEqual([null, null, 0]);
    expect((await authenticate(db, attempt('to-disable@example.lv', PASSWORD), now)).ok).toBe(true);

    const logs = await db.auditLog.findMany({ where: { entityType: 'user', entityId: editor.id, action: { in: ['user.disable', 'user.enable'] } }, orderBy: { id: 'asc' } });
    expect(logs.map((l) => [l.action, l.userId])).toEqual([
      ['user.disable', admin.id],
      ['user.enable', admin.id],
    ]);
    expect(logs[0]?.before).toMatchObject({ email: 'to-disable@example.lv', disabledAt: null, role: 'editor' });
    expect((logs[0]?.after as { disabledAt: string }).disabledAt).toBe(now.toISOString());
    expect(JSON.stringify(logs.map((l) => [l.before, l.after]))).not.toMatch(/argon2|passwordHash/);
  });

  it('changes roles, but an admin cannot disable or demote themself, nor leave the site without an active admin', async () => {
    const solo = await makeDatabaseWithOneAdmin();
    expect(await setUserDisabled(db, solo, solo.id, true)).toEqual({ ok: false, reason: 'self' });
    expect(await changeUserRole(db, solo, solo.id, 'editor')).toEqual({ ok: false, reason: 'self' });

    const second = await makeUser('second-admin@example.lv', 'admin');
    expect(await changeUserRole(db, solo, second.id, 'editor')).toEqual({ ok: true });
    expect(await changeUserRole(db, solo, second.id, 'admin')).toEqual({ ok: true });
    const roleLog = await db.auditLog.findFirst({ where: { action: 'user.role_change', entityId: second.id }, orderBy: { id: 'asc' } });
    expect([roleLog?.before, roleLog?.after]).toMatchObject([{ role: 'admin' }, { role: 'editor' }]);

    // Two admins disabling each other at the same moment: one of them must stay.
    const outcomes = await Promise.all([setUserDisabled(db, solo, second.id, true), setUserDisabled(db, second, solo.id, true)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toEqual({ ok: false, reason: 'lastAdmin' });
    expect(await db.user.count({ where: { role: 'admin', disabledAt: null } })).toBe(1);

    // …and the same for two admins demoting each other at once.
    const disabledOne = outcomes[0]?.ok ? second : solo;
    const keeper = disabledOne.id === solo.id ? second : solo;
    expect(await setUserDisabled(db, keeper, disabledOne.id, false)).toEqual({ ok: true });
    const demotions = await Promise.all([changeUserRole(db, solo, second.id, 'editor'), changeUserRole(db, second, solo.id, 'editor')]);
    expect(demotions.filter((o) => o.ok)).toHaveLength(1);
    expect(demotions.find((o) => !o.ok)).toEqual({ ok: false, reason: 'lastAdmin' });
    expect(await db.user.count({ where: { role: 'admin', disabledAt: null } })).toBe(1);
  });

  it('refuses every user change from an editor, whatever the page did', async () => {
    const editor = await makeUser('not-an-admin@example.lv');
    await expect(inviteUser(db, editor, { email: 'x@example.lv', role: 'admin' })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(setUserDisabled(db, editor, admin.id, true)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(changeUserRole(db, editor, editor.id, 'admin')).rejects.toBeInstanceOf(NotAllowedError);
  });
});

/** Leaves exactly one active admin in the database and returns them. */
async function makeDatabaseWithOneAdmin(): Promise<CurrentUser> {
  await db.user.updateMany({ where: { role: 'admin' }, data: { disabledAt: new Date() } });
  return makeUser('only-admin@example.lv', 'admin');
}

describe('the guard', () => {
  let admin: CurrentUser;
  let editor: CurrentUser;
  const tokenFor = async (user: CurrentUser) => (await createSession(db, { userId: user.id })).token;
  /** What Next.js's redirect() and notFound() throw. */
  const interruption = async (run: () => Promise<unknown>) => {
    const error = await run().then(() => null, (thrown: unknown) => thrown);
    return String((error as { digest?: unknown } | null)?.digest ?? error);
  };

  beforeAll(async () => {
    admin = await makeUser('guard-admin@example.lv', 'admin');
    editor = await makeUser('guard-editor@example.lv');
  });

  it('sends a signed-out visitor to the sign-in page, with the way back when it is an admin path', async () => {
    web.token = undefined;
    web.headers = new Headers();
    expect(await getCurrentUser()).toBeNull();
    expect(await interruption(() => requireUser('/lv/admin/users'))).toMatch(/^NEXT_REDIRECT;replace;\/lv\/admin\/sign-in\?next=%2Flv%2Fadmin%2Fusers;307;/);
    expect(await interruption(() => requireUser('https://evil.example/'))).toMatch(/^NEXT_REDIRECT;replace;\/lv\/admin\/sign-in;307;/);
    // a server action: back to the page that posted it
    web.headers = new Headers({ 'next-action': 'abc', host: 'katalogs.lv', referer: 'https://katalogs.lv/lv/admin/account' });
    expect(await interruption(() => requireRole('editor'))).toContain('/lv/admin/sign-in?next=%2Flv%2Fadmin%2Faccount;');
    web.token = 'x'.repeat(43);
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUserForApi()).rejects.toMatchObject({ status: 401 });
  });

  it('lets admins through everywhere and editors only to editor pages; others get the 404 page', async () => {
    web.token = await tokenFor(editor);
    expect(await requireUser()).toEqual(editor);
    expect(await requireRole('editor')).toEqual(editor);
    expect(await interruption(() => requireRole('admin'))).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
    await expect(requireUserForApi('admin')).rejects.toEqual(new AuthError(403));

    web.token = await tokenFor(admin);
    expect(await requireRole('admin')).toEqual(admin);
    expect(await requireRole('editor')).toEqual(admin);
    expect(await requireUserForApi('admin')).toEqual(admin);
  });

  it('wraps route handlers: cross-site writes 403, signed out 401, wrong role 403, else the handler with the user', async () => {
    const handler = adminRoute(async (_request: Request, _context: unknown, user: CurrentUser) => Response.json({ id: user.id }), { role: 'admin' });
    const call = async (token: string | undefined, init: RequestInit & { headers?: Record<string, string> } = {}) => {
      web.token = token;
      const response = await handler(new Request('https://katalogs.lv/lv/admin/x', { ...init, headers: { host: 'katalogs.lv', ...init.headers } }), {});
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const adminToken = await tokenFor(admin);
    expect(await call(adminToken, { method: 'POST', headers: { origin: 'https://evil.example' } })).toEqual({ status: 403, body: { error: { code: 'cross_site' } } });
    expect(await call(adminToken, { method: 'DELETE', headers: { 'sec-fetch-site': 'cross-site' } })).toMatchObject({ status: 403 });
    expect(await call(undefined)).toEqual({ status: 401, body: { error: { code: 'unauthorized' } } });
    expect(await call(await tokenFor(editor), { method: 'POST', headers: { origin: 'https://katalogs.lv' } })).toEqual({ status: 403, body: { error: { code: 'forbidden' } } });
    expect(await call(adminToken, { method: 'POST', headers: { origin: 'https://katalogs.lv', 'sec-fetch-site': 'same-origin' } })).toEqual({ status: 200, body: { id: admin.id } });
  });

  it('treats a disabled user as signed out', async () => {
    const disabledEditor = await makeUser('guard-disabled@example.lv');
    web.token = await tokenFor(disabledEditor);
    expect(await getCurrentUser()).toEqual(disabledEditor);
    await db.user.update({ where: { id: disabledEditor.id }, data: { disabledAt: new Date() } });
    expect(await getCurrentUser()).toBeNull();
  });
});
