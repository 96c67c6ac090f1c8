import { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import { municipalServiceFormSchema, type MunicipalServiceValues } from '@/lib/validation/admin/municipal-service';
import type { Actor, EntryRef, EntryState } from './entry-kinds';
import { isoDay, locationData, locationSelect, municipalityIds, opt, phoneRows, phonesInclude, phoneValues } from './entry-parts';
import { createEntry, updateEntry, type EntryAdapter, type WriteOptions, type WriteResult } from './entry-writes';

/** Municipal social services: one per municipality office, with phones and addresses. */

interface MunicipalRefs {
  municipalityId: string;
}

const municipalInclude = {
  municipality: { select: { slug: true } },
  phones: phonesInclude,
  locations: { orderBy: { position: 'asc' }, select: locationSelect },
} satisfies Prisma.MunicipalSocialServiceInclude;

type MunicipalRow = Prisma.MunicipalSocialServiceGetPayload<{ include: typeof municipalInclude }>;

function municipalValues(m: MunicipalRow): MunicipalServiceValues {
  return {
    name: m.name,
    municipality: m.municipality.slug,
    email: opt(m.email),
    website: opt(m.website),
    hours: opt(m.hours),
    phones: phoneValues(m.phones),
    // The dataset's municipal location has no confidential flag, municipality or e-mail of its own.
    locations: m.locations.map((l) => {
      const phones = phoneValues(l.phones);
      return {
        ...(l.name ? { name: l.name } : {}),
        addressLine: l.addressLine ?? '',
        ...(l.city ? { city: l.city } : {}),
        ...(l.postalCode ? { postalCode: l.postalCode } : {}),
        ...(phones.length > 0 ? { phones } : {}),
        ...(l.hours ? { hours: l.hours } : {}),
      };
    }),
  };
}

function columns(v: MunicipalServiceValues, refs: MunicipalRefs) {
  return {
    name: v.name,
    municipalityId: refs.municipalityId,
    email: v.email ?? null,
    website: v.website ?? null,
    hours: v.hours ?? null,
    origin: 'admin' as const,
  };
}

export const municipalServiceAdapter: EntryAdapter<MunicipalServiceValues, MunicipalRefs> = {
  kind: 'municipal_social_service',
  table: Prisma.sql`"MunicipalSocialService"`,
  schema: municipalServiceFormSchema,
  fields: Object.keys(municipalServiceFormSchema.shape),
  verifiable: true,

  async resolve(tx, values) {
    const municipalityId = (await municipalityIds(tx)).get(values.municipality);
    if (!municipalityId) return { ok: false, fieldErrors: { municipality: [{ key: 'reference.unknown', value: values.municipality }] } };
    return { ok: true, values, refs: { municipalityId } };
  },

  async insert(tx, slug, values, refs) {
    const row = await tx.municipalSocialService.create({ data: { ...columns(values, refs), slug, status: 'draft' }, select: { id: true } });
    await municipalServiceAdapter.replaceRelations(tx, row.id, values, refs);
    return row.id;
  },

  async writeColumns(tx, ref, values, refs) {
    const { count } = await tx.municipalSocialService.updateMany({
      where: { id: ref.id, version: ref.version },
      data: { ...columns(values, refs), version: { increment: 1 } },
    });
    return count === 1;
  },

  async replaceRelations(tx, id, values, refs) {
    await tx.phone.deleteMany({ where: { municipalSocialServiceId: id } });
    await tx.location.deleteMany({ where: { municipalSocialServiceId: id } });
    await tx.phone.createMany({ data: phoneRows(values.phones).map((p) => ({ ...p, municipalSocialServiceId: id })) });
    for (const [position, location] of values.locations.entries()) {
      // As the importer does: an office lies in its service's municipality.
      await tx.location.create({ data: { ...locationData(location, refs.municipalityId, position), municipalSocialServiceId: id } });
    }
  },

  async load(db, id): Promise<EntryState<MunicipalServiceValues> | null> {
    const m = await db.municipalSocialService.findUnique({ where: { id }, include: municipalInclude });
    if (!m) return null;
    return {
      kind: 'municipal_social_service',
      id: m.id,
      slug: m.slug,
      name: m.name,
      status: m.status,
      origin: m.origin,
      version: m.version,
      lastVerifiedAt: isoDay(m.lastVerifiedAt) ?? null,
      values: municipalValues(m),
    };
  },

  async related() {
    return [];
  },

  async slugTaken(tx, slug) {
    return (await tx.municipalSocialService.count({ where: { slug } })) > 0;
  },
};

export function createMunicipalService(db: Database, actor: Actor, values: MunicipalServiceValues, options?: WriteOptions): Promise<WriteResult<MunicipalServiceValues>> {
  return createEntry(db, municipalServiceAdapter, actor, values, options);
}

export function updateMunicipalService(
  db: Database,
  actor: Actor,
  ref: EntryRef,
  values: MunicipalServiceValues,
  options?: WriteOptions,
): Promise<WriteResult<MunicipalServiceValues>> {
  return updateEntry(db, municipalServiceAdapter, actor, ref, values, options);
}

export function loadMunicipalService(db: Database, id: string): Promise<EntryState<MunicipalServiceValues> | null> {
  return municipalServiceAdapter.load(db, id);
}
