import type { Phone } from '@/lib/generated/prisma/client';
import type {
  CrisisLineWithRelations,
  MunicipalServiceWithRelations,
  OrganizationWithRelations,
  ServiceWithRelations,
} from '@/lib/db/open-data';

/**
 * Open-data representations. Field names follow Open Referral HSDS 3.0 where the standard has the field
 * (name, description, email, url, minimum_age, phones, service_areas, service_at_locations, funding,
 * fees_description, application_process, assured_date …); fields HSDS lacks keep our names in snake_case.
 */

const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

function phones(list: Phone[]) {
  return list.map((p) => ({ id: p.id, number: p.number, extension: p.extension, description: p.description }));
}

type LocationLink = ServiceWithRelations['locations'][number]['location'];

/** A confidential location (a shelter) keeps only its municipality: no address, no coordinates. */
function location(l: LocationLink | MunicipalServiceWithRelations['locations'][number], municipalityName?: string) {
  const municipality = 'municipality' in l && l.municipality ? l.municipality.name : municipalityName ?? null;
  if (l.confidential) {
    return { id: l.id, name: l.name, confidential: true, addresses: [], municipality, phones: phones(l.phones), email: l.email, hours: l.hours };
  }
  return {
    id: l.id,
    name: l.name,
    confidential: false,
    addresses: l.addressLine
      ? [{ address_1: l.addressLine, city: l.city, postal_code: l.postalCode, state_province: municipality, country: 'LV' }]
      : [],
    municipality,
    latitude: l.latitude,
    longitude: l.longitude,
    phones: phones(l.phones),
    email: l.email,
    hours: l.hours,
  };
}

export function serviceToHsds(s: ServiceWithRelations) {
  const providers = s.providers.filter((p) => p.organization.status === 'published');
  return {
    id: s.id,
    slug: s.slug,
    organization_id: providers[0]?.organization.id ?? null,
    organizations: providers.map((p) => ({ id: p.organization.id, slug: p.organization.slug, name: p.organization.name })),
    name: s.name,
    alternate_name: s.alternateName,
    description: s.purpose,
    tasks: s.tasks,
    url: s.website,
    email: s.email,
    status: 'active',
    domain: s.domain,
    level: s.level,
    target_group: s.targetGroup,
    audiences: s.audiences,
    eligibility_description: s.recipientDescription,
    minimum_age: s.ageMin,
    maximum_age: s.ageMax,
    available_after_18: s.availableAfter18,
    available_after_18_note: s.availableAfter18Note,
    delivery_modes: s.deliveryModes,
    delivery_description: s.deliveryDescription,
    volume: s.volume,
    intensity: s.intensity,
    duration: s.duration,
    wait_time: s.demand,
    access_routes: s.accessRoutes,
    application_process: s.accessDescription,
    specialists: s.specialists,
    methods: s.methods,
    funding: s.fundingSource ? [{ source: s.fundingSource }] : [],
    cost_kind: s.costKind,
    fees_description: s.priceText,
    cooperation_conditions: s.cooperationConditions,
    complementary_note: s.complementaryNote,
    complementary_services: s.complementsTo.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
    service_areas: [
      ...(s.areaNational ? [{ name: 'Latvija', extent_type: 'country', extent: 'LV' }] : []),
      ...s.areaRegions.map((r) => ({ name: r, extent_type: 'planning_region', extent: r })),
      ...s.areaMunicipalities.map((a) => ({ name: a.municipality.name, extent_type: 'municipality', extent: a.municipality.slug })),
    ],
    phones: phones(s.phones),
    service_at_locations: s.locations.map((l) => ({ location: location(l.location) })),
    information_source: s.informationSource,
    assured_date: isoDate(s.lastVerifiedAt),
    valid_until: isoDate(s.validUntil),
    last_modified: s.updatedAt.toISOString(),
  };
}

export function organizationToHsds(o: OrganizationWithRelations) {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    alternate_name: o.alternateName,
    description: o.description,
    email: o.email,
    website: o.website,
    legal_status: o.legalStatus,
    organization_identifiers: o.registrationNumber
      ? [{ identifier_scheme: 'LV-UR', identifier_type: 'registration_number', identifier: o.registrationNumber }]
      : [],
    phones: phones(o.phones),
    services: o.services.map((p) => ({ id: p.service.id, slug: p.service.slug, name: p.service.name })),
    last_modified: o.updatedAt.toISOString(),
  };
}

export function municipalServiceToHsds(m: MunicipalServiceWithRelations) {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    email: m.email,
    url: m.website,
    hours: m.hours,
    municipality: { id: m.municipality.id, slug: m.municipality.slug, name: m.municipality.name, kind: m.municipality.kind, planning_region: m.municipality.planningRegion },
    phones: phones(m.phones),
    locations: m.locations.map((l) => location(l, m.municipality.name)),
    assured_date: isoDate(m.lastVerifiedAt),
    last_modified: m.updatedAt.toISOString(),
  };
}

export function crisisLineToHsds(c: CrisisLineWithRelations) {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    description: c.description,
    number: c.phoneNumber,
    operator: c.operatorName,
    hours: c.hours,
    always_open: c.is24x7,
    audience: c.audience,
    topics: c.topics,
    free_of_charge: c.freeOfCharge,
    languages: c.languages,
    chat_url: c.chatUrl,
    email: c.email,
    url: c.website,
    emergency: c.isEmergency,
    channels: c.channels.map((ch) => ({ type: ch.kind, value: ch.value, hours: ch.hours, always_open: ch.is24x7, schedule: ch.schedule })),
    valid_until: isoDate(c.validUntil),
    last_modified: c.updatedAt.toISOString(),
  };
}
