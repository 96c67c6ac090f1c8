import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AccessRoute, CostKind, PlanningRegion } from '@/lib/generated/prisma/enums';
import { referralKey, type ReferralKind, type ReferralRef } from './ids';

/**
 * The entries of a referral list, read for the printout: what a family needs to act on a referral —
 * name, phones, how to get it, cost, where. Published entries only. A confidential place keeps its
 * municipality and phones but never its address: the address is dropped here, before any component.
 */

export interface ReferralPhone {
  number: string;
  extension: string | null;
  description: string | null;
}

export interface ReferralPlace {
  name: string | null;
  /** null when the place is confidential or has no address */
  address: string | null;
  confidential: boolean;
  municipality: string | null;
  phones: ReferralPhone[];
  email: string | null;
  hours: string | null;
}

export interface ReferralEntry {
  ref: ReferralRef;
  name: string;
  summary: string | null;
  providers: { name: string; phones: ReferralPhone[] }[];
  ageMin: number | null;
  ageMax: number | null;
  accessRoutes: AccessRoute[];
  accessDescription: string | null;
  costKind: CostKind | null;
  priceText: string | null;
  /** crisis lines: whether a call is free */
  freeOfCharge: boolean | null;
  phones: ReferralPhone[];
  email: string | null;
  website: string | null;
  chatUrl: string | null;
  hours: string | null;
  is24x7: boolean;
  areaNational: boolean;
  areaRegions: PlanningRegion[];
  areaMunicipalities: string[];
  places: ReferralPlace[];
}

const published = { status: 'published' } as const;
const phoneSelect = { select: { number: true, extension: true, description: true }, orderBy: { position: 'asc' } } as const;
const locationSelect = {
  name: true,
  addressLine: true,
  city: true,
  postalCode: true,
  confidential: true,
  email: true,
  hours: true,
  position: true,
  municipality: { select: { name: true } },
  phones: phoneSelect,
} satisfies Prisma.LocationSelect;

type LocationRow = Prisma.LocationGetPayload<{ select: typeof locationSelect }>;

function toPlace(row: LocationRow): ReferralPlace {
  const address = row.confidential || !row.addressLine ? null : [row.addressLine, row.city, row.postalCode].filter(Boolean).join(', ');
  return {
    name: row.name,
    address,
    confidential: row.confidential,
    municipality: row.municipality?.name ?? null,
    phones: row.phones,
    email: row.email,
    hours: row.hours,
  };
}

const empty = {
  summary: null,
  providers: [],
  ageMin: null,
  ageMax: null,
  accessRoutes: [],
  accessDescription: null,
  costKind: null,
  priceText: null,
  freeOfCharge: null,
  phones: [],
  email: null,
  website: null,
  chatUrl: null,
  hours: null,
  is24x7: false,
  areaNational: false,
  areaRegions: [],
  areaMunicipalities: [],
  places: [],
} satisfies Omit<ReferralEntry, 'ref' | 'name'>;

async function loadServices(slugs: string[]): Promise<ReferralEntry[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb().service.findMany({
    where: { slug: { in: slugs }, ...published },
    select: {
      slug: true,
      name: true,
      purpose: true,
      ageMin: true,
      ageMax: true,
      accessRoutes: true,
      accessDescription: true,
      costKind: true,
      priceText: true,
      email: true,
      website: true,
      areaNational: true,
      areaRegions: true,
      areaMunicipalities: { select: { municipality: { select: { name: true } } } },
      phones: phoneSelect,
      providers: {
        where: { organization: published },
        orderBy: { position: 'asc' },
        select: { organization: { select: { name: true, phones: phoneSelect } } },
      },
      locations: { select: { location: { select: locationSelect } } },
    },
  });
  return rows.map((row) => ({
    ...empty,
    ref: { kind: 'service', slug: row.slug },
    name: row.name,
    summary: row.purpose,
    providers: row.providers.map((p) => p.organization),
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    accessRoutes: row.accessRoutes,
    accessDescription: row.accessDescription,
    costKind: row.costKind,
    priceText: row.priceText,
    phones: row.phones,
    email: row.email,
    website: row.website,
    areaNational: row.areaNational,
    areaRegions: row.areaRegions,
    areaMunicipalities: row.areaMunicipalities.map((a) => a.municipality.name).sort((a, b) => a.localeCompare(b, 'lv')),
    places: row.locations
      .map((l) => l.location)
      .sort((a, b) => a.position - b.position)
      .map(toPlace),
  }));
}

async function loadProviders(slugs: string[]): Promise<ReferralEntry[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb().organization.findMany({
    where: { slug: { in: slugs }, ...published },
    select: {
      slug: true,
      name: true,
      description: true,
      email: true,
      website: true,
      phones: phoneSelect,
      locations: { select: locationSelect, orderBy: { position: 'asc' } },
    },
  });
  return rows.map((row) => ({
    ...empty,
    ref: { kind: 'provider', slug: row.slug },
    name: row.name,
    summary: row.description,
    phones: row.phones,
    email: row.email,
    website: row.website,
    places: row.locations.map(toPlace),
  }));
}

async function loadSocialServices(slugs: string[]): Promise<ReferralEntry[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb().municipalSocialService.findMany({
    where: { slug: { in: slugs }, ...published },
    select: {
      slug: true,
      name: true,
      email: true,
      website: true,
      hours: true,
      municipality: { select: { name: true } },
      phones: phoneSelect,
      locations: { select: locationSelect, orderBy: { position: 'asc' } },
    },
  });
  return rows.map((row) => ({
    ...empty,
    ref: { kind: 'social-service', slug: row.slug },
    name: row.name,
    phones: row.phones,
    email: row.email,
    website: row.website,
    hours: row.hours,
    areaMunicipalities: [row.municipality.name],
    places: row.locations.map(toPlace),
  }));
}

async function loadCrisisLines(slugs: string[]): Promise<ReferralEntry[]> {
  if (slugs.length === 0) return [];
  const rows = await getDb().crisisLine.findMany({
    where: { slug: { in: slugs }, ...published },
    select: {
      slug: true,
      name: true,
      description: true,
      phoneNumber: true,
      hours: true,
      is24x7: true,
      freeOfCharge: true,
      chatUrl: true,
      email: true,
      website: true,
    },
  });
  return rows.map((row) => ({
    ...empty,
    ref: { kind: 'crisis-line', slug: row.slug },
    name: row.name,
    summary: row.description,
    phones: row.phoneNumber ? [{ number: row.phoneNumber, extension: null, description: null }] : [],
    hours: row.hours,
    is24x7: row.is24x7,
    freeOfCharge: row.freeOfCharge,
    chatUrl: row.chatUrl,
    email: row.email,
    website: row.website,
    areaNational: true,
  }));
}

const LOADERS: Record<ReferralKind, (slugs: string[]) => Promise<ReferralEntry[]>> = {
  service: loadServices,
  provider: loadProviders,
  'social-service': loadSocialServices,
  'crisis-line': loadCrisisLines,
};

/**
 * The published entries of a list, in the list's order, and the references that are no longer in the
 * catalogue (unpublished or renamed since the list was made).
 */
export async function loadReferralEntries(refs: readonly ReferralRef[]): Promise<{ entries: ReferralEntry[]; missing: ReferralRef[] }> {
  const kinds = Object.keys(LOADERS) as ReferralKind[];
  const loaded = await Promise.all(kinds.map((kind) => LOADERS[kind](refs.filter((r) => r.kind === kind).map((r) => r.slug))));
  const byKey = new Map(loaded.flat().map((entry) => [referralKey(entry.ref), entry]));
  const entries: ReferralEntry[] = [];
  const missing: ReferralRef[] = [];
  for (const ref of refs) {
    const entry = byKey.get(referralKey(ref));
    if (entry) entries.push(entry);
    else missing.push(ref);
  }
  return { entries, missing };
}
