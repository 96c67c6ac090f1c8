import type { SearchDocument } from './documents';
import { FACETS, type FacetName, type SearchQuery } from './types';

/** The document field behind each facet. */
export const FACET_FIELD: Record<FacetName, keyof SearchDocument & `filter_${string}`> = {
  type: 'filter_type',
  domain: 'filter_domain',
  cost: 'filter_cost',
  region: 'filter_region',
  municipality: 'filter_municipality',
  delivery_mode: 'filter_delivery_mode',
  audience: 'filter_audience',
  age_band: 'filter_age_band',
};

const quote = (value: string) => `"${value.replace(/["\\]/g, '')}"`;

/**
 * The Meilisearch filter of a query. Values within a facet are OR-ed, facets are AND-ed. `except` leaves
 * one facet out, to count that facet's values as if it were not chosen (multi-select facets).
 */
export function meiliFilter(query: SearchQuery, except?: FacetName): string[] {
  const clauses: string[] = [];
  for (const facet of FACETS) {
    if (facet === except) continue;
    const values = query.filters[facet];
    if (values.length > 0) clauses.push(`${FACET_FIELD[facet]} IN [${values.map(quote).join(', ')}]`);
  }
  if (query.age !== undefined) clauses.push(`age_min <= ${query.age}`, `age_max >= ${query.age}`);
  return clauses;
}

/** The same filter evaluated on a document (the PostgreSQL fallback). */
export function documentMatches(doc: SearchDocument, query: SearchQuery, except?: FacetName): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const values = query.filters[facet];
    if (values.length === 0) continue;
    const field = doc[FACET_FIELD[facet]];
    const docValues = Array.isArray(field) ? field : field === null ? [] : [field];
    if (!values.some((v) => docValues.includes(v))) return false;
  }
  if (query.age !== undefined && (doc.age_min > query.age || doc.age_max < query.age)) return false;
  return true;
}
