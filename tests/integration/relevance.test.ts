/**
 * Relevance on the real dataset: the judged Latvian query set of the benchmark (bench/queries.lv.json),
 * typed as people type it, through searchCatalogue and the real Meilisearch (the benchmark asks /api/search,
 * which answers from the same function). The floors are where the search stands today; a change that makes
 * Latvian search worse fails here, and one that makes it better should raise them. RELEVANCE_REPORT=1 prints
 * every query that is not perfect, with its top five and what is missing.
 */
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestMeilisearch, type TestMeilisearch } from '../helpers/meilisearch';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { loadDataset } from '@/lib/catalogue/dataset';
import { importCatalogue } from '@/lib/catalogue/import';
import { reindexAll } from '@/lib/search/indexer';
import type { SearchResult } from '@/lib/search/types';
import { parseSearchParams } from '@/lib/validation/search-query';
import { loadJudgedQueries, pathOfHit, scoreRelevance, type RelevanceFigure } from '../../scripts/bench/relevance';

// Ties are broken in a fixed order (lib/search/settings.ts), so these figures are the same on every run.
const RECALL_AT_5_FLOOR = 0.89;
const MRR_FLOOR = 0.95;
const SUCCESS_AT_5_FLOOR = 1;

let database: TestDatabase;
let meiliServer: TestMeilisearch;
let db: Database;
let figure: RelevanceFigure;

beforeAll(async () => {
  [database, meiliServer] = await Promise.all([createMigratedTestDatabase('relevance'), startTestMeilisearch()]);
  db = createDatabaseClient(database.url);
  await importCatalogue(db, loadDataset());
  await reindexAll(db, new Meilisearch({ host: meiliServer.url, apiKey: meiliServer.masterKey }));
  process.env.DATABASE_URL = database.url;
  process.env.MEILI_URL = meiliServer.url;
  process.env.MEILI_MASTER_KEY = meiliServer.masterKey;
  const { searchCatalogue } = (await import('@/lib/search/search')) as { searchCatalogue: (q: ReturnType<typeof parseSearchParams>['query']) => Promise<SearchResult> };
  const judged = loadJudgedQueries(path.resolve('bench/queries.lv.json'));
  figure = await scoreRelevance(judged, async (q) => {
    const result = await searchCatalogue(parseSearchParams(new URLSearchParams({ q }), 10).query);
    if (result.degraded) throw new Error(`"${q}" was answered by the fallback, not Meilisearch`);
    return result.hits.map(pathOfHit);
  });
  if (process.env.RELEVANCE_REPORT) {
    for (const o of figure.outcomes.filter((o) => o.recallAt5 < 1)) console.info(`${o.recallAt5.toFixed(2)} ${o.q}\n  top5: ${o.top5.join(' ')}\n  missing: ${o.missing.join(' ')}`);
  }
  console.info(`relevance: recall@5 ${figure.recallAt5}, MRR ${figure.mrr}, success@5 ${figure.successAt5} over ${figure.queries} queries`);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await meiliServer?.stop();
  await database?.drop();
});

describe('Latvian relevance on the judged query set', () => {
  it('keeps recall@5, MRR and success@5 at or above where they stand', () => {
    expect(figure.queries).toBeGreaterThanOrEqual(51);
    expect(figure.recallAt5).toBeGreaterThanOrEqual(RECALL_AT_5_FLOOR);
    expect(figure.mrr).toBeGreaterThanOrEqual(MRR_FLOOR);
    expect(figure.successAt5).toBeGreaterThanOrEqual(SUCCESS_AT_5_FLOOR);
  });

  it('puts a crisis line first for the words of someone in crisis', () => {
    for (const q of ['krizes talrunis', 'pasnaviba', 'uzticibas talrunis', 'paskaitejums']) {
      const outcome = figure.outcomes.find((o) => o.q === q);
      expect(outcome?.top5.slice(0, 3).some((p) => p.startsWith('crisis-lines/')), q).toBe(true);
    }
  });
});
