import type { MultiSearchParams } from 'meilisearch';
import { buildMultiSearch } from '@/lib/search/request';
import { interpretPlaces, type Place } from '@/lib/search/places';
import { indexName } from '@/lib/search/settings';
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

/**
 * The multi-search request `searchCatalogue` sends to Meilisearch for these URL parameters (places read out
 * of the words, then the adapter's own request builder). Calling Meilisearch with it directly is the
 * reference our latency is compared with.
 */
export function meilisearchRequest(search: string, municipalities: Place[], prefix = ''): MultiSearchParams {
  const { query: asTyped } = parseSearchParams(new URLSearchParams(search));
  const { query } = interpretPlaces(asTyped, municipalities);
  return { queries: buildMultiSearch(query, indexName(prefix)).queries };
}

/** The URL of a search of the mix, encoded as a browser sends it (a space as "+"). */
export const apiPath = (search: string) => `/api/search?${new URLSearchParams(search).toString()}`;
export const pagePath = (search: string) => `/lv/search?${new URLSearchParams(search).toString()}`;
