import type { Settings } from 'meilisearch';
import { LATVIAN_SYNONYMS, STOPWORDS_LV } from './latvian';

/** The one index of the catalogue; every entry type lives in it, told apart by `filter_type`. */
export const CATALOGUE_INDEX = 'catalogue';

export function indexName(prefix: string, base: string = CATALOGUE_INDEX): string {
  return `${prefix}${base}`;
}

/**
 * Index settings, versioned here and applied on every start (applying unchanged settings is a no-op in
 * Meilisearch). Bump SETTINGS_VERSION when changing them so a reindex picks them up everywhere.
 */
export const SETTINGS_VERSION = 2;

export const INDEX_SETTINGS: Settings = {
  // Order matters: a match in the name counts more than one in the description. The texts themselves
  // (summary, targetGroup, text) are searched through text_lv, which holds all of them folded and stemmed as
  // the query is: indexing them a second time, as written, matched nothing more in the Latvian query set and
  // made a full reindex of 100 000 services take 64 s instead of 40 s (bench/results.md).
  searchableAttributes: ['name', 'text_lv', 'providerNames', 'places'],
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
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
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
