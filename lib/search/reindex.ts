import { Meilisearch } from 'meilisearch';
import { createDatabaseClient } from '@/lib/db/factory';
import { reindexAll } from './indexer';

/** A full rebuild of the search index from the database (the start command and `npm run search:reindex`). */
export async function reindexFromDatabase(options: { databaseUrl: string; meiliUrl: string; meiliMasterKey?: string; prefix?: string }) {
  const db = createDatabaseClient(options.databaseUrl);
  const meili = new Meilisearch({ host: options.meiliUrl, apiKey: options.meiliMasterKey, timeout: 30_000 });
  try {
    return await reindexAll(db, meili, options.prefix ?? '');
  } finally {
    await db.$disconnect();
  }
}
