import type { BenchResults, SizeResult } from './benchmark';

export interface TargetResult {
  target: string;
  /** the figure the target is judged on, as measured, with its unit */
  measured: string;
  /** met, missed, or not measured by this profile (the smoke run measures no 10 000 or 100 000) */
  status: 'met' | 'missed' | 'not measured';
  value: number | null;
  limit: number | null;
}

const fmt = (n: number, digits = 1) => Number(n.toFixed(digits)).toString();

function judge(target: string, value: number | null | undefined, limit: number | null, met: (v: number, l: number) => boolean, describe: (v: number) => string): TargetResult {
  if (value === null || value === undefined || limit === null || Number.isNaN(value)) {
    return { target, measured: '—', status: 'not measured', value: null, limit };
  }
  return { target, measured: describe(value), status: met(value, limit) ? 'met' : 'missed', value, limit };
}

const sizeOf = (sizes: SizeResult[], services: number) => sizes.find((s) => s.label !== 'real dataset' && s.services === services);

/** The targets, each judged at its p95 (recall and JavaScript bytes have a single value). */
export function evaluateTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const targets: TargetResult[] = [];
  const largest = sizeOf(results.sizes, 100_000);
  for (const concurrency of results.profile.searchConcurrency) {
    const cell = largest?.search.find((c) => c.concurrency === concurrency);
    const reference = cell?.meilisearch.latencyMs?.p95;
    const limit = reference === undefined ? null : 1.5 * reference + 5;
    targets.push(
      judge(
        `/api/search p95 ≤ 1.5 × Meilisearch p95 + 5 ms at 100 000 services, ${concurrency} client${concurrency === 1 ? '' : 's'}`,
        cell?.api.latencyMs?.p95,
        limit,
        (v, l) => v <= l,
        (v) => `${fmt(v)} ms vs limit ${fmt(limit ?? 0)} ms (Meilisearch p95 ${fmt(reference ?? 0)} ms)`,
      ),
    );
  }
  const page = sizeOf(results.sizes, 10_000)?.search.find((c) => c.concurrency === 16)?.page.latencyMs?.p95;
  targets.push(judge('Search page p95 < 100 ms at 16 clients and 10 000 services', page, 100, (v, l) => v < l, (v) => `${fmt(v)} ms`));

  const searchJs = results.javascript.find((j) => j.path.startsWith('/lv/search'))?.gzipBytes;
  targets.push(judge('JavaScript of a first visit to the search page < 100 kB gzip', searchJs, 100_000, (v, l) => v < l, (v) => `${fmt(v / 1000)} kB`));

  const reindex = largest?.reindex.totalMs?.p95;
  targets.push(judge('Full reindex of 100 000 services < 60 s', reindex, 60_000, (v, l) => v < l, (v) => `${fmt(v / 1000)} s`));

  for (const size of results.sizes) {
    targets.push(
      judge(`Save to searchable < 2 s (${size.label})`, size.freshness.failures > 0 ? Infinity : size.freshness.saveToSearchableMs?.p95, 2000, (v, l) => v < l, (v) =>
        Number.isFinite(v) ? `${fmt(v / 1000, 2)} s` : 'not found within 30 s',
      ),
    );
  }
  targets.push(judge('Latvian recall@5 ≥ 0.95', results.relevance.recallAt5, 0.95, (v, l) => v >= l, (v) => fmt(v, 3)));
  return targets;
}
