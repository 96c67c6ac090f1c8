import { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import type { FieldErrors } from '@/lib/validation/admin/errors';
import { organizationFormSchema, type OrganizationValues } from '@/lib/validation/admin/organization';
import type { Actor, EntryRef, EntryState } from './entry-kinds';
import { locationData, locationSelect, locationValue, municipalityIds, opt, phoneRows, phonesInclude, phoneValues } from './entry-parts';
import { createEntry, updateEntry, type EntryAdapter, type WriteOptions, type WriteResult } from './entry-writes';

/** Organisations (service providers): reading and writing one entry with its phones and places. */

interface OrganizationRefs {
  locationMunicipalityIds: (string | null)[];
}

const organizationInclude = {
  phones: phonesInclude,
  locations: { orderBy: { position: 'asc' }, select: locationSelect },
} satisfies Prisma.OrganizationInclude;

type OrganizationRow = Prisma.OrganizationGetPayload<{ include: typeof organizationInclude }>;

function organizationValues(o: OrganizationRow): OrganizationValues {
  return {
    name: o.name,
    alternateName: opt(o.alternateName),
    legalStatus: opt(o.legalStatus),
    registrationNumber: opt(o.registrationNumber),
    description: opt(o.description),
    website: opt(o.website),
    email: opt(o.email),
    phones: phoneValues(o.phones),
    locations: o.locations.map(locationValue),
  };
}

function columns(v: OrganizationValues) {
  return {
    name: v.name,
    alternateName: v.alternateName ?? null,
    legalStatus: v.legalStatus ?? null,
    registrationNumber: v.registrationNumber ?? null,
    description: v.description ?? null,
    website: v.website ?? null,
    email: v.email ?? null,
    origin: 'admin' as const,
  };
}

export const organizationAdapter: EntryAdapter<OrganizationValues, OrganizationRefs> = {
  kind: 'organization',
  table: Prisma.sql`"Organization"`,
  schema: organizationFormSchema,
  fields: Object.keys(organizationFormSchema.shape),
  // The organisation table has no verification date.
  verifiable: false,

  async resolve(tx, values) {
    const municipalities = await municipalityIds(tx);
    let errors: FieldErrors = {};
    const locationMunicipalityIds = values.locations.map((location, i) => {
      if (!location.municipality) return null;
      const id = municipalities.get(location.municipality);
      if (!id) errors = { ...errors, [`locations.${i}.municipality`]: [{ key: 'reference.unknown', value: location.municipality }] };
      return id ?? null;
    });
    if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
    return { ok: true, values, refs: { locationMunicipalityIds } };
  },

  async insert(tx, slug, values, refs) {
    // New organisations start as drafts, like every entry a coordinator creates.
    const row = await tx.organization.create({ data: { ...columns(values), slug, status: 'draft' }, select: { id: true } });
    await organizationAdapter.replaceRelations(tx, row.id, values, refs);
    return row.id;
  },

  async writeColumns(tx, ref, values) {
    const { count } = await tx.organization.updateMany({ where: { id: ref.id, version: ref.version }, data: { ...columns(values), version: { increment: 1 } } });
    return count === 1;
  },

  async replaceRelations(tx, id, values, refs) {
    await tx.phone.deleteMany({ where: { organizationId: id } });
    await tx.location.deleteMany({ where: { organizationId: id } });
    await tx.phone.createMany({ data: phoneRows(values.phones).map((p) => ({ ...p, organizationId: id })) });
    for (const [position, location] of values.locations.entries()) {
      await tx.location.create({ data: { ...locationData(location, refs.locationMunicipalityIds[position] ?? null, position), organizationId: id } });
    }
  },

  async load(db, id): Promise<EntryState<OrganizationValues> | null> {
    const o = await db.organization.findUnique({ where: { id }, include: organizationInclude });
    if (!o) return null;
    return {
      kind: 'organization',
      id: o.id,
      slug: o.slug,
      name: o.name,
      status: o.status,
      origin: o.origin,
      version: o.version,
      lastVerifiedAt: null,
      values: organizationValues(o),
    };
  },

  async related(tx, id) {
    // Services show their providers' names (published providers only); crisis lines may name the operator.
    const [services, lines] = await Promise.all([
      tx.serviceProvider.findMany({ where: { organizationId: id }, select: { serviceId: true } }),
      tx.crisisLine.findMany({ where: { organizationId: id }, select: { id: true } }),
    ]);
    return [...services.map((s) => ({ kind: 'service' as const, id: s.serviceId })), ...lines.map((l) => ({ kind: 'crisis_line' as const, id: l.id }))];
  },

  async slugTaken(tx, slug) {
    return (await tx.organization.count({ where: { slug } })) > 0;
  },
};

export function createOrganization(db: Database, actor: Actor, values: OrganizationValues, options?: WriteOptions): Promise<WriteResult<OrganizationValues>> {
  return createEntry(db, organizationAdapter, actor, values, options);
}

export function updateOrganization(db: Database, actor: Actor, ref: EntryRef, values: OrganizationValues, options?: WriteOptions): Promise<WriteResult<OrganizationValues>> {
  return updateEntry(db, organizationAdapter, actor, ref, values, options);
}

export function loadOrganization(db: Database, id: string): Promise<EntryState<OrganizationValues> | null> {
  return organizationAdapter.load(db, id);
}
