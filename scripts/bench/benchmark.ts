import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { loadDataset } from '@/lib/catalogue/dataset';
import { importCatalogue } from '@/lib/catalogue/import';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { loadAllDocuments } from '@/lib/search/documents';
import { reindexAll, withLatvianText } from '@/lib/search/indexer';
import { INDEX_SETTINGS } from '@/lib/search/settings';
import type { Place } from '@/lib/search/places';
import { buildSiteIfChanged } from '../lib/build';
import { createMigratedTestDatabase, type TestDatabase } from '../../tests/helpers/database';
import { startTestMeilisearch } from '../../tests/helpers/meilisearch';
import { writeSyntheticServices } from './bulk-insert';
import { cloneTestDatabase } from './databases';
import { measureSaveToSearchable, type FreshnessFigure } from './freshness';
import { firstVisitJavaScript, scriptSources, type FirstVisitJavaScript } from './javascript';
import { measureLoad, measurePageTimings, type LoadFigure, type PageTimingFigure } from './load';
import { holdFileLock } from './lock';
import { describeMachine, loadAverage, type LoadAverage, type MachineInfo } from './machine';
import { MemorySampler } from './memory';
import type { BenchProfile } from './profile';
import { apiPath, meilisearchRequest, pagePath, SEARCH_MIX } from './query-mix';
import { loadJudgedQueries, measureRelevance, type RelevanceFigure } from './relevance';
import { summarize, type Figure } from './stats';
import { buildVocabulary, type Vocabulary } from './synthetic';
import { evaluateTargets, type TargetResult } from './targets';
import { startBenchWebServer, type BenchWebServer } from './web-server';

export interface SearchCell {
  concurrency: number;
  /** the reference: the same multi-search request sent to Meilisearch directly */
  meilisearch: LoadFigure;
  api: LoadFigure;
  page: LoadFigure;
  /** our p95 and median over Meilisearch's alone, at the same concurrency */
  apiOverMeilisearchP95: number | null;
  apiOverMeilisearchMedian: number | null;
  /** searches of the API and page runs that Meilisearch did not answer in time, answered from PostgreSQL */
  fallbacks: number;
}

export interface PageCell {
  page: 'static file (reference)' | 'home' | 'search' | 'service';
  concurrency: number;
  timings: PageTimingFigure;
}

export interface ReindexFigure {
  documents: number;
  totalMs: Figure | null;
  /** wall time Meilisearch spent on the document additions (from its task log), the indexing floor */
  meilisearchMs: Figure | null;
  /** one extra pass, for the profile: reading every document from PostgreSQL, and building text_lv */
  loadDocumentsMs: number;
  latvianTextMs: number;
}

export interface SizeResult {
  label: string;
  services: number;
  syntheticServices: number;
  /** bulk insert of the synthetic services added at this size */
  dataWriteMs: number | null;
  /** at the start of this size's web measurements */
  loadAverage: LoadAverage;
  /** at the start of this size's reindexes (measured earlier, before the web server started) */
  reindexLoadAverage: LoadAverage;
  reindex: ReindexFigure;
  /** Meilisearch's own processingTimeMs for the mix, one client */
  meilisearchProcessingMs: Figure | null;
  search: SearchCell[];
  pages: PageCell[];
  memory: { atRestMiB: Figure | null; underLoadMiB: Figure | null };
  freshness: FreshnessFigure;
}

export interface BenchResults {
  schema: 1;
  profile: BenchProfile;
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  loadAverage: { before: LoadAverage; after: LoadAverage };
  searchMix: string[];
  sizes: SizeResult[];
  javascript: FirstVisitJavaScript[];
  relevance: RelevanceFigure;
  targets: TargetResult[];
}

export interface BenchOptions {
  projectRoot: string;
  profile: BenchProfile;
  /** an flock(1) file to hold while building and serving `.next` (shared checkouts), e.g. /tmp/ak-next.lock */
  lockFile?: string;
  /** aborting stops the web server and removes the databases and Meilisearch at once, then calls onStopped */
  signal?: AbortSignal;
  onStopped?: () => void;
  log?: (message: string) => void;
}

const ratio = (ours: number | undefined, reference: number | undefined) =>
  ours !== undefined && reference !== undefined && reference > 0 ? Number((ours / reference).toFixed(2)) : null;

async function municipalityPlaces(db: Database): Promise<Place[]> {
  // Ordered as listMunicipalities() orders them, so places are read out of a query in the same order.
  return db.municipality.findMany({ select: { slug: true, name: true }, orderBy: { name: 'asc' } });
}

/** Wall time of Meilisearch's document additions enqueued since `since` (batched tasks overlap: union of intervals). */
async function meilisearchIndexingMs(meili: Meilisearch, since: Date): Promise<number> {
  const { results } = await meili.tasks.getTasks({ types: ['documentAdditionOrUpdate'], afterEnqueuedAt: since.toISOString(), limit: 1000 });
  const intervals = results
    .filter((t) => t.startedAt && t.finishedAt)
    .map((t) => [Date.parse(t.startedAt as string), Date.parse(t.finishedAt as string)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of intervals) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/**
 * Meilisearch does some work once per process on its first indexing (about ten seconds here); a throwaway
 * index with the real settings takes it, so that the first measured reindex is not charged for it.
 */
async function warmUpMeilisearch(meili: Meilisearch): Promise<void> {
  const uid = 'bench_warm_up';
  await meili.createIndex(uid, { primaryKey: 'docId' }).waitTask({ timeout: 120_000 });
  await meili.index(uid).updateSettings(INDEX_SETTINGS).waitTask({ timeout: 120_000 });
  await meili.index(uid).addDocuments([{ docId: 'warm-up', name: 'Krīzes tālrunis', text_lv: 'kriz talrun' }]).waitTask({ timeout: 120_000 });
  await meili.deleteIndex(uid).waitTask({ timeout: 120_000 });
}

async function measureReindex(db: Database, meili: Meilisearch, prefix: string, repeats: number): Promise<ReindexFigure> {
  const totals: number[] = [];
  const indexing: number[] = [];
  let documents = 0;
  for (let run = 0; run < repeats; run++) {
    const since = new Date(Date.now() - 1000);
    const outcome = await reindexAll(db, meili, prefix);
    documents = outcome.documents;
    totals.push(outcome.ms);
    indexing.push(await meilisearchIndexingMs(meili, since));
  }
  let started = performance.now();
  const loaded = await loadAllDocuments(db);
  const loadDocumentsMs = Math.round(performance.now() - started);
  started = performance.now();
  for (const doc of loaded) withLatvianText(doc);
  const latvianTextMs = Math.round(performance.now() - started);
  return { documents, totalMs: summarize(totals, 0), meilisearchMs: summarize(indexing, 0), loadDocumentsMs, latvianTextMs };
}

async function meilisearchProcessing(meili: { url: string; masterKey: string }, bodies: string[]): Promise<Figure | null> {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const body of bodies) {
      const response = await fetch(`${meili.url}/multi-search`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${meili.masterKey}` },
        body,
      });
      const result = (await response.json()) as { results?: { processingTimeMs?: number }[] };
      times.push((result.results ?? []).reduce((sum, r) => sum + (r.processingTimeMs ?? 0), 0));
    }
  }
  return summarize(times, 1);
}

async function sampleServicePaths(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(`SELECT slug FROM "Service" WHERE status = 'published' ORDER BY md5(slug) LIMIT 10`);
    return rows.map((r) => `/lv/services/${r.slug}`);
  } finally {
    await client.end();
  }
}

interface PreparedSize {
  label: string;
  services: number;
  database: TestDatabase;
  db: Database;
  /** each size has its own index in the one Meilisearch, and its own database */
  prefix: string;
  dataWriteMs: number | null;
  reindexLoadAverage: LoadAverage;
  reindex: ReindexFigure;
}

/**
 * Phase one, no build needed: a database per size (a copy of the real dataset as the importer loaded it, then
 * synthetic services in bulk), indexed with the real reindexAll, each reindex timed.
 */
async function prepareSize(
  label: string,
  services: number,
  index: number,
  context: {
    template: TestDatabase;
    vocabulary: Vocabulary;
    realServices: number;
    meili: Meilisearch;
    profile: BenchProfile;
    log: (m: string) => void;
    /** every database made, so that an interrupted run can remove them */
    owned: Owned[];
  },
): Promise<PreparedSize> {
  const database = await cloneTestDatabase(context.template, `bench_${index}`);
  const db = createDatabaseClient(database.url);
  context.owned.push({ database, db });
  const synthetic = Math.max(0, services - context.realServices);
  let dataWriteMs: number | null = null;
  if (synthetic > 0) {
    const outcome = await writeSyntheticServices(database.url, context.vocabulary, 0, synthetic);
    dataWriteMs = outcome.ms;
    context.log(`${label}: wrote ${outcome.services} synthetic services and ${outcome.organizations} providers in ${outcome.ms} ms`);
  }
  const prefix = `bench${index}_`;
  const reindexLoadAverage = loadAverage();
  const reindex = await measureReindex(db, context.meili, prefix, context.profile.reindexRepeats);
  context.log(`${label}: reindex of ${reindex.documents} documents, median ${reindex.totalMs?.median} ms (Meilisearch ${reindex.meilisearchMs?.median} ms)`);
  return { label, services, database, db, prefix, dataWriteMs, reindexLoadAverage, reindex };
}

interface Owned {
  database: TestDatabase;
  db?: Database;
}

/** Runs the whole benchmark on throwaway services and returns every figure; the caller writes the report. */
export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((m: string) => console.info(`[bench] ${m}`));
  const { projectRoot, profile } = options;
  const startedAt = new Date().toISOString();
  const before = loadAverage();
  log(`load average before: ${before.one} ${before.five} ${before.fifteen}`);

  const meiliServer = await startTestMeilisearch();
  const meiliRef = { url: meiliServer.url, masterKey: meiliServer.masterKey };
  const meili = new Meilisearch({ host: meiliServer.url, apiKey: meiliServer.masterKey, timeout: 600_000 });
  const prepared: PreparedSize[] = [];
  const owned: Owned[] = [];
  let releaseLock: (() => Promise<void>) | undefined;
  let web: BenchWebServer | undefined;
  let cleaning: Promise<void> | undefined;
  // Run once, at the end or when the run is interrupted: nothing the benchmark made is left behind.
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await web?.stop();
      await releaseLock?.();
      for (const { database, db } of owned.reverse()) {
        await db?.$disconnect().catch(() => undefined);
        await database.drop();
      }
      await meiliServer.stop();
    })());
  options.signal?.addEventListener('abort', () => void cleanUp().then(() => options.onStopped?.()), { once: true });
  try {
    const template = await createMigratedTestDatabase('bench_template');
    owned.push({ database: template });
    await warmUpMeilisearch(meili);
    const dataset = loadDataset(path.join(projectRoot, 'prisma', 'data'));
    const importer = createDatabaseClient(template.url);
    try {
      await importCatalogue(importer, dataset);
    } finally {
      await importer.$disconnect();
    }
    const vocabulary = buildVocabulary(dataset);
    const realServices = dataset.services.filter((s) => s.status === 'published').length;
    const context = { template, vocabulary, realServices, meili, profile, log, owned };
    prepared.push(await prepareSize('real dataset', realServices, 0, context));
    for (const [i, total] of profile.sizes.entries()) prepared.push(await prepareSize(total.toLocaleString('en-US').replace(/,/g, ' '), total, i + 1, context));

    // Phase two serves the production build: hold the checkout's build lock (if any) from the build to the end.
    releaseLock = await holdFileLock(options.lockFile, log);
    const appSecret = randomBytes(32).toString('hex');
    const envFor = (size: PreparedSize) => ({
      DATABASE_URL: size.database.url,
      MEILI_URL: meiliServer.url,
      MEILI_MASTER_KEY: meiliServer.masterKey,
      MEILI_INDEX_PREFIX: size.prefix,
      APP_SECRET: appSecret,
      PUBLIC_BASE_URL: 'http://localhost:3000',
    });
    const first = prepared[0];
    if (!first) throw new Error('nothing prepared');
    await buildSiteIfChanged(projectRoot, { ...process.env, ...envFor(first), NEXT_TELEMETRY_DISABLED: '1' }, log);
    const machine = await describeMachine(projectRoot, { databaseUrl: first.database.url, meiliUrl: meiliServer.url, meiliMasterKey: meiliServer.masterKey });
    const meiliHeaders = { 'Content-Type': 'application/json', Authorization: `Bearer ${meiliServer.masterKey}` };
    const load = { durationSec: profile.durationSec, repeats: profile.repeats, warmupSec: profile.warmupSec };

    const measureSize = async (size: PreparedSize, web: BenchWebServer): Promise<SizeResult> => {
      log(`— ${size.label}: ${size.services} services, next start on ${web.origin}`);
      const loadAtStart = loadAverage();
      const places = await municipalityPlaces(size.db);
      const meiliBodies = SEARCH_MIX.map((s) => JSON.stringify(meilisearchRequest(s, places, size.prefix)));
      const memory = new MemorySampler(web.pid);
      await measurePageTimings({ origin: web.origin, paths: ['/lv', pagePath(SEARCH_MIX[0] ?? 'q=')], connections: 2, durationSec: profile.warmupSec, repeats: 1 });
      await new Promise((resolve) => setTimeout(resolve, profile.restSettleMs));
      const atRest = new MemorySampler(web.pid);
      for (let i = 0; i < profile.restSamples; i++) {
        atRest.sample();
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const meilisearchProcessingMs = await meilisearchProcessing(meiliRef, meiliBodies);

      const search: SearchCell[] = [];
      for (const concurrency of profile.searchConcurrency) {
        const meilisearch = await measureLoad({
          origin: meiliServer.url,
          requests: meiliBodies.map((body) => ({ method: 'POST', path: '/multi-search', body, headers: meiliHeaders })),
          connections: concurrency,
          ...load,
        });
        const fallbacksBefore = web.fallbacks();
        const api = await measureLoad({ origin: web.origin, requests: SEARCH_MIX.map((s) => ({ path: apiPath(s) })), connections: concurrency, onTick: memory.sample, ...load });
        const page = await measureLoad({ origin: web.origin, requests: SEARCH_MIX.map((s) => ({ path: pagePath(s) })), connections: concurrency, onTick: memory.sample, ...load });
        search.push({
          concurrency,
          meilisearch,
          api,
          page,
          apiOverMeilisearchP95: ratio(api.latencyMs?.p95, meilisearch.latencyMs?.p95),
          apiOverMeilisearchMedian: ratio(api.latencyMs?.median, meilisearch.latencyMs?.median),
          fallbacks: web.fallbacks() - fallbacksBefore,
        });
        log(`search ×${concurrency}: Meilisearch p95 ${meilisearch.latencyMs?.p95} ms, /api/search p95 ${api.latencyMs?.p95} ms, page p95 ${page.latencyMs?.p95} ms`);
      }

      const servicePaths = await sampleServicePaths(size.database.url);
      const homeHtml = await (await fetch(`${web.origin}/lv`)).text();
      const pageSets: [PageCell['page'], string[]][] = [
        ['static file (reference)', scriptSources(homeHtml).slice(0, 5)],
        ['home', ['/lv']],
        ['search', SEARCH_MIX.map(pagePath)],
        ['service', servicePaths],
      ];
      const pages: PageCell[] = [];
      for (const concurrency of profile.pageConcurrency) {
        for (const [page, paths] of pageSets) {
          const timings = await measurePageTimings({ origin: web.origin, paths, connections: concurrency, onTick: memory.sample, ...load });
          pages.push({ page, concurrency, timings });
          log(`${page} ×${concurrency}: TTFB p95 ${timings.ttfbMs?.p95} ms, total p95 ${timings.totalMs?.p95} ms`);
        }
      }

      const freshness = await measureSaveToSearchable({ databaseUrl: size.database.url, origin: web.origin, meili: meiliRef, trials: profile.freshnessTrials });
      log(`save to searchable: median ${freshness.saveToSearchableMs?.median} ms, p95 ${freshness.saveToSearchableMs?.p95} ms`);
      return {
        label: size.label,
        services: size.services,
        syntheticServices: Math.max(0, size.services - realServices),
        dataWriteMs: size.dataWriteMs,
        loadAverage: loadAtStart,
        reindexLoadAverage: size.reindexLoadAverage,
        reindex: size.reindex,
        meilisearchProcessingMs,
        search,
        pages,
        memory: { atRestMiB: atRest.figure(), underLoadMiB: memory.figure() },
        freshness,
      };
    };

    const sizes: SizeResult[] = [];
    let relevance: RelevanceFigure | undefined;
    const javascript: FirstVisitJavaScript[] = [];
    for (const size of prepared) {
      web = await startBenchWebServer(projectRoot, envFor(size));
      try {
        if (size === first) {
          // Relevance and the first visit's JavaScript on the real dataset, before anything edits it.
          relevance = await measureRelevance(web.origin, loadJudgedQueries(path.join(projectRoot, 'bench', 'queries.lv.json')));
          log(`relevance: recall@5 ${relevance.recallAt5}, MRR ${relevance.mrr}`);
          for (const pathname of ['/lv', pagePath(SEARCH_MIX[0] ?? 'q='), (await sampleServicePaths(size.database.url))[0] ?? '/lv']) {
            javascript.push(await firstVisitJavaScript(web.origin, pathname));
          }
        }
        if (size !== first || profile.measureRealDataset) sizes.push(await measureSize(size, web));
      } finally {
        await web.stop();
        web = undefined;
      }
    }
    if (!relevance) throw new Error('relevance was not measured');

    const after = loadAverage();
    log(`load average after: ${after.one} ${after.five} ${after.fifteen}`);
    const results: Omit<BenchResults, 'targets'> = {
      schema: 1,
      profile,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine,
      loadAverage: { before, after },
      searchMix: [...SEARCH_MIX],
      sizes,
      javascript,
      relevance,
    };
    return { ...results, targets: evaluateTargets(results) };
  } finally {
    await cleanUp();
  }
}
