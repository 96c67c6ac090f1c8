import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { seedCatalogue } from '@/lib/catalogue/seed';
import { loadAllDocuments } from '@/lib/search/documents';
import { drainOutbox, reindexAll } from '@/lib/search/indexer';
import { CATALOGUE_INDEX } from '@/lib/search/settings';
import { ensureMeilisearchBinary, startMeilisearch, type MeilisearchServer } from '@/lib/runtime/meilisearch-server';
import { findFreePort } from '@/lib/runtime/ports';

let database: TestDatabase;
let db: Database;
let dataDir: string;
let binaryPath: string;
let port: number;
const masterKey = randomBytes(24).toString('hex');
let server: MeilisearchServer | undefined;
let meili: Meilisearch;

const startSearch = async () => {
  server = await startMeilisearch({ dataDir, binaryPath, masterKey, port, handleSignals: false, log: () => {} });
};

/** The index's documents as (id → name), to compare with the database. */
async function indexContents(): Promise<Map<string, string>> {
  const { results } = await meili.index(CATALOGUE_INDEX).getDocuments<{ docId: string; name: string }>({ limit: 10_000, fields: ['docId', 'name'] });
  return new Map(results.map((d) => [d.docId, d.name]));
}

async function databaseContents(): Promise<Map<string, string>> {
  return new Map((await loadAllDocuments(db)).map((d) => [d.docId, d.name]));
}

beforeAll(async () => {
  database = await createMigratedTestDatabase('recovery');
  await seedCatalogue(database.url);
  db = createDatabaseClient(database.url);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ak-meili-recovery-'));
  binaryPath = await ensureMeilisearchBinary(process.cwd());
  port = await findFreePort();
  await startSearch();
  meili = new Meilisearch({ host: `http://127.0.0.1:${port}`, apiKey: masterKey, timeout: 5_000 });
  await reindexAll(db, meili);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('when Meilisearch is away and comes back', () => {
  it('keeps the changes in the outbox, then drains it so the index equals the database', async () => {
    await server?.stop();
    const services = await db.service.findMany({ where: { status: 'published' }, orderBy: { slug: 'asc' }, take: 4 });
    for (const [i, service] of services.entries()) {
      await db.$transaction([
        i === 3
          ? db.service.update({ where: { id: service.id }, data: { status: 'archived' } })
          : db.service.update({ where: { id: service.id }, data: { name: `${service.name} (labots ${i})` } }),
        db.searchOutbox.create({ data: { entityType: 'service', entityId: service.id } }),
      ]);
    }
    await expect(drainOutbox(db, meili)).rejects.toThrow();
    const pending = await db.searchOutbox.findMany({ where: { processedAt: null } });
    expect(pending).toHaveLength(4);
    expect(pending.every((row) => row.attempts === 1 && row.lastError)).toBe(true);

    await startSearch();
    while ((await drainOutbox(db, meili)) > 0);
    expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    expect(await indexContents()).toEqual(await databaseContents());
  });
});

describe('concurrency', () => {
  it('two workers draining at once apply every change exactly once', async () => {
    const services = await db.service.findMany({ where: { status: 'published' }, take: 40 });
    await db.searchOutbox.createMany({ data: services.map((s) => ({ entityType: 'service', entityId: s.id })) });
    const other = createDatabaseClient(database.url);
    try {
      let processed = 0;
      const worker = async (client: Database) => {
        for (let n = await drainOutbox(client, meili, '', 7); n > 0; n = await drainOutbox(client, meili, '', 7)) processed += n;
      };
      await Promise.all([worker(db), worker(other)]);
      expect(processed).toBe(services.length);
      expect(await db.searchOutbox.count({ where: { processedAt: null } })).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });

  it('an interrupted reindex leaves the live index serving, and the next one cleans up', async () => {
    const before = await indexContents();
    // What a crash half-way leaves: a build index with part of the documents.
    await meili.createIndex(`${CATALOGUE_INDEX}_build_1`, { primaryKey: 'docId' }).waitTask();
    await meili.index(`${CATALOGUE_INDEX}_build_1`).addDocuments([{ docId: 'partial', name: 'partial' }]).waitTask();
    expect(await indexContents()).toEqual(before);
    const live = await meili.index(CATALOGUE_INDEX).search('', { limit: 0 });
    expect(live.estimatedTotalHits).toBe(before.size);

    await reindexAll(db, meili);
    const { results } = await meili.getIndexes({ limit: 100 });
    expect(results.map((i) => i.uid)).toEqual([CATALOGUE_INDEX]);
    expect(await indexContents()).toEqual(await databaseContents());
  });
});
