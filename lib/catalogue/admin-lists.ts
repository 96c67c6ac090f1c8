import type { Prisma } from '@/lib/generated/prisma/client';
import type { EntryOrigin, EntryStatus, PlanningRegion } from '@/lib/generated/prisma/enums';
import type { Database } from '@/lib/db/factory';
import { ADMIN_PAGE_SIZE, type AdminListQuery } from '@/lib/validation/admin/list-query';
import type { CatalogueKind } from './entry-kinds';
import { latvianToday } from './entry-writes';

/**
 * The coordinators' lists of entries: text search, filters (status, domain, region, not verified for 12
 * months), sorting and pages, one query per kind. Drafts and archived entries are listed too.
 */

export interface AdminEntryRow {
  id: string;
  slug: string;
  name: string;
  status: EntryStatus;
  origin: EntryOrigin;
  version: number;
  updatedAt: Date;
  /** null: never verified, or an organisation (no verification date) */
  lastVerifiedAt: Date | null;
  /** the domain of a service; the municipality of a municipal service */
  detail: string | null;
}

export interface AdminEntryPage {
  rows: AdminEntryRow[];
  total: number;
  page: number;
  totalPages: number;
}

/** The first day that still counts as verified "within 12 months". */
export function verificationCutoff(now: Date = new Date()): Date {
  const today = latvianToday(now);
  return new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
}

const staleWhere = (now?: Date) => ({ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: verificationCutoff(now) } }] });

const contains = (q: string) => ({ contains: q, mode: 'insensitive' as const });

function orderBy(sort: AdminListQuery['sort'], verifiable: boolean) {
  if (sort === 'updated') return [{ updatedAt: 'desc' as const }, { name: 'asc' as const }];
  if (sort === 'verified' && verifiable) return [{ lastVerifiedAt: { sort: 'asc' as const, nulls: 'first' as const } }, { name: 'asc' as const }];
  return [{ name: 'asc' as const }, { id: 'asc' as const }];
}

function page<T>(rows: T[], total: number, query: AdminListQuery) {
  return { rows, total, page: query.page, totalPages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

const window = (query: AdminListQuery) => ({ skip: (query.page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE });

/** Services covering a region: national ones, those listing the region or one of its municipalities, or placed there. */
const serviceInRegion = (region: PlanningRegion): Prisma.ServiceWhereInput => ({
  OR: [
    { areaNational: true },
    { areaRegions: { has: region } },
    { areaMunicipalities: { some: { municipality: { planningRegion: region } } } },
    { locations: { some: { location: { municipality: { planningRegion: region } } } } },
  ],
});

export async function listServicesForAdmin(db: Database, query: AdminListQuery, now?: Date): Promise<AdminEntryPage> {
  const where: Prisma.ServiceWhereInput = {
    AND: [
      query.q ? { OR: [{ name: contains(query.q) }, { alternateName: contains(query.q) }, { slug: contains(query.q) }] } : {},
      query.status ? { status: query.status } : {},
      query.domain ? { domain: query.domain } : {},
      query.region ? serviceInRegion(query.region) : {},
      query.stale ? staleWhere(now) : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.service.findMany({
      where,
      orderBy: orderBy(query.sort, true),
      ...window(query),
      select: { id: true, slug: true, name: true, status: true, origin: true, version: true, updatedAt: true, lastVerifiedAt: true, domain: true },
    }),
    db.service.count({ where }),
  ]);
  return page(rows.map(({ domain, ...r }) => ({ ...r, detail: domain })), total, query);
}

export async function listOrganizationsForAdmin(db: Database, query: AdminListQuery): Promise<AdminEntryPage> {
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      query.q ? { OR: [{ name: contains(query.q) }, { alternateName: contains(query.q) }, { slug: contains(query.q) }, { registrationNumber: { contains: query.q } }] } : {},
      query.status ? { status: query.status } : {},
      query.domain ? { services: { some: { service: { domain: query.domain } } } } : {},
      query.region ? { services: { some: { service: serviceInRegion(query.region) } } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: orderBy(query.sort, false),
      ...window(query),
      select: { id: true, slug: true, name: true, status: true, origin: true, version: true, updatedAt: true, legalStatus: true },
    }),
    db.organization.count({ where }),
  ]);
  return page(rows.map(({ legalStatus, ...r }) => ({ ...r, lastVerifiedAt: null, detail: legalStatus })), total, query);
}

export async function listMunicipalServicesForAdmin(db: Database, query: AdminListQuery, now?: Date): Promise<AdminEntryPage> {
  const where: Prisma.MunicipalSocialServiceWhereInput = {
    AND: [
      query.q ? { OR: [{ name: contains(query.q) }, { slug: contains(query.q) }, { municipality: { name: contains(query.q) } }] } : {},
      query.status ? { status: query.status } : {},
      query.region ? { municipality: { planningRegion: query.region } } : {},
      query.stale ? staleWhere(now) : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.municipalSocialService.findMany({
      where,
      orderBy: orderBy(query.sort, true),
      ...window(query),
      select: { id: true, slug: true, name: true, status: true, origin: true, version: true, updatedAt: true, lastVerifiedAt: true, municipality: { select: { name: true } } },
    }),
    db.municipalSocialService.count({ where }),
  ]);
  return page(rows.map(({ municipality, ...r }) => ({ ...r, detail: municipality.name })), total, query);
}

export async function listCrisisLinesForAdmin(db: Database, query: AdminListQuery, now?: Date): Promise<AdminEntryPage> {
  const where: Prisma.CrisisLineWhereInput = {
    AND: [
      query.q ? { OR: [{ name: contains(query.q) }, { slug: contains(query.q) }, { phoneNumber: { contains: query.q.replace(/\s+/g, '') } }, { operatorName: contains(query.q) }] } : {},
      query.status ? { status: query.status } : {},
      query.stale ? staleWhere(now) : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.crisisLine.findMany({
      where,
      orderBy: orderBy(query.sort, true),
      ...window(query),
      select: { id: true, slug: true, name: true, status: true, origin: true, version: true, updatedAt: true, lastVerifiedAt: true, phoneNumber: true },
    }),
    db.crisisLine.count({ where }),
  ]);
  return page(rows.map(({ phoneNumber, ...r }) => ({ ...r, detail: phoneNumber })), total, query);
}

export function listEntriesForAdmin(db: Database, kind: CatalogueKind, query: AdminListQuery): Promise<AdminEntryPage> {
  switch (kind) {
    case 'service':
      return listServicesForAdmin(db, query);
    case 'organization':
      return listOrganizationsForAdmin(db, query);
    case 'municipal_social_service':
      return listMunicipalServicesForAdmin(db, query);
    case 'crisis_line':
      return listCrisisLinesForAdmin(db, query);
  }
}

// ————————————————————————————————————————————————————————————————— verification overdue

export interface StaleEntry {
  kind: Exclude<CatalogueKind, 'organization'>;
  id: string;
  name: string;
  version: number;
  lastVerifiedAt: Date | null;
}

/** Published entries never verified or last verified more than 12 months ago: oldest (and never) first. */
export async function listStaleEntries(db: Database, options: { now?: Date; limit?: number } = {}): Promise<{ rows: StaleEntry[]; total: number }> {
  const where = { status: 'published' as const, ...staleWhere(options.now) };
  const select = { id: true, name: true, version: true, lastVerifiedAt: true } as const;
  const [services, municipal, lines] = await Promise.all([
    db.service.findMany({ where, select }),
    db.municipalSocialService.findMany({ where, select }),
    db.crisisLine.findMany({ where, select }),
  ]);
  const collator = new Intl.Collator('lv');
  const rows: StaleEntry[] = [
    ...services.map((r) => ({ ...r, kind: 'service' as const })),
    ...municipal.map((r) => ({ ...r, kind: 'municipal_social_service' as const })),
    ...lines.map((r) => ({ ...r, kind: 'crisis_line' as const })),
  ].sort((a, b) => (a.lastVerifiedAt?.getTime() ?? -Infinity) - (b.lastVerifiedAt?.getTime() ?? -Infinity) || collator.compare(a.name, b.name));
  return { rows: rows.slice(0, options.limit ?? 500), total: rows.length };
}
