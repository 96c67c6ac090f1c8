import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { startTestMeilisearch, type TestMeilisearch } from '../helpers/meilisearch';
import { createDatabaseClient } from '@/lib/db/factory';
import { seedCatalogue } from '@/lib/catalogue/seed';
import { reindexFromDatabase } from '@/lib/search/reindex';
import { vocabularyIsEmpty } from '@/lib/search/vocabulary';

let database: TestDatabase;
let meili: TestMeilisearch;

beforeAll(async () => {
  [database, meili] = await Promise.all([createMigratedTestDatabase('indexstate'), startTestMeilisearch()]);
  await seedCatalogue(database.url);
}, 120_000);

afterAll(async () => {
  await meili?.stop();
  await database?.drop();
});

describe('rebuilding the index at start only when needed', () => {
  const options = () => ({ databaseUrl: database.url, meiliUrl: meili.url, meiliMasterKey: meili.masterKey });

  it('builds once, then finds the index current', async () => {
    const first = await reindexFromDatabase(options());
    expect(first.skipped).toBe(false);
    expect(first.documents).toBeGreaterThan(200);
    expect((await reindexFromDatabase(options())).skipped).toBe(true);
  });

  it('rebuilds after the data changed, and when forced', async () => {
    const db = createDatabaseClient(database.url);
    await db.service.updateMany({ where: { slug: { not: '' } }, data: { intensity: 'reizi nedēļā' } });
    await db.$disconnect();
    expect((await reindexFromDatabase(options())).skipped).toBe(false);
    expect((await reindexFromDatabase(options())).skipped).toBe(true);
    expect((await reindexFromDatabase({ ...options(), force: true })).skipped).toBe(false);
  });

  it('rebuilds once when the database has no gap vocabulary yet (migrated after its index was built)', async () => {
    const db = createDatabaseClient(database.url);
    try {
      await db.$executeRaw`DELETE FROM "SearchVocabulary"`;
      expect((await reindexFromDatabase(options())).skipped).toBe(false);
      expect(await vocabularyIsEmpty(db)).toBe(false);
      expect((await reindexFromDatabase(options())).skipped).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });
});
