import type { MultiSearchParams, MultiSearchQuery } from 'meilisearch';
import { FACET_FIELD, meiliFilter } from '@/lib/search/filters';
import { normalizeQuery } from '@/lib/search/latvian';
import { interpretPlaces, type Place } from '@/lib/search/places';
import { indexName } from '@/lib/search/settings';
import { FACETS } from '@/lib/search/types';
import { parseSearchParams } from '@/lib/validation/search-query';

/**
 * The fixed mix of searches every search figure is measured with: what families and social workers type,
 * without diacritics, inflected, with a place in the words, and with the filters the search page offers.
 * Each client of a load run starts at a different entry and goes round the list.
 */
export const SEARCH_MIX: readonly string[] = [
  'q=krizes talrunis',
  'q=psihologs Talsos',
  'q=atkaribas pusaudzim&age=15',
  'q=gimenes asistents&region=kurzeme',
  'q=vardarbiba gimene&type=service',
  'q=socialais dienests Liepaja',
  'domain=health&age=10',
  'q=uzvedibas traucejumi&cost=free&mode=in_person',
  'q=mediacija',
  'q=narkotikas pusaudzis&audience=adolescents',
  'type=service',
  'q=sociala rehabilitacija&region=riga&region=vidzeme',
  'q=atbalsta grupas vecakiem&age_band=7-12',
  'q=azartspeles',
];

/** Attributes the adapter asks for (lib/search/search.ts); the smoke test checks the two stay equal. */
const ATTRIBUTES_TO_RETRIEVE = [
  'type', 'id', 'slug', 'name', 'summary', 'domain', 'targetGroup', 'ageMin', 'ageMax', 'costKind', 'priceText',
  'accessRoutes', 'deliveryModes', 'areaLabel', 'providerNames', 'phone', 'email', 'website', 'municipalityName', 'is24x7',
];

/**
 * The multi-search request `searchCatalogue` sends to Meilisearch for these URL parameters: places read out
 * of the words, the Latvian normalisation, the filter, and one facet query per chosen facet. Calling
 * Meilisearch with it directly is the reference our latency is compared with.
 */
export function meilisearchRequest(search: string, municipalities: Place[], prefix = ''): MultiSearchParams {
  const { query: asTyped } = parseSearchParams(new URLSearchParams(search));
  const { query } = interpretPlaces(asTyped, municipalities);
  const indexUid = indexName(prefix);
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
  return { queries: [main, ...perFacet] };
}

/** The URL of a search of the mix, encoded as a browser sends it (a space as "+"). */
export const apiPath = (search: string) => `/api/search?${new URLSearchParams(search).toString()}`;
export const pagePath = (search: string) => `/lv/search?${new URLSearchParams(search).toString()}`;
