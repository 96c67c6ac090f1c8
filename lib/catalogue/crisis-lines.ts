import { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import { crisisLineFormSchema, type CrisisLineValues } from '@/lib/validation/admin/crisis-line';
import type { WeeklyOpening } from '@/lib/validation/dataset/crisis-line';
import type { Actor, EntryRef, EntryState } from './entry-kinds';
import { dayOf, isoDay, opt, resolveReferences } from './entry-parts';
import { createEntry, updateEntry, type EntryAdapter, type WriteOptions, type WriteResult } from './entry-writes';

/** Crisis and support lines with their channels (phone, chat, e-mail …) and weekly hours. */

interface CrisisLineRefs {
  organizationId: string | null;
}

const crisisLineInclude = {
  organization: { select: { slug: true } },
  channels: { orderBy: { position: 'asc' } },
} satisfies Prisma.CrisisLineInclude;

type CrisisLineRow = Prisma.CrisisLineGetPayload<{ include: typeof crisisLineInclude }>;

/** The stored weekly schedule (JSON written only from validated channels). */
const scheduleOf = (value: Prisma.JsonValue | null): WeeklyOpening[] | undefined => (Array.isArray(value) ? (value as unknown as WeeklyOpening[]) : undefined);

function crisisLineValues(c: CrisisLineRow): CrisisLineValues {
  return {
    name: c.name,
    phoneNumber: c.phoneNumber ?? '',
    operatorName: opt(c.operatorName),
    organization: c.organization?.slug,
    hours: opt(c.hours),
    is24x7: c.is24x7,
    audience: opt(c.audience),
    topics: c.topics as CrisisLineValues['topics'],
    freeOfCharge: opt(c.freeOfCharge),
    languages: c.languages as CrisisLineValues['languages'],
    chatUrl: opt(c.chatUrl),
    email: opt(c.email),
    website: opt(c.website),
    description: opt(c.description),
    isEmergency: c.isEmergency,
    position: c.position,
    validUntil: isoDay(c.validUntil),
    channels: c.channels.map((ch) => {
      const schedule = scheduleOf(ch.schedule);
      return {
        kind: ch.kind as CrisisLineValues['channels'][number]['kind'],
        value: ch.value,
        ...(ch.hours ? { hours: ch.hours } : {}),
        is24x7: ch.is24x7,
        ...(schedule ? { schedule } : {}),
      };
    }),
  };
}

function columns(v: CrisisLineValues, refs: CrisisLineRefs) {
  return {
    name: v.name,
    phoneNumber: v.phoneNumber,
    organizationId: refs.organizationId,
    operatorName: v.operatorName ?? null,
    hours: v.hours ?? null,
    is24x7: v.is24x7,
    audience: v.audience ?? null,
    topics: v.topics,
    freeOfCharge: v.freeOfCharge ?? null,
    languages: v.languages,
    chatUrl: v.chatUrl ?? null,
    email: v.email ?? null,
    website: v.website ?? null,
    description: v.description ?? null,
    isEmergency: v.isEmergency,
    position: v.position,
    validUntil: dayOf(v.validUntil),
    origin: 'admin' as const,
  };
}

export const crisisLineAdapter: EntryAdapter<CrisisLineValues, CrisisLineRefs> = {
  kind: 'crisis_line',
  table: Prisma.sql`"CrisisLine"`,
  schema: crisisLineFormSchema,
  fields: Object.keys(crisisLineFormSchema.shape),
  verifiable: true,

  async resolve(tx, values) {
    if (!values.organization) return { ok: true, values, refs: { organizationId: null } };
    const organizations = await tx.organization.findMany({ select: { id: true, slug: true, name: true } });
    const { found, errors } = resolveReferences(organizations, [values.organization], 'organization', {}, null);
    const organization = found[0];
    if (!organization) return { ok: false, fieldErrors: errors };
    return { ok: true, values: { ...values, organization: organization.slug }, refs: { organizationId: organization.id } };
  },

  async insert(tx, slug, values, refs) {
    const row = await tx.crisisLine.create({ data: { ...columns(values, refs), slug, status: 'draft' }, select: { id: true } });
    await crisisLineAdapter.replaceRelations(tx, row.id, values, refs);
    return row.id;
  },

  async writeColumns(tx, ref, values, refs) {
    const { count } = await tx.crisisLine.updateMany({ where: { id: ref.id, version: ref.version }, data: { ...columns(values, refs), version: { increment: 1 } } });
    return count === 1;
  },

  async replaceRelations(tx, id, values) {
    await tx.crisisLineChannel.deleteMany({ where: { crisisLineId: id } });
    await tx.crisisLineChannel.createMany({
      data: values.channels.map((channel, position) => ({
        crisisLineId: id,
        kind: channel.kind,
        value: channel.value,
        hours: channel.hours ?? null,
        is24x7: channel.is24x7,
        schedule: channel.schedule ?? Prisma.DbNull,
        position,
      })),
    });
  },

  async load(db, id): Promise<EntryState<CrisisLineValues> | null> {
    const c = await db.crisisLine.findUnique({ where: { id }, include: crisisLineInclude });
    if (!c) return null;
    return {
      kind: 'crisis_line',
      id: c.id,
      slug: c.slug,
      name: c.name,
      status: c.status,
      origin: c.origin,
      version: c.version,
      lastVerifiedAt: isoDay(c.lastVerifiedAt) ?? null,
      values: crisisLineValues(c),
    };
  },

  async related() {
    return [];
  },

  async slugTaken(tx, slug) {
    return (await tx.crisisLine.count({ where: { slug } })) > 0;
  },
};

export function createCrisisLine(db: Database, actor: Actor, values: CrisisLineValues, options?: WriteOptions): Promise<WriteResult<CrisisLineValues>> {
  return createEntry(db, crisisLineAdapter, actor, values, options);
}

export function updateCrisisLine(db: Database, actor: Actor, ref: EntryRef, values: CrisisLineValues, options?: WriteOptions): Promise<WriteResult<CrisisLineValues>> {
  return updateEntry(db, crisisLineAdapter, actor, ref, values, options);
}

export function loadCrisisLine(db: Database, id: string): Promise<EntryState<CrisisLineValues> | null> {
  return crisisLineAdapter.load(db, id);
}
