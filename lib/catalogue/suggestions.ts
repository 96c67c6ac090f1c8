import type { Prisma } from '@/lib/generated/prisma/client';
import type { SuggestionStatus } from '@/lib/generated/prisma/enums';
import type { Database } from '@/lib/db/factory';
import { isCatalogueKind, type Actor, type CatalogueKind } from './entry-kinds';

/**
 * The coordinators' queue of public correction reports (model Suggestion; the public form stores them).
 * A suggestion is reviewed once: accepted (optionally by saving the entry's edit form opened from it, in
 * the same transaction as that save) or rejected, with a note. Every review is audited.
 */

type Tx = Prisma.TransactionClient;

export const SUGGESTIONS_PAGE_SIZE = 20;

export interface SuggestionEntry {
  kind: CatalogueKind;
  id: string;
  name: string;
  slug: string;
  status: string;
}

export interface SuggestionRow {
  id: string;
  entityType: string;
  entityId: string;
  field: string | null;
  message: string;
  contactEmail: string | null;
  status: SuggestionStatus;
  createdAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
  reviewedBy: { name: string } | null;
  /** null when the entry no longer exists or the report names an unknown kind */
  entry: SuggestionEntry | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The entries the suggestions concern, by kind, in one query per kind. */
async function entriesOf(db: Database, suggestions: { entityType: string; entityId: string }[]): Promise<Map<string, SuggestionEntry>> {
  const ids = (kind: CatalogueKind) => [...new Set(suggestions.filter((s) => s.entityType === kind && UUID.test(s.entityId)).map((s) => s.entityId))];
  const select = { id: true, name: true, slug: true, status: true } as const;
  const [services, organizations, municipal, crisis] = await Promise.all([
    db.service.findMany({ where: { id: { in: ids('service') } }, select }),
    db.organization.findMany({ where: { id: { in: ids('organization') } }, select }),
    db.municipalSocialService.findMany({ where: { id: { in: ids('municipal_social_service') } }, select }),
    db.crisisLine.findMany({ where: { id: { in: ids('crisis_line') } }, select }),
  ]);
  const map = new Map<string, SuggestionEntry>();
  const add = (kind: CatalogueKind, rows: { id: string; name: string; slug: string; status: string }[]) => {
    for (const row of rows) map.set(`${kind}:${row.id}`, { kind, ...row });
  };
  add('service', services);
  add('organization', organizations);
  add('municipal_social_service', municipal);
  add('crisis_line', crisis);
  return map;
}

const suggestionSelect = {
  id: true,
  entityType: true,
  entityId: true,
  field: true,
  message: true,
  contactEmail: true,
  status: true,
  createdAt: true,
  reviewedAt: true,
  reviewNote: true,
  reviewedBy: { select: { name: true } },
} satisfies Prisma.SuggestionSelect;

/** Suggestions newest first, with the entry each concerns. `status` 'all' lists every review state. */
export async function listSuggestions(
  db: Database,
  options: { status: SuggestionStatus | 'all'; page: number },
): Promise<{ rows: SuggestionRow[]; total: number; counts: Record<SuggestionStatus, number> }> {
  const where = options.status === 'all' ? {} : { status: options.status };
  const [rows, total, grouped] = await Promise.all([
    db.suggestion.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (options.page - 1) * SUGGESTIONS_PAGE_SIZE,
      take: SUGGESTIONS_PAGE_SIZE,
      select: suggestionSelect,
    }),
    db.suggestion.count({ where }),
    db.suggestion.groupBy({ by: ['status'], _count: { _all: true } }),
  ]);
  const entries = await entriesOf(db, rows);
  const counts: Record<SuggestionStatus, number> = { new: 0, accepted: 0, rejected: 0 };
  for (const g of grouped) counts[g.status] = g._count._all;
  return { rows: rows.map((row) => ({ ...row, entry: entries.get(`${row.entityType}:${row.entityId}`) ?? null })), total, counts };
}

export async function findSuggestion(db: Database, id: string): Promise<SuggestionRow | null> {
  if (!UUID.test(id)) return null;
  const row = await db.suggestion.findUnique({ where: { id }, select: suggestionSelect });
  if (!row) return null;
  const entries = await entriesOf(db, [row]);
  return { ...row, entry: entries.get(`${row.entityType}:${row.entityId}`) ?? null };
}

export type ReviewResult = { ok: true } | { ok: false; reason: 'not_found' | 'already_reviewed' };

interface ReviewDetails {
  note: string | null;
  /** the saved entry version that applied the suggestion */
  appliedTo?: { kind: CatalogueKind; id: string; version: number };
}

async function review(tx: Tx, actor: Actor, id: string, status: 'accepted' | 'rejected', details: ReviewDetails): Promise<ReviewResult> {
  const existing = await tx.suggestion.findUnique({ where: { id }, select: { status: true, entityType: true, entityId: true } });
  if (!existing) return { ok: false, reason: 'not_found' };
  // A save accepts only a suggestion about the entry it saved.
  if (details.appliedTo && (existing.entityType !== details.appliedTo.kind || existing.entityId !== details.appliedTo.id)) {
    return { ok: false, reason: 'not_found' };
  }
  // Only a new suggestion is reviewed; two coordinators reviewing it at once: the first decides.
  const { count } = await tx.suggestion.updateMany({
    where: { id, status: 'new' },
    data: { status, reviewedById: actor.id, reviewedAt: new Date(), reviewNote: details.note },
  });
  if (count === 0) return { ok: false, reason: 'already_reviewed' };
  await tx.auditLog.create({
    data: {
      userId: actor.id,
      action: status === 'accepted' ? 'suggestion.accept' : 'suggestion.reject',
      entityType: 'suggestion',
      entityId: id,
      before: { status: existing.status },
      after: {
        status,
        note: details.note,
        entityType: existing.entityType,
        entityId: existing.entityId,
        ...(details.appliedTo ? { appliedTo: details.appliedTo } : {}),
      },
    },
  });
  return { ok: true };
}

/** Accepts or rejects a new suggestion with an optional note. */
export async function reviewSuggestion(db: Database, actor: Actor, id: string, decision: 'accept' | 'reject', note: string | null): Promise<ReviewResult> {
  if (!UUID.test(id)) return { ok: false, reason: 'not_found' };
  return db.$transaction((tx) => review(tx, actor, id, decision === 'accept' ? 'accepted' : 'rejected', { note }));
}

/**
 * Accepts a suggestion as part of the save that applied it. A suggestion someone else already reviewed is
 * left as it is: the save itself stands.
 */
export async function acceptSuggestionInTransaction(tx: Tx, actor: Actor, id: string, details: ReviewDetails): Promise<ReviewResult> {
  if (!UUID.test(id)) return { ok: false, reason: 'not_found' };
  return review(tx, actor, id, 'accepted', details);
}

export const suggestionKind = (entityType: string): CatalogueKind | null => (isCatalogueKind(entityType) ? entityType : null);

/** The parts of an entry a public report can name (lib/validation/feedback.ts). */
export const SUGGESTION_FIELDS = ['name', 'contacts', 'address', 'hours', 'cost', 'access', 'description', 'other'] as const;
export type SuggestionField = (typeof SUGGESTION_FIELDS)[number];
export const isSuggestionField = (value: string | null): value is SuggestionField => (SUGGESTION_FIELDS as readonly (string | null)[]).includes(value);
