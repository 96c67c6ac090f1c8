import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestMeilisearch, type TestMeilisearch } from '../helpers/meilisearch';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { loadDataset } from '@/lib/catalogue/dataset';
import { importCatalogue } from '@/lib/catalogue/import';
import { drainOutbox, reindexAll } from '@/lib/search/indexer';
import { normalizeForIndex } from '@/lib/search/latvian';
import { knownStems } from '@/lib/search/vocabulary';
import { searchWithDatabase } from '@/lib/search/fallback';
import type { SearchResult } from '@/lib/search/types';
import { parseSearchParams } from '@/lib/validation/search-query';

let database: TestDatabase;
let meiliServer: TestMeilisearch;
let db: Database;
let meili: Meilisearch;
let searchCatalogue: (q: ReturnType<typeof parseSearchParams>['query']) => Promise<SearchResult>;

const query = (search: string) => parseSearchParams(new URLSearchParams(search)).query;
const search = (s: string) => searchCatalogue(query(s));
const names = (result: SearchResult) => result.hits.map((h) => h.name);

beforeAll(async () => {
  [database, meiliServer] = await Promise.all([createMigratedTestDatabase('search'), startTestMeilisearch()]);
  db = createDatabaseClient(database.url);
  await importCatalogue(db, loadDataset());
  meili = new Meilisearch({ host: meiliServer.url, apiKey: meiliServer.masterKey });
  await reindexAll(db, meili);
  // The web server's modules read their configuration from the environment on first use.
  process.env.DATABASE_URL = database.url;
  process.env.MEILI_URL = meiliServer.url;
  process.env.MEILI_MASTER_KEY = meiliServer.masterKey;
  ({ searchCatalogue } = await import('@/lib/search/search'));
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await meiliServer?.stop();
  await database?.drop();
});

describe('search as people type it', () => {
  it('finds the crisis lines without diacritics', async () => {
    const result = await search('q=krizes talrunis');
    expect(result.degraded).toBe(false);
    expect(result.hits.slice(0, 5).some((h) => h.type === 'crisis_line')).toBe(true);
  });

  it('finds the family assistant and mediation services', async () => {
    expect(names(await search('q=gimenes asistents')).slice(0, 3).join(' | ')).toMatch(/ģimenes asistent/i);
    expect(names(await search('q=mediacija')).slice(0, 5).join(' | ')).toMatch(/mediācij/i);
  });

  it('reads a place out of the query and keeps national services', async () => {
    const result = await search('q=atkaribas pusaudzim Talsos');
    expect(result.query.filters.municipality).toEqual(['talsu-novads']);
    expect(result.total).toBeGreaterThan(0);
    const talsi = await search('q=socialais dienests Talsos&type=municipal_social_service');
    expect(names(talsi)[0]).toMatch(/Tals/);
  });

  it('tolerates small typos', async () => {
    const exact = await search('q=atkarības');
    const typo = await search('q=atkaribs');
    expect(exact.total).toBeGreaterThan(0);
    expect(typo.total).toBeGreaterThan(0);
    expect(names(typo)[0]).toBe(names(exact)[0]);
  });
});

describe('facets', () => {
  it('counts values, and a chosen facet keeps the counts of its other values', async () => {
    const all = await search('');
    const social = all.facets.domain.find((v) => v.value === 'social');
    const health = all.facets.domain.find((v) => v.value === 'health');
    expect(social?.count).toBeGreaterThan(0);
    expect(health?.count).toBeGreaterThan(0);

    const chosen = await search('domain=social');
    expect(chosen.total).toBe(social?.count);
    expect(chosen.facets.domain.find((v) => v.value === 'health')?.count).toBe(health?.count);
    expect(chosen.facets.domain.find((v) => v.value === 'social')?.selected).toBe(true);

    const both = await search('domain=social&domain=health');
    expect(both.total).toBe((social?.count ?? 0) + (health?.count ?? 0));
  });

  it('filters by a child’s age, region and cost together', async () => {
    const result = await search('age=15&region=kurzeme&cost=free&type=service');
    expect(result.total).toBeGreaterThan(0);
    for (const hit of result.hits) {
      expect(hit.ageMin === null || hit.ageMin <= 15).toBe(true);
      expect(hit.ageMax === null || hit.ageMax >= 15).toBe(true);
      expect(hit.costKind).toBe('free');
    }
  });

  it('a national service matches every region', async () => {
    const national = await db.service.findFirst({ where: { areaNational: true, status: 'published' } });
    expect(national).not.toBeNull();
    for (const region of ['riga', 'latgale']) {
      const result = await searchCatalogue({ ...query(`region=${region}&type=service`), perPage: 200 });
      expect(result.hits.map((h) => h.id)).toContain(national?.id);
    }
  });
});

describe('keeping the index current and answering without it', () => {
  it('a full reindex stores the catalogue’s vocabulary: its common words, not its names', async () => {
    const stems = ['psihologs', 'atkarības', 'ģimenes', 'Liepāja', 'Talsi'].map(normalizeForIndex);
    expect(await knownStems(db, stems)).toEqual(new Set(stems.slice(0, 3)));
  });

  it('an edit reaches the index through the outbox, and its words the vocabulary', async () => {
    const service = await db.service.findFirstOrThrow({ where: { status: 'published' }, orderBy: { slug: 'asc' } });
    const newWord = normalizeForIndex('zīlīšpieturvieta');
    expect(await knownStems(db, [newWord])).toEqual(new Set());
    await db.$transaction([
      db.service.update({ where: { id: service.id }, data: { name: 'Zīlīšu pieturas pakalpojums', purpose: 'Tā ir zīlīšpieturvieta.' } }),
      db.searchOutbox.create({ data: { entityType: 'service', entityId: service.id } }),
    ]);
    expect(await drainOutbox(db, meili)).toBe(1);
    expect(names(await search('q=zilisu pieturas'))[0]).toBe('Zīlīšu pieturas pakalpojums');
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    expect(await knownStems(db, [newWord])).toEqual(new Set([newWord]));

    await db.$transaction([
      db.service.update({ where: { id: service.id }, data: { status: 'archived' } }),
      db.searchOutbox.create({ data: { entityType: 'service', entityId: service.id } }),
    ]);
    await drainOutbox(db, meili);
    expect((await search('q=zilisu pieturas')).hits.map((h) => h.id)).not.toContain(service.id);
  });

  it('the PostgreSQL fallback answers the same queries with degraded set', async () => {
    for (const s of ['q=krizes talrunis', 'q=gimenes asistents', 'domain=health', 'age=15&region=kurzeme']) {
      const indexed = await search(s);
      const fallback = await searchWithDatabase(db, indexed.query);
      expect(fallback.degraded).toBe(true);
      expect(fallback.total, s).toBeGreaterThan(0);
      if (!indexed.query.q) expect(fallback.total, s).toBe(indexed.total);
      else expect(fallback.hits.map((h) => h.id), s).toContain(indexed.hits[0]?.id);
    }
  });

  it('falls back when Meilisearch answers with an error, and uses it again once the index is rebuilt', async () => {
    // A real error answer: the index is gone (404 index_not_found), as after a mistaken delete.
    await meili.deleteIndex('catalogue').waitTask({ timeout: 30_000 });
    const withoutIndex = await search('q=krizes talrunis');
    expect(withoutIndex.degraded).toBe(true);
    expect(withoutIndex.hits.some((h) => h.type === 'crisis_line')).toBe(true);
    await reindexAll(db, meili);
    expect((await search('q=krizes talrunis')).degraded).toBe(false);
  });

  it('falls back when Meilisearch is too slow, within the client timeout, and uses it again when it answers', async () => {
    // Frozen, Meilisearch accepts connections and answers nothing: a hung server, not a refused connection.
    process.kill(meiliServer.pid, 'SIGSTOP');
    try {
      const started = performance.now();
      const result = await search('q=gimenes asistents');
      expect(result.degraded).toBe(true);
      expect(names(result).slice(0, 3).join(' | ')).toMatch(/ģimenes asistent/i);
      // the client gives up after 2 s (lib/search/client.ts) rather than waiting for the server
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      process.kill(meiliServer.pid, 'SIGCONT');
    }
    await expect.poll(async () => (await search('q=gimenes asistents')).degraded, { timeout: 15_000 }).toBe(false);
  });

  it('falls back when Meilisearch cannot answer', async () => {
    await meiliServer.stop();
    const result = await search('q=krizes talrunis');
    expect(result.degraded).toBe(true);
    expect(result.hits.some((h) => h.type === 'crisis_line')).toBe(true);
  });
});
