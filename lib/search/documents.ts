import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import lv from '@/messages/lv.json';
import { AGE_BANDS, REGIONS, type EntryType, type SearchHit } from './types';

/** A crisis line's topics are codes ("mental_health"); the index holds their Latvian names, as the site shows them. */
const CRISIS_TOPIC_LV: Readonly<Record<string, string>> = lv.CrisisLinesPage.topic;

/**
 * What the index holds for one catalogue entry: the card's data (SearchHit), the text to match and the
 * values to filter and count by. Areas are expanded here (a national service covers every region and
 * municipality), so that a filter is a plain membership test in Meilisearch and in the fallback alike.
 */
export interface SearchDocument extends SearchHit {
  docId: string;
  text: string;
  /** Names of other entries this one is known by: a provider's services. Matched, but below the entry's own text. */
  related: string[];
  /** The editors' order within the entry type (crisis lines: emergency numbers first, then by position), else 0. */
  editorial_rank: number;
  places: string[];
  filter_type: EntryType;
  filter_domain: string | null;
  filter_cost: string | null;
  filter_region: string[];
  filter_municipality: string[];
  filter_delivery_mode: string[];
  filter_audience: string[];
  filter_age_band: string[];
  age_min: number;
  age_max: number;
  updatedAt: number;
}

export const REGION_NAMES_LV: Record<(typeof REGIONS)[number], string> = {
  riga: 'Rīgas reģions',
  vidzeme: 'Vidzeme',
  kurzeme: 'Kurzeme',
  zemgale: 'Zemgale',
  latgale: 'Latgale',
};

export interface MunicipalityRef {
  slug: string;
  name: string;
  planningRegion: string;
}

export const docIdOf = (type: EntryType, id: string) => `${type}-${id}`;

function bandsFor(min: number, max: number): string[] {
  return AGE_BANDS.filter((band) => {
    const [from, to] = band.split('-').map(Number) as [number, number];
    return min <= to && max >= from;
  });
}

const joinText = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => !!p).join('\n');

export const serviceDocumentInclude = {
  providers: { orderBy: { position: 'asc' }, include: { organization: { select: { name: true, status: true } } } },
  phones: { orderBy: { position: 'asc' } },
  locations: { include: { location: { select: { city: true, confidential: true, municipality: { select: { name: true } }, phones: { orderBy: { position: 'asc' } } } } } },
  areaMunicipalities: { include: { municipality: { select: { slug: true, name: true, planningRegion: true } } } },
} satisfies Prisma.ServiceInclude;

type ServiceRow = Prisma.ServiceGetPayload<{ include: typeof serviceDocumentInclude }>;

export function serviceDocument(s: ServiceRow, municipalities: MunicipalityRef[]): SearchDocument {
  const explicit = s.areaMunicipalities.map((a) => a.municipality);
  const regions = new Set<string>(s.areaNational ? REGIONS : s.areaRegions);
  for (const m of explicit) regions.add(m.planningRegion);
  const covered = s.areaNational
    ? municipalities
    : municipalities.filter((m) => s.areaRegions.includes(m.planningRegion as never) || explicit.some((e) => e.slug === m.slug));
  const areaLabel = s.areaNational
    ? 'Latvija'
    : [...s.areaRegions.map((r) => REGION_NAMES_LV[r]), ...explicit.map((m) => m.name)].join(', ') || null;
  const ageMin = s.ageMin ?? 0;
  const ageMax = s.ageMax ?? 120;
  const phone = s.phones[0]?.number ?? s.locations.flatMap((l) => l.location.phones)[0]?.number ?? null;
  return {
    docId: docIdOf('service', s.id),
    type: 'service',
    id: s.id,
    slug: s.slug,
    name: s.name,
    summary: s.purpose,
    domain: s.domain,
    targetGroup: s.targetGroup,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    costKind: s.costKind,
    priceText: s.priceText,
    accessRoutes: s.accessRoutes,
    deliveryModes: s.deliveryModes,
    areaLabel,
    providerNames: s.providers.filter((p) => p.organization.status === 'published').map((p) => p.organization.name),
    phone,
    email: s.email,
    website: s.website,
    municipalityName: null,
    is24x7: false,
    text: joinText(s.alternateName, s.purpose, s.tasks, s.targetGroup, s.recipientDescription, s.methods, s.specialists, s.accessDescription),
    related: [],
    editorial_rank: 0,
    places: [...new Set([...explicit.map((m) => m.name), ...s.locations.flatMap((l) => (l.location.confidential ? [] : [l.location.city, l.location.municipality?.name])).filter((v): v is string => !!v)])],
    filter_type: 'service',
    filter_domain: s.domain,
    filter_cost: s.costKind,
    filter_region: [...regions],
    filter_municipality: covered.map((m) => m.slug),
    filter_delivery_mode: s.deliveryModes,
    filter_audience: s.audiences,
    filter_age_band: bandsFor(ageMin, ageMax),
    age_min: ageMin,
    age_max: ageMax,
    updatedAt: s.updatedAt.getTime(),
  };
}

export const organizationDocumentInclude = {
  phones: { orderBy: { position: 'asc' } },
  services: { where: { service: { status: 'published' } }, include: { service: { select: { domain: true, name: true } } } },
} satisfies Prisma.OrganizationInclude;

type OrganizationRow = Prisma.OrganizationGetPayload<{ include: typeof organizationDocumentInclude }>;

export function organizationDocument(o: OrganizationRow): SearchDocument {
  const domains = [...new Set(o.services.map((s) => s.service.domain))];
  return {
    ...emptyFilters('organization', o.id, o.updatedAt),
    slug: o.slug,
    name: o.name,
    summary: o.description,
    domain: domains.length === 1 ? (domains[0] ?? null) : null,
    phone: o.phones[0]?.number ?? null,
    email: o.email,
    website: o.website,
    text: joinText(o.alternateName, o.description, o.legalStatus),
    related: o.services.map((s) => s.service.name),
    filter_domain: domains.length === 1 ? (domains[0] ?? null) : null,
  };
}

export const municipalServiceDocumentInclude = {
  municipality: true,
  phones: { orderBy: { position: 'asc' } },
  locations: { orderBy: { position: 'asc' }, select: { city: true, addressLine: true } },
} satisfies Prisma.MunicipalSocialServiceInclude;

type MunicipalServiceRow = Prisma.MunicipalSocialServiceGetPayload<{ include: typeof municipalServiceDocumentInclude }>;

export function municipalServiceDocument(m: MunicipalServiceRow): SearchDocument {
  return {
    ...emptyFilters('municipal_social_service', m.id, m.updatedAt),
    slug: m.slug,
    name: m.name,
    summary: null,
    domain: 'social',
    areaLabel: m.municipality.name,
    phone: m.phones[0]?.number ?? null,
    email: m.email,
    website: m.website,
    municipalityName: m.municipality.name,
    text: joinText('pašvaldības sociālais dienests', m.hours),
    places: [...new Set([m.municipality.name, ...m.locations.map((l) => l.city).filter((c): c is string => !!c)])],
    filter_domain: 'social',
    filter_region: [m.municipality.planningRegion],
    filter_municipality: [m.municipality.slug],
  };
}

type CrisisLineRow = Prisma.CrisisLineGetPayload<object>;

/** Topics of the lines people call a trust line ("uzticības tālrunis"): the confidential line to talk things through. */
const TRUST_LINE_TOPICS: ReadonlySet<string> = new Set(['emotional_support', 'mental_health']);

/**
 * What kind of line it is, in the words people search with. Every line is a crisis and help line; only the
 * emotional-support and mental-health lines are also trust lines. A blanket "uzticības tālrunis" on every line put
 * the victims' and the gambling lines above the mental-health line for "uzticības tālrunis".
 */
function crisisLineKind(topics: readonly string[]): string {
  return topics.some((t) => TRUST_LINE_TOPICS.has(t)) ? 'krīzes tālrunis uzticības tālrunis palīdzības tālrunis' : 'krīzes tālrunis palīdzības tālrunis';
}

export function crisisLineDocument(c: CrisisLineRow): SearchDocument {
  return {
    ...emptyFilters('crisis_line', c.id, c.updatedAt),
    slug: c.slug,
    name: c.name,
    summary: c.description,
    targetGroup: c.audience,
    phone: c.phoneNumber,
    email: c.email,
    website: c.website,
    is24x7: c.is24x7,
    costKind: c.freeOfCharge ? 'free' : null,
    areaLabel: 'Latvija',
    providerNames: c.operatorName ? [c.operatorName] : [],
    editorial_rank: (c.isEmergency ? 0 : 10_000) + c.position,
    text: joinText(crisisLineKind(c.topics), c.description, c.audience, c.hours, ...c.topics.map((t) => CRISIS_TOPIC_LV[t] ?? t)),
    filter_cost: c.freeOfCharge ? 'free' : null,
    filter_region: [...REGIONS],
  };
}

function emptyFilters(type: EntryType, id: string, updatedAt: Date): SearchDocument {
  return {
    docId: docIdOf(type, id),
    type,
    id,
    slug: '',
    name: '',
    summary: null,
    domain: null,
    targetGroup: null,
    ageMin: null,
    ageMax: null,
    costKind: null,
    priceText: null,
    accessRoutes: [],
    deliveryModes: [],
    areaLabel: null,
    providerNames: [],
    phone: null,
    email: null,
    website: null,
    municipalityName: null,
    is24x7: false,
    text: '',
    related: [],
    editorial_rank: 0,
    places: [],
    filter_type: type,
    filter_domain: null,
    filter_cost: null,
    filter_region: [],
    filter_municipality: [],
    filter_delivery_mode: [],
    filter_audience: [],
    filter_age_band: [...AGE_BANDS],
    age_min: 0,
    age_max: 120,
    updatedAt: updatedAt.getTime(),
  };
}

/**
 * Every published entry as search documents, handed to `onPage` a page at a time (services and providers in
 * pages of `pageSize`, read by id), so a full reindex keeps memory bounded and can send one page to the index
 * while it reads the next.
 */
export async function forEachDocumentPage(db: Database, pageSize: number, onPage: (documents: SearchDocument[]) => Promise<void>): Promise<void> {
  const published = { status: 'published' } as const;
  const municipalities = await db.municipality.findMany({ select: { slug: true, name: true, planningRegion: true } });
  for (let after: string | undefined; ; ) {
    const page = await db.service.findMany({ where: { ...published, ...(after ? { id: { gt: after } } : {}) }, include: serviceDocumentInclude, orderBy: { id: 'asc' }, take: pageSize });
    if (page.length > 0) await onPage(page.map((s) => serviceDocument(s, municipalities)));
    if (page.length < pageSize) break;
    after = page[page.length - 1]?.id;
  }
  for (let after: string | undefined; ; ) {
    const page = await db.organization.findMany({ where: { ...published, ...(after ? { id: { gt: after } } : {}) }, include: organizationDocumentInclude, orderBy: { id: 'asc' }, take: pageSize });
    if (page.length > 0) await onPage(page.map(organizationDocument));
    if (page.length < pageSize) break;
    after = page[page.length - 1]?.id;
  }
  const [municipalServices, crisisLines] = await Promise.all([
    db.municipalSocialService.findMany({ where: published, include: municipalServiceDocumentInclude }),
    db.crisisLine.findMany({ where: published }),
  ]);
  await onPage([...municipalServices.map(municipalServiceDocument), ...crisisLines.map(crisisLineDocument)]);
}

/** Every published entry as a search document (the PostgreSQL fallback and the catalogue's vocabulary). */
export async function loadAllDocuments(db: Database): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  await forEachDocumentPage(db, 5_000, async (page) => {
    documents.push(...page);
  });
  return documents;
}

/** One entry's document, or null when it is not published (then it leaves the index). */
export async function loadDocument(db: Database, type: EntryType, id: string): Promise<SearchDocument | null> {
  const where = { id, status: 'published' as const };
  switch (type) {
    case 'service': {
      const [row, municipalities] = await Promise.all([
        db.service.findFirst({ where, include: serviceDocumentInclude }),
        db.municipality.findMany({ select: { slug: true, name: true, planningRegion: true } }),
      ]);
      return row ? serviceDocument(row, municipalities) : null;
    }
    case 'organization': {
      const row = await db.organization.findFirst({ where, include: organizationDocumentInclude });
      return row ? organizationDocument(row) : null;
    }
    case 'municipal_social_service': {
      const row = await db.municipalSocialService.findFirst({ where, include: municipalServiceDocumentInclude });
      return row ? municipalServiceDocument(row) : null;
    }
    case 'crisis_line': {
      const row = await db.crisisLine.findFirst({ where });
      return row ? crisisLineDocument(row) : null;
    }
  }
}
