/**
 * The search adapter's own types: pages and the API use these, never Meilisearch's. The PostgreSQL
 * fallback returns the same shapes.
 */
export const ENTRY_TYPES = ['service', 'organization', 'municipal_social_service', 'crisis_line'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const DOMAINS = ['social', 'education_culture', 'health', 'justice', 'employment'] as const;
export const COSTS = ['free', 'partly_paid', 'paid'] as const;
export const REGIONS = ['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale'] as const;
export const DELIVERY_MODES = ['in_person', 'remote_video', 'phone', 'email_chat', 'at_home', 'residential'] as const;
export const AUDIENCES = ['children', 'adolescents', 'young_adults', 'parents', 'families', 'foster_families', 'professionals'] as const;
/** Age bands shown as a facet; an exact age is a separate filter. */
export const AGE_BANDS = ['0-6', '7-12', '13-15', '16-17', '18-25'] as const;

export type FacetName = 'type' | 'domain' | 'cost' | 'region' | 'municipality' | 'delivery_mode' | 'audience' | 'age_band';
export const FACETS: readonly FacetName[] = ['type', 'domain', 'cost', 'region', 'municipality', 'delivery_mode', 'audience', 'age_band'];

export interface SearchQuery {
  /** free text as typed; may be empty (browse) */
  q: string;
  filters: Record<FacetName, string[]>;
  /** a child's age in years: entries whose age range includes it */
  age?: number;
  page: number;
  perPage: number;
}

/** One result card's worth of data: what decides a referral at a glance. */
export interface SearchHit {
  type: EntryType;
  id: string;
  slug: string;
  name: string;
  summary: string | null;
  domain: string | null;
  targetGroup: string | null;
  ageMin: number | null;
  ageMax: number | null;
  costKind: string | null;
  priceText: string | null;
  accessRoutes: string[];
  deliveryModes: string[];
  /** where: "Latvija", region names or municipality names as stored */
  areaLabel: string | null;
  providerNames: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  municipalityName: string | null;
  is24x7: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface SearchResult {
  query: SearchQuery;
  hits: SearchHit[];
  total: number;
  page: number;
  perPage: number;
  totalPages: number;
  facets: Record<FacetName, FacetValue[]>;
  /** true when the answer came from PostgreSQL because Meilisearch could not answer */
  degraded: boolean;
  processingTimeMs: number;
}
