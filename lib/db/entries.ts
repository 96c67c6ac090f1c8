import 'server-only';
import { cache } from 'react';
import type {
  AccessRoute,
  CostKind,
  DeliveryMode,
  MunicipalityKind,
  PlanningRegion,
  ServiceDomain,
  ServiceLevel,
  TargetAudience,
} from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getDb } from './client';

/**
 * Queries of the public entry pages (service, provider, municipal social service, crisis line). Published
 * entries only. Rows are reshaped into the types below, so pages never see Prisma's types — and a
 * confidential location's address is dropped here, before it can reach any component.
 */

const published = { status: 'published' } as const;
const byPosition = { orderBy: { position: 'asc' } } as const;

/** Latvian alphabetical order (Ā after A, Š after S); PostgreSQL's C collation would put "Ādaži" last. */
const collator = new Intl.Collator('lv');
const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

export const PLANNING_REGIONS: readonly PlanningRegion[] = ['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale'];

// ---------------------------------------------------------------------------------------------------
// Shared shapes

export interface EntryPhone {
  number: string;
  extension: string | null;
  description: string | null;
}

export interface EntryLink {
  slug: string;
  name: string;
}

export interface MunicipalityRef extends EntryLink {
  planningRegion: PlanningRegion;
}

export interface PublicAddress {
  line: string;
  city: string | null;
  postalCode: string | null;
}

/** A place as the public may see it: a confidential place (a shelter) has no address, only its municipality. */
export interface PublicLocation {
  id: string;
  name: string | null;
  confidential: boolean;
  /** always null when confidential */
  address: PublicAddress | null;
  municipality: MunicipalityRef | null;
  phones: EntryPhone[];
  email: string | null;
  hours: string | null;
}

const phoneSelect = { select: { number: true, extension: true, description: true }, ...byPosition } as const;
const municipalitySelect = { select: { slug: true, name: true, planningRegion: true } } as const;
const locationSelect = {
  id: true,
  name: true,
  confidential: true,
  addressLine: true,
  city: true,
  postalCode: true,
  email: true,
  hours: true,
  municipality: municipalitySelect,
  phones: phoneSelect,
} satisfies Prisma.LocationSelect;

type LocationRow = Prisma.LocationGetPayload<{ select: typeof locationSelect }>;

export function toPublicLocation(row: LocationRow): PublicLocation {
  return {
    id: row.id,
    name: row.name,
    confidential: row.confidential,
    address: row.confidential || !row.addressLine ? null : { line: row.addressLine, city: row.city, postalCode: row.postalCode },
    municipality: row.municipality,
    phones: row.phones,
    email: row.email,
    hours: row.hours,
  };
}

// ---------------------------------------------------------------------------------------------------
// Services

export interface ServiceProviderRef extends EntryLink {
  legalStatus: string | null;
  registrationNumber: string | null;
}

export interface DomainNoteEntry {
  slug: string;
  title: string;
  body: string;
}

/** Everything a service page shows: the 25 indicators, places, providers and the domain's notes. */
export interface ServiceEntry {
  slug: string;
  name: string;
  alternateName: string | null;
  purpose: string | null;
  tasks: string | null;
  domain: ServiceDomain;
  level: ServiceLevel | null;
  targetGroup: string | null;
  audiences: TargetAudience[];
  recipientDescription: string | null;
  ageMin: number | null;
  ageMax: number | null;
  availableAfter18: boolean | null;
  availableAfter18Note: string | null;
  deliveryModes: DeliveryMode[];
  deliveryDescription: string | null;
  volume: string | null;
  intensity: string | null;
  duration: string | null;
  demand: string | null;
  accessRoutes: AccessRoute[];
  accessDescription: string | null;
  specialists: string | null;
  methods: string | null;
  fundingSource: string | null;
  costKind: CostKind | null;
  priceText: string | null;
  cooperationConditions: string | null;
  complementaryNote: string | null;
  email: string | null;
  website: string | null;
  areaNational: boolean;
  areaRegions: PlanningRegion[];
  areaMunicipalities: MunicipalityRef[];
  informationSource: string | null;
  lastVerifiedAt: Date | null;
  validUntil: Date | null;
  providers: ServiceProviderRef[];
  phones: EntryPhone[];
  locations: PublicLocation[];
  /** published services to combine with this one, linked either way */
  complementary: EntryLink[];
  domainNotes: DomainNoteEntry[];
}

const serviceSelect = {
  slug: true,
  name: true,
  alternateName: true,
  purpose: true,
  tasks: true,
  domain: true,
  level: true,
  targetGroup: true,
  audiences: true,
  recipientDescription: true,
  ageMin: true,
  ageMax: true,
  availableAfter18: true,
  availableAfter18Note: true,
  deliveryModes: true,
  deliveryDescription: true,
  volume: true,
  intensity: true,
  duration: true,
  demand: true,
  accessRoutes: true,
  accessDescription: true,
  specialists: true,
  methods: true,
  fundingSource: true,
  costKind: true,
  priceText: true,
  cooperationConditions: true,
  complementaryNote: true,
  email: true,
  website: true,
  areaNational: true,
  areaRegions: true,
  informationSource: true,
  lastVerifiedAt: true,
  validUntil: true,
  providers: {
    where: { organization: published },
    orderBy: { position: 'asc' },
    select: { organization: { select: { slug: true, name: true, legalStatus: true, registrationNumber: true } } },
  },
  phones: phoneSelect,
  locations: { select: { location: { select: { ...locationSelect, position: true } } } },
  areaMunicipalities: { select: { municipality: municipalitySelect } },
  complementsTo: { where: published, select: { slug: true, name: true } },
  complementedBy: { where: published, select: { slug: true, name: true } },
} satisfies Prisma.ServiceSelect;

/** A published service by slug, or null. Cached per request (metadata and page share it). */
export const findPublishedServiceEntry = cache(async (slug: string): Promise<ServiceEntry | null> => {
  const db = getDb();
  const row = await db.service.findFirst({ where: { slug, ...published }, select: serviceSelect });
  if (!row) return null;
  const notes = await db.domainNote.findMany({
    where: { domain: row.domain },
    orderBy: [{ position: 'asc' }, { title: 'asc' }],
    select: { slug: true, title: true, body: true },
  });
  const { providers, locations, areaMunicipalities, complementsTo, complementedBy, ...fields } = row;
  const complementary = new Map([...complementsTo, ...complementedBy].map((s) => [s.slug, s]));
  complementary.delete(row.slug);
  return {
    ...fields,
    providers: providers.map((p) => p.organization),
    locations: locations
      .map((l) => l.location)
      .sort((a, b) => a.position - b.position)
      .map(toPublicLocation),
    areaMunicipalities: areaMunicipalities.map((a) => a.municipality).sort(byName),
    complementary: [...complementary.values()].sort(byName),
    domainNotes: notes,
  };
});

// ---------------------------------------------------------------------------------------------------
// Providers

export interface ProviderServiceRef extends EntryLink {
  domain: ServiceDomain;
  purpose: string | null;
}

export interface ProviderEntry {
  slug: string;
  name: string;
  alternateName: string | null;
  legalStatus: string | null;
  registrationNumber: string | null;
  description: string | null;
  website: string | null;
  email: string | null;
  phones: EntryPhone[];
  locations: PublicLocation[];
  services: ProviderServiceRef[];
  crisisLines: EntryLink[];
}

export const findPublishedProviderEntry = cache(async (slug: string): Promise<ProviderEntry | null> => {
  const row = await getDb().organization.findFirst({
    where: { slug, ...published },
    select: {
      slug: true,
      name: true,
      alternateName: true,
      legalStatus: true,
      registrationNumber: true,
      description: true,
      website: true,
      email: true,
      phones: phoneSelect,
      locations: { select: locationSelect, ...byPosition },
      services: { where: { service: published }, select: { service: { select: { slug: true, name: true, domain: true, purpose: true } } } },
      crisisLines: { where: published, select: { slug: true, name: true }, orderBy: [{ isEmergency: 'desc' }, { position: 'asc' }] },
    },
  });
  if (!row) return null;
  return {
    ...row,
    locations: row.locations.map(toPublicLocation),
    services: row.services.map((s) => s.service).sort(byName),
  };
});

// ---------------------------------------------------------------------------------------------------
// Municipal social services

export interface SocialServiceEntry {
  slug: string;
  name: string;
  email: string | null;
  website: string | null;
  hours: string | null;
  lastVerifiedAt: Date | null;
  municipality: MunicipalityRef & { kind: MunicipalityKind };
  phones: EntryPhone[];
  locations: PublicLocation[];
}

const socialServiceSelect = {
  slug: true,
  name: true,
  email: true,
  website: true,
  hours: true,
  lastVerifiedAt: true,
  municipality: { select: { slug: true, name: true, planningRegion: true, kind: true } },
  phones: phoneSelect,
  locations: { select: locationSelect, ...byPosition },
} satisfies Prisma.MunicipalSocialServiceSelect;

type SocialServiceRow = Prisma.MunicipalSocialServiceGetPayload<{ select: typeof socialServiceSelect }>;

const toSocialServiceEntry = (row: SocialServiceRow): SocialServiceEntry => ({ ...row, locations: row.locations.map(toPublicLocation) });

export interface MunicipalityWithSocialServices extends MunicipalityRef {
  kind: MunicipalityKind;
  socialServices: SocialServiceEntry[];
}

export interface RegionWithMunicipalities {
  region: PlanningRegion;
  municipalities: MunicipalityWithSocialServices[];
}

/** Every municipality, each with its published social services, grouped by planning region in a fixed order. */
export async function listSocialServicesByRegion(): Promise<RegionWithMunicipalities[]> {
  const db = getDb();
  const [municipalities, services] = await Promise.all([
    db.municipality.findMany({ select: { slug: true, name: true, planningRegion: true, kind: true } }),
    db.municipalSocialService.findMany({ where: published, select: socialServiceSelect }),
  ]);
  const bySlug = new Map<string, SocialServiceEntry[]>();
  for (const service of services.map(toSocialServiceEntry).sort(byName)) {
    bySlug.set(service.municipality.slug, [...(bySlug.get(service.municipality.slug) ?? []), service]);
  }
  return PLANNING_REGIONS.map((region) => ({
    region,
    municipalities: municipalities
      .filter((m) => m.planningRegion === region)
      .sort(byName)
      .map((m) => ({ ...m, socialServices: bySlug.get(m.slug) ?? [] })),
  }));
}

export const findPublishedSocialServiceEntry = cache(async (slug: string): Promise<SocialServiceEntry | null> => {
  const row = await getDb().municipalSocialService.findFirst({ where: { slug, ...published }, select: socialServiceSelect });
  return row ? toSocialServiceEntry(row) : null;
});

// ---------------------------------------------------------------------------------------------------
// Crisis and support lines

export interface CrisisChannelEntry {
  id: string;
  kind: string;
  value: string;
  hours: string | null;
  is24x7: boolean;
  /** stored JSON; lib/crisis/availability validates it */
  schedule: unknown;
}

export interface CrisisLineEntry {
  slug: string;
  name: string;
  phoneNumber: string | null;
  operatorName: string | null;
  /** the operating organisation's page, when it is in the catalogue and published */
  operator: EntryLink | null;
  hours: string | null;
  is24x7: boolean;
  audience: string | null;
  topics: string[];
  freeOfCharge: boolean | null;
  languages: string[];
  chatUrl: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
  isEmergency: boolean;
  lastVerifiedAt: Date | null;
  validUntil: Date | null;
  channels: CrisisChannelEntry[];
}

const crisisLineSelect = {
  slug: true,
  name: true,
  phoneNumber: true,
  operatorName: true,
  organization: { select: { slug: true, name: true, status: true } },
  hours: true,
  is24x7: true,
  audience: true,
  topics: true,
  freeOfCharge: true,
  languages: true,
  chatUrl: true,
  email: true,
  website: true,
  description: true,
  isEmergency: true,
  lastVerifiedAt: true,
  validUntil: true,
  channels: { select: { id: true, kind: true, value: true, hours: true, is24x7: true, schedule: true }, ...byPosition },
} satisfies Prisma.CrisisLineSelect;

type CrisisLineRow = Prisma.CrisisLineGetPayload<{ select: typeof crisisLineSelect }>;

function toCrisisLineEntry({ organization, ...row }: CrisisLineRow): CrisisLineEntry {
  return { ...row, operator: organization?.status === 'published' ? { slug: organization.slug, name: organization.name } : null };
}

/** Emergency numbers (112, 113) first, then the curated order. */
const crisisLineOrder = [{ isEmergency: 'desc' }, { position: 'asc' }, { name: 'asc' }] satisfies Prisma.CrisisLineOrderByWithRelationInput[];

export async function listPublishedCrisisLineEntries(): Promise<CrisisLineEntry[]> {
  const rows = await getDb().crisisLine.findMany({ where: published, orderBy: crisisLineOrder, select: crisisLineSelect });
  return rows.map(toCrisisLineEntry);
}

export const findPublishedCrisisLineEntry = cache(async (slug: string): Promise<CrisisLineEntry | null> => {
  const row = await getDb().crisisLine.findFirst({ where: { slug, ...published }, select: crisisLineSelect });
  return row ? toCrisisLineEntry(row) : null;
});
