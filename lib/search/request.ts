import type { MultiSearchQuery } from 'meilisearch';
import { FACET_FIELD, meiliFilter } from './filters';
import { normalizeQuery } from './latvian';
import { FACETS, type FacetName, type SearchQuery } from './types';

/** The card fields a search returns (the index-only fields stay in Meilisearch). */
const ATTRIBUTES_TO_RETRIEVE = [
  'type', 'id', 'slug', 'name', 'summary', 'domain', 'targetGroup', 'ageMin', 'ageMax', 'costKind', 'priceText',
  'accessRoutes', 'deliveryModes', 'areaLabel', 'providerNames', 'phone', 'email', 'website', 'municipalityName', 'is24x7',
];

/**
 * The one multi-search that answers a query: the results with the counts of every facet not chosen, plus,
 * for each chosen facet, a count query without that facet's own filter (so its other values still show
 * what adding them gives). `active` lists the chosen facets in the order of the extra queries.
 */
export function buildMultiSearch(query: SearchQuery, indexUid: string): { queries: MultiSearchQuery[]; active: FacetName[] } {
  const q = normalizeQuery(query.q).normalized;
  const active = FACETS.filter((f) => query.filters[f].length > 0);
  const main: MultiSearchQuery = {
    indexUid,
    q,
    filter: meiliFilter(query),
    facets: FACETS.filter((f) => !active.includes(f)).map((f) => FACET_FIELD[f]),
    hitsPerPage: query.perPage,
    page: query.page,
    attributesToRetrieve: ATTRIBUTES_TO_RETRIEVE,
    matchingStrategy: 'last',
    sort: q ? undefined : ['name:asc'],
  };
  const perFacet: MultiSearchQuery[] = active.map((facet) => ({
    indexUid,
    q,
    filter: meiliFilter(query, facet),
    facets: [FACET_FIELD[facet]],
    hitsPerPage: 0,
    matchingStrategy: 'last',
  }));
  return { queries: [main, ...perFacet], active };
}
