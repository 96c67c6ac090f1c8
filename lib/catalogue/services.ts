import { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import { serviceFormSchema, type ServiceValues } from '@/lib/validation/admin/service';
import type { FieldErrors } from '@/lib/validation/admin/errors';
import type { Actor, EntryRef, EntryState } from './entry-kinds';
import {
  checkMunicipalities,
  dayOf,
  isoDay,
  locationData,
  locationSelect,
  locationValue,
  municipalityIds,
  opt,
  phoneRows,
  phonesInclude,
  phoneValues,
  resolveReferences,
} from './entry-parts';
import { createEntry, updateEntry, type EntryAdapter, type Tx, type WriteOptions, type WriteResult } from './entry-writes';

/** Services (the 25 indicators): reading and writing one entry with its providers, phones, places and areas. */

interface ServiceRefs {
  providerIds: string[];
  complementIds: string[];
  areaMunicipalityIds: string[];
  /** per place, in order */
  locationMunicipalityIds: (string | null)[];
}

const serviceInclude = {
  providers: { orderBy: { position: 'asc' }, select: { organization: { select: { slug: true } } } },
  phones: phonesInclude,
  locations: { select: { location: { select: locationSelect } } },
  areaMunicipalities: { select: { municipality: { select: { slug: true } } } },
  complementsTo: { select: { slug: true }, orderBy: { slug: 'asc' } },
} satisfies Prisma.ServiceInclude;

type ServiceRow = Prisma.ServiceGetPayload<{ include: typeof serviceInclude }>;

function serviceValues(s: ServiceRow): ServiceValues {
  return {
    name: s.name,
    alternateName: opt(s.alternateName),
    purpose: opt(s.purpose),
    tasks: opt(s.tasks),
    domain: s.domain,
    level: opt(s.level),
    targetGroup: opt(s.targetGroup),
    audiences: s.audiences,
    recipientDescription: opt(s.recipientDescription),
    ageMin: opt(s.ageMin),
    ageMax: opt(s.ageMax),
    availableAfter18: opt(s.availableAfter18),
    availableAfter18Note: opt(s.availableAfter18Note),
    deliveryModes: s.deliveryModes,
    deliveryDescription: opt(s.deliveryDescription),
    volume: opt(s.volume),
    intensity: opt(s.intensity),
    duration: opt(s.duration),
    demand: opt(s.demand),
    accessRoutes: s.accessRoutes,
    accessDescription: opt(s.accessDescription),
    specialists: opt(s.specialists),
    methods: opt(s.methods),
    fundingSource: opt(s.fundingSource),
    costKind: opt(s.costKind),
    priceText: opt(s.priceText),
    cooperationConditions: opt(s.cooperationConditions),
    complementaryNote: opt(s.complementaryNote),
    complementaryServices: s.complementsTo.map((c) => c.slug),
    email: opt(s.email),
    website: opt(s.website),
    phones: phoneValues(s.phones),
    locations: s.locations.map((l) => l.location).sort((a, b) => a.position - b.position).map(locationValue),
    areaNational: s.areaNational,
    areaRegions: s.areaRegions,
    areaMunicipalities: s.areaMunicipalities.map((a) => a.municipality.slug).sort(),
    informationSource: opt(s.informationSource),
    providers: s.providers.map((p) => p.organization.slug),
    validUntil: isoDay(s.validUntil),
  };
}

function columns(v: ServiceValues) {
  return {
    name: v.name,
    alternateName: v.alternateName ?? null,
    purpose: v.purpose ?? null,
    tasks: v.tasks ?? null,
    domain: v.domain,
    level: v.level ?? null,
    targetGroup: v.targetGroup ?? null,
    audiences: v.audiences,
    recipientDescription: v.recipientDescription ?? null,
    ageMin: v.ageMin ?? null,
    ageMax: v.ageMax ?? null,
    availableAfter18: v.availableAfter18 ?? null,
    availableAfter18Note: v.availableAfter18Note ?? null,
    deliveryModes: v.deliveryModes,
    deliveryDescription: v.deliveryDescription ?? null,
    volume: v.volume ?? null,
    intensity: v.intensity ?? null,
    duration: v.duration ?? null,
    demand: v.demand ?? null,
    accessRoutes: v.accessRoutes,
    accessDescription: v.accessDescription ?? null,
    specialists: v.specialists ?? null,
    methods: v.methods ?? null,
    fundingSource: v.fundingSource ?? null,
    costKind: v.costKind ?? null,
    priceText: v.priceText ?? null,
    cooperationConditions: v.cooperationConditions ?? null,
    complementaryNote: v.complementaryNote ?? null,
    email: v.email ?? null,
    website: v.website ?? null,
    areaNational: v.areaNational,
    areaRegions: v.areaRegions,
    informationSource: v.informationSource ?? null,
    validUntil: dayOf(v.validUntil),
    origin: 'admin' as const,
  };
}

export const serviceAdapter: EntryAdapter<ServiceValues, ServiceRefs> = {
  kind: 'service',
  table: Prisma.sql`"Service"`,
  schema: serviceFormSchema,
  fields: Object.keys(serviceFormSchema.shape),
  verifiable: true,

  async resolve(tx, values, selfId) {
    const [organizations, services, municipalities] = await Promise.all([
      tx.organization.findMany({ select: { id: true, slug: true, name: true } }),
      tx.service.findMany({ select: { id: true, slug: true, name: true } }),
      municipalityIds(tx),
    ]);
    let errors: FieldErrors = {};
    const providers = resolveReferences(organizations, values.providers, 'providers', errors, null);
    const complements = resolveReferences(services, values.complementaryServices, 'complementaryServices', providers.errors, selfId);
    const areas = checkMunicipalities(municipalities, values.areaMunicipalities, 'areaMunicipalities', complements.errors);
    errors = areas.errors;
    const locationMunicipalityIds = values.locations.map((location, i) => {
      if (!location.municipality) return null;
      const id = municipalities.get(location.municipality);
      if (!id) errors = { ...errors, [`locations.${i}.municipality`]: [{ key: 'reference.unknown', value: location.municipality }] };
      return id ?? null;
    });
    if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
    return {
      ok: true,
      values: {
        ...values,
        providers: providers.found.map((p) => p.slug),
        complementaryServices: complements.found.map((c) => c.slug).sort(),
        areaMunicipalities: [...new Set(values.areaMunicipalities)].sort(),
      },
      refs: {
        providerIds: providers.found.map((p) => p.id),
        complementIds: complements.found.map((c) => c.id),
        areaMunicipalityIds: [...new Set(areas.ids)],
        locationMunicipalityIds,
      },
    };
  },

  async insert(tx, slug, values, refs) {
    const row = await tx.service.create({ data: { ...columns(values), slug, status: 'draft' }, select: { id: true } });
    await serviceAdapter.replaceRelations(tx, row.id, values, refs);
    return row.id;
  },

  async writeColumns(tx, ref, values) {
    const { count } = await tx.service.updateMany({
      where: { id: ref.id, version: ref.version },
      data: { ...columns(values), version: { increment: 1 } },
    });
    return count === 1;
  },

  async replaceRelations(tx, id, values, refs) {
    // Places that belong to the service alone are replaced; a place owned by an organisation is only unlinked.
    const linked = await tx.serviceAtLocation.findMany({ where: { serviceId: id }, select: { locationId: true } });
    await tx.serviceAtLocation.deleteMany({ where: { serviceId: id } });
    await tx.location.deleteMany({
      where: { id: { in: linked.map((l) => l.locationId) }, organizationId: null, municipalSocialServiceId: null, services: { none: {} } },
    });
    await tx.serviceProvider.deleteMany({ where: { serviceId: id } });
    await tx.serviceAreaMunicipality.deleteMany({ where: { serviceId: id } });
    await tx.phone.deleteMany({ where: { serviceId: id } });

    await tx.serviceProvider.createMany({ data: refs.providerIds.map((organizationId, position) => ({ serviceId: id, organizationId, position })) });
    await tx.serviceAreaMunicipality.createMany({ data: refs.areaMunicipalityIds.map((municipalityId) => ({ serviceId: id, municipalityId })) });
    await tx.phone.createMany({ data: phoneRows(values.phones).map((p) => ({ ...p, serviceId: id })) });
    for (const [position, location] of values.locations.entries()) {
      await tx.location.create({
        data: { ...locationData(location, refs.locationMunicipalityIds[position] ?? null, position), services: { create: { serviceId: id } } },
      });
    }
    await tx.service.update({ where: { id }, data: { complementsTo: { set: refs.complementIds.map((c) => ({ id: c })) } } });
  },

  async load(db, id): Promise<EntryState<ServiceValues> | null> {
    const s = await db.service.findUnique({ where: { id }, include: serviceInclude });
    if (!s) return null;
    return {
      kind: 'service',
      id: s.id,
      slug: s.slug,
      name: s.name,
      status: s.status,
      origin: s.origin,
      version: s.version,
      lastVerifiedAt: isoDay(s.lastVerifiedAt) ?? null,
      values: serviceValues(s),
    };
  },

  async related(tx: Tx, id) {
    // A provider's search document lists the names of its published services.
    const providers = await tx.serviceProvider.findMany({ where: { serviceId: id }, select: { organizationId: true } });
    return providers.map((p) => ({ kind: 'organization' as const, id: p.organizationId }));
  },

  async slugTaken(tx, slug) {
    return (await tx.service.count({ where: { slug } })) > 0;
  },
};

export function createService(db: Database, actor: Actor, values: ServiceValues, options?: WriteOptions): Promise<WriteResult<ServiceValues>> {
  return createEntry(db, serviceAdapter, actor, values, options);
}

export function updateService(db: Database, actor: Actor, ref: EntryRef, values: ServiceValues, options?: WriteOptions): Promise<WriteResult<ServiceValues>> {
  return updateEntry(db, serviceAdapter, actor, ref, values, options);
}

export function loadService(db: Database, id: string): Promise<EntryState<ServiceValues> | null> {
  return serviceAdapter.load(db, id);
}
