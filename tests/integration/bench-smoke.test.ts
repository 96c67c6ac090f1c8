/**
 * `npm run bench` at a tiny size, so that the benchmark cannot rot: the same code (synthetic services written
 * in bulk, the real reindexAll, Meilisearch called directly, /api/search, the search, home and service pages
 * under autocannon and the time-to-first-byte client, first-visit JavaScript, memory, save-to-searchable
 * through the web server's own outbox worker, relevance on the real dataset) with 200 services, one client and
 * one-second runs. It checks the results' structure and that every measurement produced numbers; it has no
 * timing thresholds (the targets belong to the benchmark, not to tests).
 *
 * The HTTP layers need the production build. Like the e2e server, the benchmark builds it first when the sources
 * changed since the last build (`buildSiteIfChanged`, the same fingerprint as `npm start`), so after `npm start`,
 * the e2e tests or an earlier run this file takes about a minute; right after a source change it waits for one
 * build, which the e2e tests then reuse. Set BENCH_LOCK_FILE where several people share one checkout.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MultiSearchParams } from 'meilisearch';
import { loadDataset } from '@/lib/catalogue/dataset';
import { importCatalogue } from '@/lib/catalogue/import';
import { createDatabaseClient } from '@/lib/db/factory';
import { parseSearchParams } from '@/lib/validation/search-query';
import { runBenchmark, type BenchResults } from '../../scripts/bench/benchmark';
import { SMOKE_PROFILE } from '../../scripts/bench/profile';
import { meilisearchRequest, SEARCH_MIX } from '../../scripts/bench/query-mix';
import { writeResults } from '../../scripts/bench/report';
import type { Figure } from '../../scripts/bench/stats';
import { createMigratedTestDatabase } from '../helpers/database';

const BUILD_AND_RUN_MS = 15 * 60_000;

function expectFigure(figure: Figure | null | undefined, what: string) {
  expect(figure, what).toBeTruthy();
  for (const key of ['median', 'p95', 'min', 'max'] as const) expect(Number.isFinite(figure?.[key]), `${what}.${key}`).toBe(true);
  expect(figure?.n, `${what}.n`).toBeGreaterThan(0);
}

describe('the reference request', () => {
  it('is exactly the multi-search request searchCatalogue sends, for every search of the mix', async () => {
    const database = await createMigratedTestDatabase('bench_reference');
    const db = createDatabaseClient(database.url);
    try {
      const dataset = loadDataset();
      await importCatalogue(db, { ...dataset, services: [], organizations: [], crisisLines: [], municipalSocialServices: [], domainNotes: [] });
      process.env.DATABASE_URL = database.url;
      process.env.MEILI_URL = 'http://127.0.0.1:9';
      process.env.MEILI_MASTER_KEY = 'bench-reference-key-0000';
      const [{ searchCatalogue }, { getSearchClient }] = await Promise.all([import('@/lib/search/search'), import('@/lib/search/client')]);
      const client = getSearchClient();
      if (!client) throw new Error('no search client');
      const sent: MultiSearchParams[] = [];
      vi.spyOn(client, 'multiSearch').mockImplementation(async (request) => {
        sent.push(request as MultiSearchParams);
        const results = (request as MultiSearchParams).queries.map((q) => ({ indexUid: q.indexUid, hits: [], totalHits: 100, facetDistribution: {}, processingTimeMs: 0 }));
        return { results } as never;
      });
      const places = await db.municipality.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } });
      for (const search of SEARCH_MIX) {
        const result = await searchCatalogue(parseSearchParams(new URLSearchParams(search)).query);
        expect(result.degraded, search).toBe(false);
        expect(JSON.parse(JSON.stringify(sent.at(-1))), search).toEqual(JSON.parse(JSON.stringify(meilisearchRequest(search, places))));
      }
      expect(sent).toHaveLength(SEARCH_MIX.length);
    } finally {
      vi.restoreAllMocks();
      await db.$disconnect();
      await database.drop();
    }
  });
});

describe('npm run bench:smoke', () => {
  let results: BenchResults;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ak-bench-smoke-'));
    results = await runBenchmark({ projectRoot: process.cwd(), profile: SMOKE_PROFILE, lockFile: process.env.BENCH_LOCK_FILE || undefined, log: () => {} });
    writeResults(dir, results);
  }, BUILD_AND_RUN_MS);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes results.json and results.md with the date, the machine and every section', async () => {
    const json = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as BenchResults;
    expect(json.schema).toBe(1);
    expect(Date.parse(json.startedAt)).toBeLessThanOrEqual(Date.parse(json.finishedAt));
    expect(json.machine.cores).toBeGreaterThan(0);
    expect(json.machine.memoryGiB).toBeGreaterThan(0);
    expect(json.machine.cpuModel).not.toBe('');
    expect(json.machine.node).toMatch(/^v\d+/);
    expect(json.machine.postgres).toMatch(/^\d+/);
    expect(json.machine.meilisearch).toMatch(/^\d+\.\d+/);
    for (const load of [json.loadAverage.before, json.loadAverage.after]) expect(Number.isFinite(load.one)).toBe(true);
    expect(json.sizes.map((s) => s.services)).toEqual([200]);
    expect(json.targets.map((t) => t.target)).toEqual(expect.arrayContaining([expect.stringMatching(/recall@5/), expect.stringMatching(/reindex/)]));

    const markdown = await readFile(path.join(dir, 'results.md'), 'utf8');
    for (const heading of ['## Machine', '## Targets', '## Search latency and throughput', '## Pages', '## JavaScript on a first visit', '## Memory', '## Indexing', '## Relevance']) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('Load average before');
  });

  it('every measurement produced numbers, without failed requests', () => {
    for (const size of results.sizes) {
      const at = (what: string) => `${size.label}: ${what}`;
      expect(size.reindex.documents, at('documents')).toBeGreaterThan(size.services);
      expectFigure(size.reindex.totalMs, at('reindex'));
      expectFigure(size.reindex.meilisearchMs, at('Meilisearch indexing'));
      expectFigure(size.meilisearchProcessingMs, at('Meilisearch processing'));
      expect(size.search.map((c) => c.concurrency)).toEqual(SMOKE_PROFILE.searchConcurrency);
      for (const cell of size.search) {
        for (const [layer, figure] of [['meilisearch', cell.meilisearch], ['api', cell.api], ['page', cell.page]] as const) {
          expectFigure(figure.latencyMs, at(`${layer} latency`));
          expectFigure(figure.requestsPerSec, at(`${layer} throughput`));
          expect(figure.failures, at(`${layer} failures`)).toBe(0);
        }
        expect(cell.apiOverMeilisearchP95, at('ratio')).toBeGreaterThan(0);
        expect(cell.fallbacks, at('searches answered from PostgreSQL')).toBe(0);
      }
      expect(new Set(size.pages.map((p) => p.page))).toEqual(new Set(['static file (reference)', 'home', 'search', 'service']));
      for (const cell of size.pages) {
        expectFigure(cell.timings.ttfbMs, at(`${cell.page} TTFB`));
        expectFigure(cell.timings.totalMs, at(`${cell.page} total`));
        expect(cell.timings.failures, at(`${cell.page} failures`)).toBe(0);
      }
      expectFigure(size.memory.atRestMiB, at('memory at rest'));
      expectFigure(size.memory.underLoadMiB, at('memory under load'));
      expectFigure(size.freshness.saveToSearchableMs, at('save to searchable'));
      expectFigure(size.freshness.meilisearchTaskMs, at('Meilisearch task'));
      expect(size.freshness.failures, at('save to searchable failures')).toBe(0);
    }
    expect(results.sizes[0]?.dataWriteMs).toBeGreaterThan(0);
    expect(results.javascript.map((j) => j.path)).toEqual(expect.arrayContaining(['/lv', expect.stringMatching(/^\/lv\/search\?/), expect.stringMatching(/^\/lv\/services\//)]));
    for (const page of results.javascript) {
      expect(page.scripts, page.path).toBeGreaterThan(0);
      expect(page.gzipBytes, page.path).toBeGreaterThan(0);
      expect(page.gzipBytes, page.path).toBeLessThan(page.rawBytes);
    }
    expect(results.relevance.queries).toBeGreaterThanOrEqual(30);
    for (const value of [results.relevance.recallAt5, results.relevance.mrr]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});
