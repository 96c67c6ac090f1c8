import type { Database } from '@/lib/db/factory';
import { normalizeQuery } from './latvian';
import { AGE_BANDS, type SearchQuery } from './types';
import { knownStems } from './vocabulary';

/**
 * Gaps in the catalogue: searches that found nothing or little (0–2 results), counted per day by what was
 * asked — region, municipality, age band, domain, entry type and the query's words. Only folded, stemmed
 * words that also occur in the catalogue's own text (its vocabulary) are kept, so a name, an address or anything
 * else personal typed into the search box is never stored; no query text, IP address or session is recorded.
 */

/** Results up to this many count as "little". */
export const GAP_MAX_RESULTS = 2;
const MAX_TERMS = 6;

/**
 * The query's words as stored: letters only, three to forty of them, that the catalogue itself uses (its
 * vocabulary, lib/search/vocabulary.ts), sorted, without repeats, at most six.
 */
async function gapTerms(db: Database, q: string): Promise<string> {
  const candidates = [...new Set(normalizeQuery(q).tokens.filter((t) => /^[a-z]{3,40}$/.test(t)))].sort();
  const known = await knownStems(db, candidates);
  return candidates.filter((t) => known.has(t)).slice(0, MAX_TERMS).join(' ');
}

const joined = (values: readonly string[]) => [...new Set(values)].sort().join(',').slice(0, 200);

function ageBandOf(query: SearchQuery): string {
  if (query.filters.age_band.length > 0) return joined(query.filters.age_band);
  if (query.age === undefined) return '';
  const age = query.age;
  return AGE_BANDS.find((band) => {
    const [from, to] = band.split('-').map(Number) as [number, number];
    return age >= from && age <= to;
  }) ?? '';
}

function latvianDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * Counts a search that found 0–2 results. Called without waiting by `searchCatalogue`: it never throws and
 * never delays the answer; a failure only loses one count.
 */
export async function recordSearchGap(db: Database, query: SearchQuery, total: number, now: Date = new Date()): Promise<void> {
  try {
    if (total > GAP_MAX_RESULTS || total < 0 || query.page > 1) return;
    const terms = query.q ? await gapTerms(db, query.q) : '';
    const row = {
      day: latvianDay(now),
      terms,
      region: joined(query.filters.region),
      municipality: joined(query.filters.municipality),
      ageBand: ageBandOf(query),
      domain: joined(query.filters.domain),
      entryType: joined(query.filters.type),
      resultBucket: total === 0 ? 0 : 1,
    };
    await db.$executeRaw`
      INSERT INTO "SearchGap" (day, terms, region, municipality, "ageBand", domain, "entryType", "resultBucket", count)
      VALUES (${row.day}::date, ${row.terms}, ${row.region}, ${row.municipality}, ${row.ageBand}, ${row.domain}, ${row.entryType}, ${row.resultBucket}, 1)
      ON CONFLICT (day, terms, region, municipality, "ageBand", domain, "entryType", "resultBucket")
      DO UPDATE SET count = "SearchGap".count + 1`;
  } catch (error) {
    console.warn('search gaps: not counted:', error instanceof Error ? error.message : 'unknown error');
  }
}

// ————————————————————————————————————————————————————————————————— the coordinators' dashboard

export interface GapCount {
  value: string;
  /** searches that found nothing */
  zero: number;
  /** searches that found one or two */
  few: number;
}

export interface GapReport {
  since: string;
  zero: number;
  few: number;
  terms: GapCount[];
  region: GapCount[];
  municipality: GapCount[];
  ageBand: GapCount[];
  domain: GapCount[];
  entryType: GapCount[];
}

type GapDimension = 'terms' | 'region' | 'municipality' | 'ageBand' | 'domain' | 'entryType';

/** Searches that found little in the last `days` days, by each dimension, most frequent first. */
export async function searchGapReport(db: Database, options: { days: number; now?: Date; limit?: number }): Promise<GapReport> {
  const now = options.now ?? new Date();
  const since = new Date(`${latvianDay(new Date(now.getTime() - (options.days - 1) * 86_400_000))}T00:00:00Z`);
  const where = { day: { gte: since } };
  const by = async (dimension: GapDimension): Promise<GapCount[]> => {
    const groups = await db.searchGap.groupBy({ by: [dimension, 'resultBucket'], where, _sum: { count: true } });
    const counts = new Map<string, GapCount>();
    for (const g of groups) {
      const value = g[dimension];
      if (value === '') continue;
      const entry = counts.get(value) ?? { value, zero: 0, few: 0 };
      if (g.resultBucket === 0) entry.zero += g._sum.count ?? 0;
      else entry.few += g._sum.count ?? 0;
      counts.set(value, entry);
    }
    return [...counts.values()].sort((a, b) => b.zero + b.few - (a.zero + a.few) || a.value.localeCompare(b.value)).slice(0, options.limit ?? 25);
  };
  const [totals, terms, region, municipality, ageBand, domain, entryType] = await Promise.all([
    db.searchGap.groupBy({ by: ['resultBucket'], where, _sum: { count: true } }),
    by('terms'),
    by('region'),
    by('municipality'),
    by('ageBand'),
    by('domain'),
    by('entryType'),
  ]);
  return {
    since: since.toISOString().slice(0, 10),
    zero: totals.find((t) => t.resultBucket === 0)?._sum.count ?? 0,
    few: totals.find((t) => t.resultBucket === 1)?._sum.count ?? 0,
    terms,
    region,
    municipality,
    ageBand,
    domain,
    entryType,
  };
}
