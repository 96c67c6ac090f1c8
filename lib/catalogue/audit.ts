import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import type { CatalogueKind, EntryState } from './entry-kinds';

type Tx = Prisma.TransactionClient;

/** What a coordinator did. The importer writes `import.create` / `import.update` (lib/catalogue/import.ts). */
export const ENTRY_ACTIONS = [
  'entry.create',
  'entry.update',
  'entry.publish',
  'entry.archive',
  'entry.restore',
  'entry.verify',
  'entry.restore_version',
] as const;
export type EntryAction = (typeof ENTRY_ACTIONS)[number];
export type SuggestionAction = 'suggestion.accept' | 'suggestion.reject';

/** Why a change was made, kept with its `after` state. */
export interface ChangeContext {
  /** the audit row and side whose state was restored */
  restoredFrom?: { auditId: string; side: 'before' | 'after' };
  /** the public suggestion this change answers */
  suggestionId?: string;
}

/** Plain JSON of a state: `undefined` fields dropped, dates already strings. */
function json(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes one audit row with the full states before and after the change (same transaction as the change). */
export async function recordEntryAudit(
  tx: Tx,
  entry: { userId: string; action: EntryAction; kind: CatalogueKind; id: string; before: EntryState | null; after: EntryState; context?: ChangeContext },
): Promise<bigint> {
  const row = await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.kind,
      entityId: entry.id,
      before: entry.before ? json(entry.before) : undefined,
      after: json(entry.context ? { ...entry.after, context: entry.context } : entry.after),
    },
    select: { id: true },
  });
  return row.id;
}

// ————————————————————————————————————————————————————————————————— comparing states

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** JSON with sorted keys and empty values left out, so equal content compares equal whatever its key order. */
function canonical(value: unknown): string {
  if (isEmpty(value)) return '';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !isEmpty(v) && v !== false)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Lists whose order means nothing (choices, areas): compared as sets. Providers and phones keep their order. */
const UNORDERED_FIELDS: ReadonlySet<string> = new Set(['audiences', 'deliveryModes', 'accessRoutes', 'areaRegions', 'areaMunicipalities', 'complementaryServices', 'topics', 'languages']);

export function sameValue(a: unknown, b: unknown, field?: string): boolean {
  if (field && UNORDERED_FIELDS.has(field) && Array.isArray(a) && Array.isArray(b)) {
    return canonical([...a].map(canonical).sort()) === canonical([...b].map(canonical).sort());
  }
  return canonical(a) === canonical(b);
}

/** A field whose value differs between two states. Values are plain JSON, for the form to display. */
export interface FieldDifference {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields of `fields` whose values differ, in that order. */
export function differences(fields: readonly string[], before: Record<string, unknown>, after: Record<string, unknown>): FieldDifference[] {
  return fields
    .filter((field) => !sameValue(before[field], after[field], field))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** The bookkeeping fields compared in the history besides the values. */
const STATE_FIELDS = ['status', 'lastVerifiedAt'] as const;

export function stateDifferences(fields: readonly string[], before: EntryState | null, after: EntryState): FieldDifference[] {
  const beforeValues = (before?.values ?? {}) as Record<string, unknown>;
  const afterValues = after.values as Record<string, unknown>;
  const meta = STATE_FIELDS.filter((f) => before === null || before[f] !== after[f]).map((field) => ({
    field,
    before: before ? before[field] : null,
    after: after[field],
  }));
  return [...meta.filter((d) => !isEmpty(d.after) || !isEmpty(d.before)), ...differences(fields, beforeValues, afterValues)];
}

// ————————————————————————————————————————————————————————————————— reading the history

/** A stored state, when the audit row holds one (the importer's rows hold only the dataset hash). */
export function storedState<V = unknown>(value: Prisma.JsonValue | null): (EntryState<V> & { context?: ChangeContext }) | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.values !== 'object' || record.values === null || typeof record.version !== 'number') return null;
  return record as unknown as EntryState<V> & { context?: ChangeContext };
}

export interface HistoryEntry {
  id: string;
  action: string;
  createdAt: Date;
  /** null: the importer or a deleted account */
  user: { name: string; email: string } | null;
  version: number | null;
  changes: FieldDifference[];
  /** states of this row that can be restored */
  restorable: { before: boolean; after: boolean };
  context: ChangeContext | null;
}

/** The audit trail of one entry, newest first, with what each change changed. */
export async function listEntryHistory(db: Database, kind: CatalogueKind, id: string, fields: readonly string[], options: { take?: number } = {}): Promise<HistoryEntry[]> {
  const rows = await db.auditLog.findMany({
    where: { entityType: kind, entityId: id },
    orderBy: { id: 'desc' },
    take: options.take ?? 200,
    include: { user: { select: { name: true, email: true } } },
  });
  return rows.map((row) => {
    const before = storedState(row.before);
    const after = storedState(row.after);
    return {
      id: row.id.toString(),
      action: row.action,
      createdAt: row.createdAt,
      user: row.user,
      version: after?.version ?? null,
      changes: after ? stateDifferences(fields, before, after) : [],
      restorable: { before: before !== null, after: after !== null },
      context: after?.context ?? null,
    };
  });
}

/** One stored state of an entry, from its own audit trail. */
export async function findStoredState(db: Database | Tx, kind: CatalogueKind, id: string, auditId: bigint, side: 'before' | 'after'): Promise<EntryState | null> {
  const row = await db.auditLog.findFirst({ where: { id: auditId, entityType: kind, entityId: id } });
  if (!row) return null;
  return storedState(side === 'before' ? row.before : row.after);
}
