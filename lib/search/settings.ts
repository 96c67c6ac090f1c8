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
export const SETTINGS_VERSION = 1;

export const INDEX_SETTINGS: Settings = {
  // Order matters: a match in the name counts more than one in the description.
  searchableAttributes: ['name', 'text_lv', 'providerNames', 'places', 'summary', 'targetGroup', 'text'],
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
  proximityPrecision: 'byWord',
};
