import type { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { EntryStatus } from '@/lib/generated/prisma/enums';
import type { Database } from '@/lib/db/factory';
import { slugify } from '@/lib/text/slug';
import { parseFormInput, type FieldErrors } from '@/lib/validation/admin/errors';
import { differences, findStoredState, recordEntryAudit, type ChangeContext, type EntryAction } from './audit';
import type { Actor, CatalogueKind, EntryRef, EntryState } from './entry-kinds';
import { acceptSuggestionInTransaction } from './suggestions';

/**
 * The one way coordinators' changes reach the catalogue. Every write is, in ONE transaction:
 *   1. the row locked (`SELECT … FOR UPDATE`) and its version compared with the one the coordinator started from;
 *   2. the full state before the change read;
 *   3. the change written with `UPDATE … WHERE id = ? AND version = ?`, version + 1 and origin 'admin' (so the
 *      importer never overwrites it);
 *   4. the full state after it read, and an AuditLog row with both states and the user;
 *   5. SearchOutbox rows for the entry and for the entries whose search documents show it.
 * A stale version writes nothing and answers with the current state and the fields that differ.
 */

export type Tx = Prisma.TransactionClient;

/** How one kind of entry is read and written. Implemented in services.ts, organizations.ts, … */
export interface EntryAdapter<V, R> {
  kind: CatalogueKind;
  /** the table, for the row lock */
  table: Prisma.Sql;
  /** the admin form schema; restored states are checked by it again */
  schema: z.ZodType<V>;
  /** editable fields in form order (for differences) */
  fields: readonly string[];
  /** whether the entry has a verification date */
  verifiable: boolean;
  /** References typed as names or slugs → canonical values, or field errors. */
  resolve(tx: Tx, values: V, selfId: string | null): Promise<{ ok: true; values: V; refs: R } | { ok: false; fieldErrors: FieldErrors }>;
  /** Inserts a new entry (draft, origin admin, version 1) with its relations; returns its id. */
  insert(tx: Tx, slug: string, values: V, refs: R): Promise<string>;
  /** Writes the columns with the version condition; false when the version did not match. */
  writeColumns(tx: Tx, ref: EntryRef, values: V, refs: R): Promise<boolean>;
  /** Replaces phones, places and links with those of `values`. */
  replaceRelations(tx: Tx, id: string, values: V, refs: R): Promise<void>;
  /** The full current state, or null. */
  load(tx: Tx | Database, id: string): Promise<EntryState<V> | null>;
  /** Entries whose search documents show this one (a provider's name on its services …). */
  related(tx: Tx, id: string): Promise<{ kind: CatalogueKind; id: string }[]>;
  slugTaken(tx: Tx, slug: string): Promise<boolean>;
}

export type WriteResult<V = unknown> =
  | { ok: true; id: string; slug: string; version: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; fieldErrors: FieldErrors }
  | { ok: false; reason: 'not_allowed'; status: EntryStatus }
  | { ok: false; reason: 'conflict'; current: EntryState<V>; differences: ConflictDifference[] };

/** A field where the coordinator's input differs from what is saved now. */
export interface ConflictDifference {
  field: string;
  yours: unknown;
  current: unknown;
}

export interface WriteOptions {
  context?: ChangeContext;
}

const TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

/** Thrown inside a transaction to roll it back when the version condition of the UPDATE fails. */
class VersionConflict extends Error {
  constructor() {
    super('version conflict');
  }
}

async function lockRow(tx: Tx, table: Prisma.Sql, id: string): Promise<{ version: number; status: EntryStatus } | null> {
  const rows = await tx.$queryRaw<{ version: number; status: EntryStatus }[]>`SELECT version, status::text AS status FROM ${table} WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

async function enqueue(tx: Tx, entries: { kind: CatalogueKind; id: string }[]) {
  const unique = [...new Map(entries.map((e) => [`${e.kind}:${e.id}`, e])).values()];
  if (unique.length > 0) await tx.searchOutbox.createMany({ data: unique.map((e) => ({ entityType: e.kind, entityId: e.id })) });
}

async function finish<V, R>(
  tx: Tx,
  adapter: EntryAdapter<V, R>,
  actor: Actor,
  action: EntryAction,
  id: string,
  before: EntryState<V> | null,
  options: WriteOptions,
  relatedBefore: { kind: CatalogueKind; id: string }[] = [],
): Promise<EntryState<V>> {
  const after = await adapter.load(tx, id);
  if (!after) throw new Error(`${adapter.kind} ${id} vanished during its own transaction`);
  await recordEntryAudit(tx, { userId: actor.id, action, kind: adapter.kind, id, before, after, context: options.context });
  // Entries linked before or after the change: a removed provider must drop the service's name too.
  await enqueue(tx, [{ kind: adapter.kind, id }, ...relatedBefore, ...(await adapter.related(tx, id))]);
  if (options.context?.suggestionId) {
    await acceptSuggestionInTransaction(tx, actor, options.context.suggestionId, { note: null, appliedTo: { kind: adapter.kind, id, version: after.version } });
  }
  return after;
}

/** The current state and how the coordinator's values differ from it. */
async function conflict<V>(db: Database, adapter: EntryAdapter<V, unknown>, id: string, yours: V): Promise<WriteResult<V>> {
  const current = await adapter.load(db, id);
  if (!current) return { ok: false, reason: 'not_found' };
  const diff = differences(adapter.fields, yours as Record<string, unknown>, current.values as Record<string, unknown>).map((d) => ({
    field: d.field,
    yours: d.before,
    current: d.after,
  }));
  return { ok: false, reason: 'conflict', current, differences: diff };
}

async function uniqueSlug<V, R>(tx: Tx, adapter: EntryAdapter<V, R>, name: string): Promise<string> {
  const base = slugify(name).slice(0, 110).replace(/-+$/, '') || adapter.kind.replace(/_/g, '-');
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await adapter.slugTaken(tx, candidate))) return candidate;
  }
  throw new Error(`no free slug for ${base}`);
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Creates a draft entry. The slug comes from the name (with -2, -3 … when taken) and never changes afterwards. */
export async function createEntry<V extends { name: string }, R>(
  db: Database,
  adapter: EntryAdapter<V, R>,
  actor: Actor,
  input: V,
  options: WriteOptions = {},
): Promise<WriteResult<V>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const resolved = await adapter.resolve(tx, input, null);
        if (!resolved.ok) return { ok: false, reason: 'invalid', fieldErrors: resolved.fieldErrors } as const;
        const slug = await uniqueSlug(tx, adapter, resolved.values.name);
        const id = await adapter.insert(tx, slug, resolved.values, resolved.refs);
        const after = await finish(tx, adapter, actor, 'entry.create', id, null, options);
        return { ok: true, id, slug, version: after.version } as const;
      }, TRANSACTION);
    } catch (error) {
      // Two coordinators created entries of the same name at once: the slug is chosen again.
      if (isUniqueViolation(error) && attempt < 2) continue;
      throw error;
    }
  }
}

/** Saves a coordinator's edit of all editable values, refused when `ref.version` is not the current version. */
export async function updateEntry<V, R>(
  db: Database,
  adapter: EntryAdapter<V, R>,
  actor: Actor,
  ref: EntryRef,
  input: V,
  options: WriteOptions & { action?: 'entry.update' | 'entry.restore_version' } = {},
): Promise<WriteResult<V>> {
  let submitted = input;
  try {
    const outcome = await db.$transaction(async (tx): Promise<WriteResult<V> | { ok: false; reason: 'stale' }> => {
      const resolved = await adapter.resolve(tx, input, ref.id);
      if (!resolved.ok) return { ok: false, reason: 'invalid', fieldErrors: resolved.fieldErrors };
      submitted = resolved.values;
      const row = await lockRow(tx, adapter.table, ref.id);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.version !== ref.version) return { ok: false, reason: 'stale' };
      const before = await adapter.load(tx, ref.id);
      const relatedBefore = await adapter.related(tx, ref.id);
      if (!(await adapter.writeColumns(tx, ref, resolved.values, resolved.refs))) throw new VersionConflict();
      await adapter.replaceRelations(tx, ref.id, resolved.values, resolved.refs);
      const after = await finish(tx, adapter, actor, options.action ?? 'entry.update', ref.id, before, options, relatedBefore);
      return { ok: true, id: ref.id, slug: after.slug, version: after.version };
    }, TRANSACTION);
    if (!outcome.ok && outcome.reason === 'stale') return conflict(db, adapter as EntryAdapter<V, unknown>, ref.id, submitted);
    return outcome;
  } catch (error) {
    if (error instanceof VersionConflict) return conflict(db, adapter as EntryAdapter<V, unknown>, ref.id, submitted);
    throw error;
  }
}

// ————————————————————————————————————————————————————————————————— status and verification

export type Transition = 'publish' | 'archive' | 'restore' | 'verify';

const ALLOWED_FROM: Record<Transition, readonly EntryStatus[]> = {
  publish: ['draft'],
  archive: ['draft', 'published'],
  // An archived entry comes back as a draft: it is checked and published again deliberately.
  restore: ['archived'],
  verify: ['draft', 'published'],
};

const ACTION_OF: Record<Transition, EntryAction> = {
  publish: 'entry.publish',
  archive: 'entry.archive',
  restore: 'entry.restore',
  verify: 'entry.verify',
};

/** Today in Latvia, as the DATE the verification column stores. */
export function latvianToday(now: Date = new Date()): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(`${day}T00:00:00Z`);
}

/**
 * Publishes, archives, restores (archived → draft) or marks as verified today. Refused when the version is
 * stale (conflict) or the entry's status does not allow it (not_allowed).
 */
export async function changeEntryState<V, R>(
  db: Database,
  adapter: EntryAdapter<V, R>,
  actor: Actor,
  ref: EntryRef,
  transition: Transition,
  options: WriteOptions & { now?: Date } = {},
): Promise<WriteResult<V>> {
  if (transition === 'verify' && !adapter.verifiable) return { ok: false, reason: 'not_allowed', status: 'published' };
  const outcome = await db.$transaction(async (tx): Promise<WriteResult<V> | { ok: false; reason: 'stale' }> => {
    const row = await lockRow(tx, adapter.table, ref.id);
    if (!row) return { ok: false, reason: 'not_found' };
    if (row.version !== ref.version) return { ok: false, reason: 'stale' };
    if (!ALLOWED_FROM[transition].includes(row.status)) return { ok: false, reason: 'not_allowed', status: row.status };
    const before = await adapter.load(tx, ref.id);
    const data =
      transition === 'verify'
        ? { lastVerifiedAt: latvianToday(options.now) }
        : { status: transition === 'publish' ? ('published' as const) : transition === 'archive' ? ('archived' as const) : ('draft' as const) };
    const updated = await tx.$executeRaw`
      UPDATE ${adapter.table}
      SET ${transition === 'verify' ? Prisma.sql`"lastVerifiedAt" = ${data.lastVerifiedAt}::date` : Prisma.sql`status = ${data.status}::"EntryStatus"`},
          version = version + 1, origin = 'admin'::"EntryOrigin", "updatedAt" = now()
      WHERE id = ${ref.id}::uuid AND version = ${ref.version}`;
    if (updated !== 1) throw new VersionConflict();
    const after = await finish(tx, adapter, actor, ACTION_OF[transition], ref.id, before, options);
    return { ok: true, id: ref.id, slug: after.slug, version: after.version };
  }, TRANSACTION);
  if (!outcome.ok && outcome.reason === 'stale') {
    const current = await adapter.load(db, ref.id);
    return current ? { ok: false, reason: 'conflict', current, differences: [] } : { ok: false, reason: 'not_found' };
  }
  return outcome;
}

// ————————————————————————————————————————————————————————————————— restoring a stored state

/**
 * Makes an earlier state from the audit history current again: its values go through the form's rules once
 * more (a rule may have tightened since) and are saved as a new audited change, 'entry.restore_version'.
 * Status and verification date stay as they are now.
 */
export async function restoreEntryVersion<V, R>(
  db: Database,
  adapter: EntryAdapter<V, R>,
  actor: Actor,
  ref: EntryRef,
  source: { auditId: bigint; side: 'before' | 'after' },
): Promise<WriteResult<V>> {
  const stored = await findStoredState(db, adapter.kind, ref.id, source.auditId, source.side);
  if (!stored) return { ok: false, reason: 'not_found' };
  const parsed = parseFormInput(adapter.schema, stored.values);
  if (!parsed.success) return { ok: false, reason: 'invalid', fieldErrors: parsed.fieldErrors };
  return updateEntry(db, adapter, actor, ref, parsed.data, {
    action: 'entry.restore_version',
    context: { restoredFrom: { auditId: source.auditId.toString(), side: source.side } },
  });
}
