/**
 * A synthetic catalogue at national scale and beyond, made from the real dataset's own words.
 *
 * Every synthetic service copies the *shape* of a real service picked at random (which text fields it has,
 * how long they are, whether they are bullet lists) and fills each field with sentences and list items taken
 * from that field across the real services of the same domain. Names are recombined from the real names'
 * heads ("Sociālās rehabilitācijas pakalpojums"), audiences ("jauniešiem ar uzvedības traucējumiem"),
 * programme names ("Palēciens") and the municipality's place name. Every facet is filled: domain, cost,
 * regions or municipalities, delivery modes, audiences, ages and access routes; providers, phones and
 * places too. The same index always gives the same service (seeded per index), so 10 000 services are the
 * first 10 000 of the 100 000.
 */
import type { CatalogueDataset } from '@/lib/catalogue/dataset';
import type { ServiceRecord } from '@/lib/validation/dataset/service';
import { slugify } from '@/lib/text/slug';
import { AUDIENCES, DELIVERY_MODES, REGIONS } from '@/lib/search/types';

const ACCESS_ROUTES = ['self_referral', 'social_service', 'doctor', 'educational_institution', 'orphans_court', 'court_or_probation', 'police', 'other'] as const;
type Domain = ServiceRecord['domain'];

// ————————————————————————————————————————————————————————————————— seeded randomness

/** mulberry32: a small, fast, well-distributed 32-bit generator; enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const KIND_SALT = { service: 0x5e41_c3a7, organization: 0x0a9d_71f3 } as const;
type Kind = keyof typeof KIND_SALT;

/** A distinct seed per index (multiplying by an odd constant is a bijection on 32-bit integers). */
const seedFor = (kind: Kind, index: number) => (Math.imul(index + 1, 0x9e37_79b1) ^ KIND_SALT[kind]) >>> 0;

/**
 * Ids are made from the kind and the index, not drawn: unique by construction at any size (drawn ids
 * collided at 100 000 services). A valid version-4 UUID: "…-4…-8…".
 */
function idFor(kind: Kind | 'location', index: number): string {
  const code = { service: '1', organization: '2', location: '3' }[kind];
  return `b0000000-0000-4000-8000-${code}${index.toString(16).padStart(11, '0')}`;
}

class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const count = Math.min(items.length, this.int(min, max));
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count) chosen.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    return chosen;
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]?.[0] ?? entries[0]?.[0] ?? (Object.keys(weights)[0] as T);
  }
  phone(): string {
    return `+371${this.chance(0.7) ? '2' : '6'}${String(this.int(0, 9_999_999)).padStart(7, '0')}`;
  }
}

const diceFor = (kind: Kind, index: number) => new Dice(seededRandom(seedFor(kind, index)));

// ————————————————————————————————————————————————————————————————— the vocabulary of the real dataset

/** The text fields of a service that synthetic services fill from the real ones. */
export const TEXT_FIELDS = [
  'purpose', 'tasks', 'targetGroup', 'recipientDescription', 'deliveryDescription', 'accessDescription', 'specialists',
  'methods', 'priceText', 'duration', 'intensity', 'cooperationConditions',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

interface Pieces {
  bullets: string[];
  sentences: string[];
}

interface Shape {
  domain: Domain;
  audiences: string[];
  ageMin: number | null;
  ageMax: number | null;
  deliveryModes: string[];
  accessRoutes: string[];
  costKind: string | null;
  /** per present text field: bullet list or prose, and how many pieces */
  fields: Partial<Record<TextField, { bullets: boolean; count: number }>>;
}

interface MunicipalityPlace {
  slug: string;
  name: string;
  planningRegion: string;
  city: string;
  locative: string;
  genitive: string;
}

export interface Vocabulary {
  shapes: Shape[];
  pieces: Map<string, Pieces>;
  heads: Map<Domain, string[]>;
  qualifiers: string[];
  programmes: string[];
  addresses: string[];
  municipalities: MunicipalityPlace[];
}

const BULLET = /^\s*[–-]\s+/;
/** Where a real service name turns from what it is to whom it is for ("… pakalpojums bērniem ar …"). */
const AUDIENCE_WORDS = /\s(bērniem|jauniešiem|pusaudžiem|vecākiem|ģimenēm|ģimenei|personām|personai|pilngadīgām|audžuģimenēm)\b/u;
/** Kinds of providers, as the real organisations' names say them. */
const ORGANIZATION_KINDS = [
  'ģimenes atbalsta centrs', 'bērnu un ģimenes atbalsta centrs', 'krīžu centrs', 'resursu centrs', 'veselības centrs',
  'sociālo pakalpojumu centrs', 'atbalsta centrs', 'medicīnas centrs', 'mācību centrs', 'slimnīca', 'sociālais dienests',
];
const LEGAL_FORMS = ['Biedrība', 'Nodibinājums', 'SIA'];

function splitPieces(text: string): { bullets: string[]; sentences: string[] } {
  const bullets: string[] = [];
  const sentences: string[] = [];
  // A line ending in a colon heads a list that is not copied with it; alone it says nothing.
  const complete = (piece: string) => piece.length > 3 && !piece.endsWith(':');
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (BULLET.test(line)) bullets.push(line.replace(BULLET, '– '));
    else sentences.push(...line.split(/(?<=[.!?:])\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])/u).map((s) => s.trim()));
  }
  return { bullets: bullets.filter(complete), sentences: sentences.filter(complete) };
}

/** "Talsu novads" → "Talsu novadā", "Rīga" → "Rīgā", "Daugavpils" → "Daugavpilī", "Rēzekne" → "Rēzeknē". */
function locativeOf(name: string): string {
  if (name.endsWith(' novads')) return name.replace(/ novads$/, ' novadā');
  if (name.endsWith('pils')) return `${name.slice(0, -4)}pilī`;
  if (name.endsWith('a')) return `${name.slice(0, -1)}ā`;
  if (name.endsWith('e')) return `${name.slice(0, -1)}ē`;
  return name;
}

/** "Talsu novads" → "Talsu novada", "Rīga" → "Rīgas", "Rēzekne" → "Rēzeknes", "Ventspils" → "Ventspils". */
function genitiveOf(name: string): string {
  if (name.endsWith(' novads')) return name.replace(/ novads$/, ' novada');
  if (name.endsWith('pils')) return name;
  if (name.endsWith('a') || name.endsWith('e')) return `${name}s`;
  return name;
}

export function buildVocabulary(dataset: CatalogueDataset): Vocabulary {
  const pieces = new Map<string, Pieces>();
  const add = (key: string, found: Pieces) => {
    const into = pieces.get(key) ?? { bullets: [], sentences: [] };
    into.bullets.push(...found.bullets);
    into.sentences.push(...found.sentences);
    pieces.set(key, into);
  };
  const shapes: Shape[] = [];
  const heads = new Map<Domain, string[]>();
  const qualifiers = new Set<string>();
  const programmes = new Set<string>();
  for (const service of dataset.services) {
    const fields: Shape['fields'] = {};
    for (const field of TEXT_FIELDS) {
      const text = service[field];
      if (!text) continue;
      const found = splitPieces(text);
      add(`${service.domain}:${field}`, found);
      add(`*:${field}`, found);
      const bullets = found.bullets.length >= found.sentences.length;
      fields[field] = { bullets, count: Math.max(1, bullets ? found.bullets.length : found.sentences.length) };
    }
    shapes.push({
      domain: service.domain,
      audiences: service.audiences,
      ageMin: service.ageMin ?? null,
      ageMax: service.ageMax ?? null,
      deliveryModes: service.deliveryModes,
      accessRoutes: service.accessRoutes,
      costKind: service.costKind ?? null,
      fields,
    });
    for (const quoted of service.name.matchAll(/“([^”]+)”/gu)) if (quoted[1]) programmes.add(quoted[1]);
    const plain = service.name.replace(/“[^”]+”/gu, '').replace(/\s+–.*$/u, '').replace(/\s+/g, ' ').trim();
    const cut = plain.search(AUDIENCE_WORDS);
    const head = (cut > 0 ? plain.slice(0, cut) : plain).replace(/[,\s]+$/u, '');
    if (cut > 0) qualifiers.add(plain.slice(cut + 1).replace(/[,\s]+$/u, ''));
    if (head.split(' ').length <= 6) heads.set(service.domain, [...new Set([...(heads.get(service.domain) ?? []), head])]);
  }
  const cities = new Map<string, string>();
  const addresses = new Set<string>();
  for (const mss of dataset.municipalSocialServices) {
    for (const location of mss.locations) {
      if (location.city && !cities.has(mss.municipality)) cities.set(mss.municipality, location.city);
      if (location.addressLine) addresses.add(location.addressLine);
    }
  }
  for (const service of dataset.services) for (const location of service.locations) if (location.addressLine && !location.confidential) addresses.add(location.addressLine);
  return {
    shapes,
    pieces,
    heads,
    qualifiers: [...qualifiers],
    programmes: [...programmes],
    addresses: [...addresses],
    municipalities: dataset.municipalities.map((m) => ({
      slug: m.slug,
      name: m.name,
      planningRegion: m.planningRegion,
      city: cities.get(m.slug) ?? m.name.replace(/ novads$/, ''),
      locative: locativeOf(m.name),
      genitive: genitiveOf(m.name),
    })),
  };
}

// ————————————————————————————————————————————————————————————————— synthetic rows

export interface SyntheticOrganization {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string;
}

export interface SyntheticLocation {
  id: string;
  addressLine: string;
  city: string;
  municipalitySlug: string;
  phone: string | null;
}

export interface SyntheticService {
  id: string;
  slug: string;
  name: string;
  domain: Domain;
  level: 'national' | 'regional' | 'municipal';
  texts: Partial<Record<TextField, string>>;
  audiences: string[];
  ageMin: number | null;
  ageMax: number | null;
  deliveryModes: string[];
  accessRoutes: string[];
  costKind: string;
  areaNational: boolean;
  areaRegions: string[];
  areaMunicipalitySlugs: string[];
  providerIndexes: number[];
  phones: string[];
  locations: SyntheticLocation[];
  email: string | null;
  website: string | null;
}

/** Services per synthetic provider: about the real ratio of a provider to its services in municipalities. */
export const SERVICES_PER_ORGANIZATION = 10;

export function syntheticOrganization(vocabulary: Vocabulary, index: number): SyntheticOrganization {
  const dice = diceFor('organization', index);
  const municipality = dice.pick(vocabulary.municipalities);
  const name = dice.chance(0.55)
    ? `${municipality.genitive} ${dice.pick(ORGANIZATION_KINDS)}`
    : `${dice.pick(LEGAL_FORMS)} “${dice.pick(vocabulary.programmes)}”`;
  const slug = `${slugify(name).slice(0, 60)}-o${index}`;
  const domainName = `${slugify(name).split('-').slice(0, 3).join('')}${index}.lv`;
  const purposes = vocabulary.pieces.get('*:purpose')?.sentences ?? [];
  return {
    id: idFor('organization', index),
    slug,
    name,
    description: dice.chance(0.5) && purposes.length > 0 ? dice.pick(purposes) : null,
    website: dice.chance(0.6) ? `https://www.${domainName}` : null,
    email: dice.chance(0.6) ? `info@${domainName}` : null,
    phone: dice.phone(),
  };
}

function fieldText(vocabulary: Vocabulary, dice: Dice, domain: Domain, field: TextField, shape: { bullets: boolean; count: number }): string | null {
  const own = vocabulary.pieces.get(`${domain}:${field}`);
  const all = vocabulary.pieces.get(`*:${field}`);
  const kind = shape.bullets ? 'bullets' : 'sentences';
  const pool = own && own[kind].length >= 5 ? own[kind] : (all?.[kind] ?? []);
  if (pool.length === 0) return null;
  const count = Math.max(1, Math.min(shape.count + dice.int(-1, 1), 12));
  return dice.some(pool, count, count).join(shape.bullets ? '\n' : ' ');
}

function agesFor(dice: Dice, audiences: string[]): [number | null, number | null] {
  if (!dice.chance(0.7)) return [null, null];
  const min = audiences.includes('children') ? dice.pick([0, 3, 5, 7]) : audiences.includes('adolescents') ? dice.pick([11, 12, 13]) : dice.pick([15, 16, 18]);
  const max = audiences.includes('young_adults') ? dice.pick([21, 24, 25]) : audiences.includes('adolescents') ? dice.pick([16, 17, 18]) : dice.pick([6, 12, 17]);
  return max >= min ? [min, max] : [min, null];
}

/**
 * The synthetic service with this index (0-based). `organizationCount` is how many synthetic providers exist
 * once services [0, index] are written: each service's main provider is the organisation index / 10.
 */
export function syntheticService(vocabulary: Vocabulary, index: number): SyntheticService {
  const dice = diceFor('service', index);
  const shape = dice.pick(vocabulary.shapes);
  const domain = shape.domain;
  const audiences = shape.audiences.length > 0 ? shape.audiences : dice.some(AUDIENCES, 1, 3);
  const [ageMin, ageMax] = shape.ageMin !== null || shape.ageMax !== null ? [shape.ageMin, shape.ageMax] : agesFor(dice, audiences);
  const area = dice.weighted({ national: 12, regions: 13, municipalities: 75 });
  const municipalities = area === 'municipalities' ? dice.some(vocabulary.municipalities, 1, dice.chance(0.8) ? 1 : 3) : [];
  const regions = area === 'regions' ? dice.some(REGIONS, 1, 2) : [];

  const head = dice.pick(vocabulary.heads.get(domain) ?? vocabulary.heads.get('social') ?? ['Atbalsta pakalpojums']);
  const parts = [head];
  if (dice.chance(0.55) && vocabulary.qualifiers.length > 0) parts.push(dice.pick(vocabulary.qualifiers));
  if (dice.chance(0.2) && vocabulary.programmes.length > 0) parts.push(`“${dice.pick(vocabulary.programmes)}”`);
  if (municipalities[0] && dice.chance(0.4)) parts.push(municipalities[0].locative);
  const name = parts.join(' ');

  const texts: SyntheticService['texts'] = {};
  for (const field of TEXT_FIELDS) {
    const fieldShape = shape.fields[field] ?? (field === 'purpose' ? { bullets: false, count: 1 } : undefined);
    if (!fieldShape) continue;
    const text = fieldText(vocabulary, dice, domain, field, fieldShape);
    if (text) texts[field] = text;
  }
  const provider = Math.floor(index / SERVICES_PER_ORGANIZATION);
  const providerIndexes = dice.chance(0.2) && provider > 0 ? [provider, dice.int(0, provider - 1)] : [provider];
  const placeFor = (m: MunicipalityPlace, k: number): SyntheticLocation => ({
    id: idFor('location', index * 4 + k),
    addressLine: dice.pick(vocabulary.addresses),
    city: m.city,
    municipalitySlug: m.slug,
    phone: dice.chance(0.5) ? dice.phone() : null,
  });
  const locationPlaces = municipalities.length > 0 ? municipalities.slice(0, 2) : dice.chance(0.5) ? [dice.pick(vocabulary.municipalities)] : [];
  const website = dice.chance(0.4) ? `https://www.${slugify(head).replace(/-/g, '').slice(0, 20)}${index}.lv` : null;
  return {
    id: idFor('service', index),
    slug: `${slugify(name).slice(0, 60).replace(/-+$/, '')}-s${index}`,
    name,
    domain,
    level: area === 'national' ? 'national' : area === 'regions' ? 'regional' : 'municipal',
    texts,
    audiences,
    ageMin,
    ageMax,
    deliveryModes: shape.deliveryModes.length > 0 ? shape.deliveryModes : dice.some(DELIVERY_MODES, 1, 2),
    accessRoutes: shape.accessRoutes.length > 0 ? shape.accessRoutes : dice.some(ACCESS_ROUTES, 1, 2),
    costKind: shape.costKind ?? dice.weighted({ free: 55, partly_paid: 25, paid: 20 }),
    areaNational: area === 'national',
    areaRegions: regions,
    areaMunicipalitySlugs: municipalities.map((m) => m.slug),
    providerIndexes,
    phones: dice.chance(0.8) ? [dice.phone()] : [],
    locations: locationPlaces.map(placeFor),
    email: website && dice.chance(0.7) ? `info@${new URL(website).hostname.replace(/^www\./, '')}` : null,
    website,
  };
}
