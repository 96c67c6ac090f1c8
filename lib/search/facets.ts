import { AGE_BANDS, AUDIENCES, COSTS, DELIVERY_MODES, DOMAINS, ENTRY_TYPES, FACETS, REGIONS, type FacetName, type FacetValue, type SearchQuery } from './types';

/** Fixed value lists are shown in a stable order (with zero counts); municipalities by count. */
const FIXED_VALUES: Partial<Record<FacetName, readonly string[]>> = {
  type: ENTRY_TYPES,
  domain: DOMAINS,
  cost: COSTS,
  region: REGIONS,
  delivery_mode: DELIVERY_MODES,
  audience: AUDIENCES,
  age_band: AGE_BANDS,
};

export function facetValues(facet: FacetName, counts: Record<string, number>, query: SearchQuery): FacetValue[] {
  const selected = new Set(query.filters[facet]);
  const fixed = FIXED_VALUES[facet];
  if (fixed) return fixed.map((value) => ({ value, count: counts[value] ?? 0, selected: selected.has(value) }));
  const values = new Set([...Object.keys(counts), ...selected]);
  return [...values]
    .map((value) => ({ value, count: counts[value] ?? 0, selected: selected.has(value) }))
    .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.value.localeCompare(b.value));
}

export function emptyFacets(query: SearchQuery): Record<FacetName, FacetValue[]> {
  return Object.fromEntries(FACETS.map((f) => [f, facetValues(f, {}, query)])) as Record<FacetName, FacetValue[]>;
}
