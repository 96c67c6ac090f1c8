import 'server-only';
import type { ExtraRequestInit } from 'meilisearch';
import { serverEnv } from '@/lib/env';
import { getDb } from '@/lib/db/client';
import { getSearchClient } from './client';
import { searchWithDatabase } from './fallback';
import { FACET_FIELD } from './filters';
import { facetValues } from './facets';
import { recordSearchGap } from './gaps';
import { interpretPlaces } from './places';
import { buildMultiSearch } from './request';
import { indexName } from './settings';
import { listMunicipalities } from '@/lib/db/municipalities';
import type { SearchDocument } from './documents';
import { toHit } from './search-hit';
import { FACETS, type FacetName, type FacetValue, type SearchQuery, type SearchResult } from './types';


/**
 * Asks Meilisearch for an uncompressed answer. Node's fetch accepts gzip by default, and a compressed
 * multi-search answer took about 40 ms longer than a plain one (≈ 5 ms) on loopback in `npm run bench`,
 * to save some 15 kB that never leave the machine or the data centre.
 */
const UNCOMPRESSED: ExtraRequestInit = { headers: { 'Accept-Encoding': 'identity' } };

async function searchWithMeilisearch(query: SearchQuery): Promise<SearchResult> {
  const client = getSearchClient();
  if (!client) throw new Error('search not configured');
  const indexUid = indexName(serverEnv().MEILI_INDEX_PREFIX);
  const { queries, active } = buildMultiSearch(query, indexUid);
  const { results } = await client.multiSearch({ queries }, UNCOMPRESSED);
  const [first, ...rest] = results;
  if (!first) throw new Error('empty multi-search response');
  const distribution: Record<string, Record<string, number>> = { ...(first.facetDistribution ?? {}) };
  rest.forEach((result, i) => {
    const facet = active[i];
    if (facet) distribution[FACET_FIELD[facet]] = result.facetDistribution?.[FACET_FIELD[facet]] ?? {};
  });
  const facets = Object.fromEntries(FACETS.map((f) => [f, facetValues(f, distribution[FACET_FIELD[f]] ?? {}, query)])) as Record<FacetName, FacetValue[]>;
  const total = first.totalHits ?? first.estimatedTotalHits ?? first.hits.length;
  void recordSearchGap(getDb(), query, total); // counted in the background; never delays or fails the search
  return {
    query,
    hits: first.hits.map((h) => toHit(h as SearchDocument)),
    total,
    page: query.page,
    perPage: query.perPage,
    totalPages: Math.max(1, Math.ceil(total / query.perPage)),
    facets,
    degraded: false,
    processingTimeMs: first.processingTimeMs,
  };
}

/**
 * Searches the catalogue. Meilisearch answers normally; when it is not configured, down, slow or
 * failing, PostgreSQL answers the same query with `degraded` set, so search never stops working.
 */
export async function searchCatalogue(asTyped: SearchQuery): Promise<SearchResult> {
  const { query } = interpretPlaces(asTyped, await listMunicipalities());
  try {
    return await searchWithMeilisearch(query);
  } catch (error) {
    if (getSearchClient()) console.warn('search: Meilisearch failed, answering from PostgreSQL:', error instanceof Error ? error.message : error);
    return { ...(await searchWithDatabase(getDb(), query)), degraded: true };
  }
}
