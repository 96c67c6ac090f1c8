import { z } from 'zod';
import { AGE_BANDS, AUDIENCES, COSTS, DELIVERY_MODES, DOMAINS, ENTRY_TYPES, FACETS, REGIONS, type FacetName, type SearchQuery } from '@/lib/search/types';
import { slug } from './common';

/** URL parameter of each facet (state lives in the URL: ?q=…&domain=social&domain=health&age=15). */
export const FACET_PARAM: Record<FacetName, string> = {
  type: 'type',
  domain: 'domain',
  cost: 'cost',
  region: 'region',
  municipality: 'municipality',
  delivery_mode: 'mode',
  audience: 'audience',
  age_band: 'age_band',
};

const FACET_VALUE: Record<FacetName, z.ZodType<string>> = {
  type: z.enum(ENTRY_TYPES),
  domain: z.enum(DOMAINS),
  cost: z.enum(COSTS),
  region: z.enum(REGIONS),
  municipality: slug,
  delivery_mode: z.enum(DELIVERY_MODES),
  audience: z.enum(AUDIENCES),
  age_band: z.enum(AGE_BANDS),
};

export const SEARCH_PER_PAGE = 20;
const MAX_QUERY_LENGTH = 200;

export interface SearchQueryIssue {
  parameter: string;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function getAll(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Reads a search from URL parameters. Invalid values are dropped and reported (the page shows the rest;
 * the API answers 400), so a hand-edited or stale URL never breaks the page.
 */
export function parseSearchParams(params: Params, perPage = SEARCH_PER_PAGE): { query: SearchQuery; issues: SearchQueryIssue[] } {
  const issues: SearchQueryIssue[] = [];
  const qValues = getAll(params, 'q');
  if (qValues.length > 1) issues.push({ parameter: 'q' });
  const q = (qValues[0] ?? '').normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);

  const filters = {} as Record<FacetName, string[]>;
  for (const facet of FACETS) {
    const values = new Set<string>();
    for (const raw of getAll(params, FACET_PARAM[facet]).flatMap((v) => v.split(','))) {
      if (raw === '') continue;
      if (FACET_VALUE[facet].safeParse(raw).success && values.size < 50) values.add(raw);
      else issues.push({ parameter: FACET_PARAM[facet] });
    }
    filters[facet] = [...values];
  }

  const integer = (key: string, min: number, max: number): number | undefined => {
    const values = getAll(params, key).filter((v) => v !== '');
    if (values.length === 0) return undefined;
    const parsed = z.coerce.number().int().min(min).max(max).safeParse(values[0]);
    if (values.length > 1 || !parsed.success) {
      issues.push({ parameter: key });
      return undefined;
    }
    return parsed.data;
  };
  const age = integer('age', 0, 120);
  const page = integer('page', 1, 250) ?? 1;
  return { query: { q, filters, age, page, perPage }, issues };
}

/** The URL parameters of a search, the inverse of parseSearchParams. */
export function searchQueryToParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const facet of FACETS) for (const value of query.filters[facet]) params.append(FACET_PARAM[facet], value);
  if (query.age !== undefined) params.set('age', String(query.age));
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}
