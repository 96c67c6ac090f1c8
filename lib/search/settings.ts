import type { Settings } from 'meilisearch';
import { LATVIAN_SYNONYMS, STOPWORDS_LV } from './latvian';
import type { EntryType } from './types';

/** The one index of the catalogue; every entry type lives in it, told apart by `filter_type`. */
export const CATALOGUE_INDEX = 'catalogue';

export function indexName(prefix: string, base: string = CATALOGUE_INDEX): string {
  return `${prefix}${base}`;
}

/**
 * Index settings, versioned here and applied on every start (applying unchanged settings is a no-op in
 * Meilisearch). Bump SETTINGS_VERSION when changing them or the indexed documents (lib/search/indexer.ts,
 * lib/search/documents.ts) so a reindex picks them up everywhere.
 */
export const SETTINGS_VERSION = 4;

/**
 * Between equally good matches, services and crisis lines come before the municipal social services, and those
 * before providers: someone who searches a topic wants what helps, then who to call, then who runs it.
 */
export const TYPE_RANK: Readonly<Record<EntryType, number>> = { service: 0, crisis_line: 0, municipal_social_service: 1, organization: 2 };

export const INDEX_SETTINGS: Settings = {
  // Every field is matched folded and stemmed, as the query is sent (lib/search/latvian.ts), and order matters:
  // a match in the name counts more than one in the entry's own text, and that more than one in its context
  // (area, places, providers, a provider's services). Before the name and the context had fields of their own,
  // providers whose services' names held the query ranked above the services themselves ("autisms", "vardarbība
  // ģimenē"). The texts as written are not indexed a second time: that matched nothing more in the Latvian
  // query set and made a full reindex of 100 000 services take 64 s instead of 40 s (bench/results.md).
  searchableAttributes: ['name_lv', 'text_lv', 'context_lv'],
  displayedAttributes: ['*'],
  filterableAttributes: [
    'filter_type',
    'filter_domain',
    'filter_cost',
    'filter_region',
    'filter_municipality',
    'filter_delivery_mode',
    'filter_audience',
    'filter_age_band',
    'age_min',
    'age_max',
  ],
  sortableAttributes: ['name', 'updatedAt'],
  // After Meilisearch's own rules: the entry type, the editors' order (crisis lines as the site lists them),
  // then the name. Ties always come out in the same order, so a list a social worker printed yesterday reads the
  // same today, and relevance is measured without noise (tests/integration/relevance.test.ts).
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'type_rank:asc', 'editorial_rank:asc', 'sort', 'name:asc'],
  synonyms: LATVIAN_SYNONYMS,
  stopWords: STOPWORDS_LV,
  typoTolerance: {
    enabled: true,
    // Latvian words are long and inflected: allow one typo from 4 letters, two from 8.
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    disableOnAttributes: [],
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 5000 },
  separatorTokens: [],
  nonSeparatorTokens: [],
  dictionary: [],
  distinctAttribute: null,
  // Whether query words stand together in the same field, not how many words apart: the word-pair index
  // that 'byWord' builds doubled the reindex time, and catalogue texts are short enough for this to rank well.
  proximityPrecision: 'byAttribute',
  // Nobody searches inside the facet values (the facets are fixed lists): not built.
  facetSearch: false,
};
