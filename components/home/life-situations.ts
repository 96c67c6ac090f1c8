import { FACETS, type FacetName, type SearchQuery } from '@/lib/search/types';
import { searchQueryToParams } from '@/lib/validation/search-query';

/**
 * Life situations: what a family would say, each mapped to a search that returns good results in the
 * catalogue (checked against the curated dataset with /api/search). The words are Latvian because the
 * entries are; the search folds diacritics and stems, and its synonyms widen them.
 */
export const LIFE_SITUATIONS = [
  'alcohol_drugs',
  'gambling_gaming',
  'violence',
  'behaviour',
  'crisis',
  'mental_health',
  'severe_diagnosis',
  'parents',
] as const;
export type LifeSituation = (typeof LIFE_SITUATIONS)[number];

interface SituationSearch {
  q: string;
  filters?: Partial<Record<FacetName, string[]>>;
  /** someone may be in danger: show the crisis numbers first */
  urgent?: boolean;
}

export const SITUATION_SEARCH: Record<LifeSituation, SituationSearch> = {
  alcohol_drugs: { q: 'alkohols narkotikas atkarība' },
  gambling_gaming: { q: 'azartspēles' },
  violence: { q: 'vardarbība', urgent: true },
  behaviour: { q: 'uzvedības traucējumi', filters: { type: ['service'] } },
  crisis: { q: 'pašnāvība', urgent: true },
  mental_health: { q: 'mentālā veselība' },
  severe_diagnosis: { q: 'smagas diagnozes' },
  parents: { q: 'vecākiem', filters: { audience: ['parents'] } },
};

export function isLifeSituation(value: unknown): value is LifeSituation {
  return typeof value === 'string' && (LIFE_SITUATIONS as readonly string[]).includes(value);
}

export function emptySearchQuery(perPage = 20): SearchQuery {
  return { q: '', filters: Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<FacetName, string[]>, page: 1, perPage };
}

/** The search for a situation (or none), narrowed by age and place when given. */
export function situationQuery(
  situation: LifeSituation | null,
  narrow: { age?: number; region?: string; municipality?: string; ageBand?: string } = {},
  perPage = 20,
): SearchQuery {
  const query = emptySearchQuery(perPage);
  if (situation) {
    const search = SITUATION_SEARCH[situation];
    query.q = search.q;
    for (const [facet, values] of Object.entries(search.filters ?? {}) as [FacetName, string[]][]) query.filters[facet] = [...values];
  }
  if (narrow.age !== undefined) query.age = narrow.age;
  if (narrow.ageBand) query.filters.age_band = [narrow.ageBand];
  if (narrow.region) query.filters.region = [narrow.region];
  if (narrow.municipality) query.filters.municipality = [narrow.municipality];
  return query;
}

/** The search page's address for a query (relative, with the locale). */
export function searchHref(locale: string, query: SearchQuery): string {
  const params = searchQueryToParams({ ...query, page: 1 }).toString();
  return `/${locale}/search${params ? `?${params}` : ''}`;
}
