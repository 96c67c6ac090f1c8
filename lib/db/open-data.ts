import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CrisisLineListQuery, MunicipalServiceListQuery, PaginationQuery, ServiceListQuery } from '@/lib/validation/open-data-query';
import { getDb } from './client';

/** Published entries only: drafts and archived entries never leave the admin. */
const published = { status: 'published' } as const;

const phoneOrder = { orderBy: { position: 'asc' } } as const;

export const serviceInclude = {
  providers: { orderBy: { position: 'asc' }, include: { organization: { select: { id: true, slug: true, name: true, status: true } } } },
  phones: phoneOrder,
  locations: {
    include: { location: { include: { phones: phoneOrder, municipality: { select: { slug: true, name: true, planningRegion: true } } } } },
  },
  areaMunicipalities: { include: { municipality: { select: { slug: true, name: true, planningRegion: true } } } },
  complementsTo: { where: published, select: { id: true, slug: true, name: true } },
} satisfies Prisma.ServiceInclude;

export const organizationInclude = {
  phones: phoneOrder,
  services: { where: { service: published }, include: { service: { select: { id: true, slug: true, name: true } } } },
} satisfies Prisma.OrganizationInclude;

export const municipalServiceInclude = {
  municipality: true,
  phones: phoneOrder,
  locations: { orderBy: { position: 'asc' }, include: { phones: phoneOrder } },
} satisfies Prisma.MunicipalSocialServiceInclude;

export const crisisLineInclude = {
  channels: { orderBy: { position: 'asc' } },
} satisfies Prisma.CrisisLineInclude;

export type ServiceWithRelations = Prisma.ServiceGetPayload<{ include: typeof serviceInclude }>;
export type OrganizationWithRelations = Prisma.OrganizationGetPayload<{ include: typeof organizationInclude }>;
export type MunicipalServiceWithRelations = Prisma.MunicipalSocialServiceGetPayload<{ include: typeof municipalServiceInclude }>;
export type CrisisLineWithRelations = Prisma.CrisisLineGetPayload<{ include: typeof crisisLineInclude }>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

const paging = (q: PaginationQuery) => ({ skip: (q.page - 1) * q.per_page, take: q.per_page });
const key = (idOrSlug: string) => (/^[0-9a-f-]{36}$/i.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug });

/**
 * Where a service is offered: national services match every place; a planning region matches services
 * for that region or for one of its municipalities; a municipality matches services for it or its region.
 */
async function serviceAreaFilter(q: ServiceListQuery): Promise<Prisma.ServiceWhereInput[]> {
  const filters: Prisma.ServiceWhereInput[] = [];
  if (q.region.length > 0) {
    filters.push({
      OR: [
        { areaNational: true },
        { areaRegions: { hasSome: q.region } },
        { areaMunicipalities: { some: { municipality: { planningRegion: { in: q.region } } } } },
      ],
    });
  }
  if (q.municipality.length > 0) {
    const municipalities = await getDb().municipality.findMany({ where: { slug: { in: q.municipality } }, select: { planningRegion: true } });
    filters.push({
      OR: [
        { areaNational: true },
        { areaRegions: { hasSome: municipalities.map((m) => m.planningRegion) } },
        { areaMunicipalities: { some: { municipality: { slug: { in: q.municipality } } } } },
      ],
    });
  }
  return filters;
}

export async function listPublishedServices(q: ServiceListQuery): Promise<Page<ServiceWithRelations>> {
  const and: Prisma.ServiceWhereInput[] = [published, ...(await serviceAreaFilter(q))];
  if (q.domain.length > 0) and.push({ domain: { in: q.domain } });
  if (q.cost.length > 0) and.push({ costKind: { in: q.cost } });
  if (q.audience.length > 0) and.push({ audiences: { hasSome: q.audience } });
  if (q.delivery_mode.length > 0) and.push({ deliveryModes: { hasSome: q.delivery_mode } });
  if (q.age !== undefined) {
    and.push({ OR: [{ ageMin: null }, { ageMin: { lte: q.age } }] }, { OR: [{ ageMax: null }, { ageMax: { gte: q.age } }] });
  }
  if (q.organization_id) and.push({ providers: { some: { organizationId: q.organization_id } } });
  const where = { AND: and };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.service.findMany({ where, include: serviceInclude, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...paging(q) }),
    db.service.count({ where }),
  ]);
  return { items, total, page: q.page, perPage: q.per_page };
}

export function findPublishedService(idOrSlug: string) {
  return getDb().service.findFirst({ where: { ...key(idOrSlug), ...published }, include: serviceInclude });
}

export async function listPublishedOrganizations(q: PaginationQuery): Promise<Page<OrganizationWithRelations>> {
  const db = getDb();
  const [items, total] = await Promise.all([
    db.organization.findMany({ where: published, include: organizationInclude, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...paging(q) }),
    db.organization.count({ where: published }),
  ]);
  return { items, total, page: q.page, perPage: q.per_page };
}

export function findPublishedOrganization(idOrSlug: string) {
  return getDb().organization.findFirst({ where: { ...key(idOrSlug), ...published }, include: organizationInclude });
}

export async function listPublishedMunicipalServices(q: MunicipalServiceListQuery): Promise<Page<MunicipalServiceWithRelations>> {
  const and: Prisma.MunicipalSocialServiceWhereInput[] = [published];
  if (q.region.length > 0) and.push({ municipality: { planningRegion: { in: q.region } } });
  if (q.municipality.length > 0) and.push({ municipality: { slug: { in: q.municipality } } });
  const where = { AND: and };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.municipalSocialService.findMany({ where, include: municipalServiceInclude, orderBy: [{ municipality: { name: 'asc' } }, { name: 'asc' }], ...paging(q) }),
    db.municipalSocialService.count({ where }),
  ]);
  return { items, total, page: q.page, perPage: q.per_page };
}

export function findPublishedMunicipalService(idOrSlug: string) {
  return getDb().municipalSocialService.findFirst({ where: { ...key(idOrSlug), ...published }, include: municipalServiceInclude });
}

export async function listPublishedCrisisLines(q: CrisisLineListQuery): Promise<Page<CrisisLineWithRelations>> {
  const where: Prisma.CrisisLineWhereInput = { ...published, ...(q.always_open === undefined ? {} : { is24x7: q.always_open }) };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.crisisLine.findMany({ where, include: crisisLineInclude, orderBy: [{ isEmergency: 'desc' }, { position: 'asc' }, { name: 'asc' }], ...paging(q) }),
    db.crisisLine.count({ where }),
  ]);
  return { items, total, page: q.page, perPage: q.per_page };
}

export function findPublishedCrisisLine(idOrSlug: string) {
  return getDb().crisisLine.findFirst({ where: { ...key(idOrSlug), ...published }, include: crisisLineInclude });
}

/** Everything published, for the bulk export. */
export async function exportPublishedCatalogue() {
  const db = getDb();
  const [services, organizations, municipalServices, crisisLines, municipalities] = await Promise.all([
    db.service.findMany({ where: published, include: serviceInclude, orderBy: { slug: 'asc' } }),
    db.organization.findMany({ where: published, include: organizationInclude, orderBy: { slug: 'asc' } }),
    db.municipalSocialService.findMany({ where: published, include: municipalServiceInclude, orderBy: { slug: 'asc' } }),
    db.crisisLine.findMany({ where: published, include: crisisLineInclude, orderBy: [{ isEmergency: 'desc' }, { position: 'asc' }] }),
    db.municipality.findMany({ orderBy: { name: 'asc' } }),
  ]);
  return { services, organizations, municipalServices, crisisLines, municipalities };
}
