import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import { INVITATION_DAYS } from './config';
import { hashPassword } from './password';
import { deleteUserSessions } from './session';
import { hashSecretToken, isWellFormedToken, newSecretToken } from './tokens';
import type { CurrentUser, Role } from './types';

/**
 * User administration: invitations, status, roles. Every change is one transaction together with its
 * AuditLog record (entityType "user"; before/after hold e-mail, name, role and status, never a hash).
 * The actions call requireRole('admin') first; these functions check the actor's role once more.
 */

type Tx = Prisma.TransactionClient;

export type UserStatus = 'active' | 'disabled' | 'locked';

export interface UserListEntry {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  createdAt: Date;
}

export type UserChangeResult = { ok: true } | { ok: false; reason: 'self' | 'lastAdmin' | 'notFound' };

export class NotAllowedError extends Error {
  constructor() {
    super('Only an admin may administer users');
    this.name = 'NotAllowedError';
  }
}

function assertAdmin(actor: CurrentUser): void {
  if (actor.role !== 'admin') throw new NotAllowedError();
}

interface UserSnapshotSource {
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
}

const snapshot = (user: UserSnapshotSource): Prisma.InputJsonObject => ({
  email: user.email,
  name: user.name,
  role: user.role,
  disabledAt: user.disabledAt?.toISOString() ?? null,
});

const SNAPSHOT_SELECT = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

async function audit(
  tx: Tx,
  entry: { actorId: string | null; action: string; entityId: string; before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject },
): Promise<void> {
  await tx.auditLog.create({
    data: { userId: entry.actorId, action: entry.action, entityType: 'user', entityId: entry.entityId, before: entry.before, after: entry.after },
  });
}

export async function listUsers(db: Database, now = new Date()): Promise<UserListEntry[]> {
  const users = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, disabledAt: true, lockedUntil: true, lastLoginAt: true, createdAt: true },
    orderBy: [{ disabledAt: { sort: 'desc', nulls: 'first' } }, { name: 'asc' }],
  });
  return users.map(({ disabledAt, lockedUntil, ...user }) => ({
    ...user,
    status: disabledAt ? 'disabled' : lockedUntil && lockedUntil > now ? 'locked' : 'active',
  }));
}

export async function listPendingInvitations(db: Database, now = new Date()): Promise<PendingInvitation[]> {
  return db.invitation.findMany({
    where: { acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

export type InviteResult = { ok: true; token: string; invitationId: string; expiresAt: Date } | { ok: false; reason: 'userExists' };

/**
 * A single-use invitation valid for 7 days. The token is returned once, for the admin to pass on (no e-mail
 * is sent); only its SHA-256 is stored. Earlier open invitations to the same address stop working.
 */
export async function inviteUser(db: Database, actor: CurrentUser, input: { email: string; role: Role }, now = new Date()): Promise<InviteResult> {
  assertAdmin(actor);
  const email = input.email.trim().toLowerCase();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: 'userExists' } as const;
    await tx.invitation.updateMany({ where: { email, acceptedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const invitation = await tx.invitation.create({
      data: { email, role: input.role, tokenHash: hashSecretToken(token), invitedById: actor.id, expiresAt, createdAt: now },
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'user.invite',
      entityId: invitation.id,
      after: { email, role: input.role, expiresAt: expiresAt.toISOString() },
    });
    return { ok: true, token, invitationId: invitation.id, expiresAt } as const;
  });
}

export async function revokeInvitation(db: Database, actor: CurrentUser, invitationId: string, now = new Date()): Promise<UserChangeResult> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    if (count === 0) return { ok: false, reason: 'notFound' } as const;
    await audit(tx, { actorId: actor.id, action: 'user.invite_revoke', entityId: invitationId });
    return { ok: true } as const;
  });
}

/** The invitation of a link, while it can still be accepted. */
export async function findOpenInvitation(db: Database, token: string, now = new Date()): Promise<{ id: string; email: string; role: Role } | null> {
  if (!isWellFormedToken(token)) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashSecretToken(token), acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true },
  });
}

export type AcceptInvitationResult = { ok: true; user: CurrentUser } | { ok: false; reason: 'invalid' | 'userExists' };

/** The invitee's account, created once: a second use of the link, even at the same moment, finds it spent. */
export async function acceptInvitation(
  db: Database,
  input: { token: string; name: string; password: string },
  now = new Date(),
): Promise<AcceptInvitationResult> {
  const open = await findOpenInvitation(db, input.token, now);
  if (!open) return { ok: false, reason: 'invalid' };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: { id: open.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (count === 0) return { ok: false, reason: 'invalid' } as const;
      const user = await tx.user.create({
        data: { email: open.email, name: input.name.trim(), role: open.role, passwordHash, createdAt: now },
        select: SNAPSHOT_SELECT,
      });
      await audit(tx, { actorId: user.id, action: 'user.create', entityId: user.id, after: { ...snapshot(user), invitationId: open.id } });
      return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } } as const;
    });
  } catch (error) {
    // The address got an account since the invitation was made; the invitation stays unused (rolled back).
    if (isUniqueViolation(error)) return { ok: false, reason: 'userExists' };
    throw error;
  }
}

/**
 * Locks the rows of the active admins (and so serialises every change that could leave none), then
 * returns the target user.
 */
async function lockAdminsAndLoad(tx: Tx, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "User" WHERE "role" = 'admin' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
  const target = await tx.user.findUnique({ where: { id: userId }, select: { ...SNAPSHOT_SELECT, lockedUntil: true } });
  return { activeAdmins: admins.length, target };
}

/**
 * Disables or enables a user. Disabling ends all their sessions at once; enabling also lifts a lockout
 * (so "enable" is also how an admin unlocks an account locked by failed sign-ins).
 * An admin cannot disable themself, nor the last active admin.
 */
export async function setUserDisabled(db: Database, actor: CurrentUser, userId: string, disabled: boolean, now = new Date()): Promise<UserChangeResult> {
  assertAdmin(actor);
  if (userId === actor.id) return { ok: false, reason: 'self' };
  return db.$transaction(async (tx) => {
    const { activeAdmins, target } = await lockAdminsAndLoad(tx, userId);
    if (!target) return { ok: false, reason: 'notFound' } as const;
    const locked = target.lockedUntil !== null && target.lockedUntil > now;
    if (disabled ? target.disabledAt !== null : target.disabledAt === null && !locked) return { ok: true } as const;
    if (disabled && target.role === 'admin' && activeAdmins <= 1) return { ok: false, reason: 'lastAdmin' } as const;
    const after = await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: now } : { disabledAt: null, failedLogins: 0, lockedUntil: null },
      select: SNAPSHOT_SELECT,
    });
    if (disabled) await deleteUserSessions(tx, userId);
    await audit(tx, { actorId: actor.id, action: disabled ? 'user.disable' : 'user.enable', entityId: userId, before: snapshot(target), after: snapshot(after) });
    return { ok: true } as const;
  });
}

/**
 * Changes a user's role. Admins do not change their own role (another admin does it), so nobody demotes
 * themself by mistake; the last active admin cannot be demoted. The new role holds from the next request.
 */
export async function changeUserRole(db: Database, actor: CurrentUser, userId: string, role: Role): Promise<UserChangeResult> {
  assertAdmin(actor);
  if (userId === actor.id) return { ok: false, reason: 'self' };
  return db.$transaction(async (tx) => {
    const { activeAdmins, target } = await lockAdminsAndLoad(tx, userId);
    if (!target) return { ok: false, reason: 'notFound' } as const;
    if (target.role === role) return { ok: true } as const;
    if (target.role === 'admin' && !target.disabledAt && activeAdmins <= 1) return { ok: false, reason: 'lastAdmin' } as const;
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: SNAPSHOT_SELECT });
    await audit(tx, { actorId: actor.id, action: 'user.role_change', entityId: userId, before: snapshot(target), after: snapshot(after) });
    return { ok: true } as const;
  });
}

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function signOutEverywhere(db: Database, user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await deleteUserSessions(tx, user.id);
    await audit(tx, { actorId: user.id, action: 'user.sign_out_everywhere', entityId: user.id, after: { sessionsEnded: ended } });
    return ended;
  });
}

/**
 * A user made from the command line (npm run admin:create). Idempotent: an existing e-mail is left as it
 * is, whatever its role or password.
 */
export async function createUserDirectly(
  db: Database,
  input: { email: string; name: string; password: string; role: Role },
  now = new Date(),
): Promise<{ created: true; userId: string } | { created: false }> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { created: false };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name.trim(), role: input.role, passwordHash, createdAt: now },
        select: SNAPSHOT_SELECT,
      });
      await audit(tx, { actorId: null, action: 'user.create', entityId: user.id, after: { ...snapshot(user), via: 'command line' } });
      return { created: true, userId: user.id } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { created: false };
    throw error;
  }
}

/** Prisma's P2002 (or PostgreSQL's 23505 as the driver adapter reports it): a unique index refused the row. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'P2002' || code === '23505';
}
