import { Meilisearch } from 'meilisearch';
import { createDatabaseClient } from '@/lib/db/factory';
import { catalogueFingerprint, readIndexState, writeIndexState } from './index-state';
import { reindexAll } from './indexer';
import { vocabularyIsEmpty } from './vocabulary';

export interface ReindexOptions {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey?: string;
  prefix?: string;
  /** rebuild even when the index was built from the same data (npm run search:reindex) */
  force?: boolean;
}

/**
 * Brings the search index up to date with the database: a full rebuild when the data, the settings or
 * the Latvian text module changed since the last one (or when forced), nothing otherwise — so a restart
 * of a large installation does not rebuild an index that is already current.
 */
export async function reindexFromDatabase(options: ReindexOptions): Promise<{ documents: number; ms: number; skipped: boolean }> {
  const db = createDatabaseClient(options.databaseUrl);
  const meili = new Meilisearch({ host: options.meiliUrl, apiKey: options.meiliMasterKey, timeout: 30_000 });
  const prefix = options.prefix ?? '';
  try {
    const started = performance.now();
    const fingerprint = await catalogueFingerprint(db);
    // A database migrated after its index was built has no vocabulary yet (lib/search/vocabulary.ts): rebuild once.
    if (!options.force && (await readIndexState(meili, prefix)) === fingerprint && !(await vocabularyIsEmpty(db))) {
      return { documents: 0, ms: Math.round(performance.now() - started), skipped: true };
    }
    const result = await reindexAll(db, meili, prefix);
    await writeIndexState(meili, prefix, fingerprint);
    return { ...result, skipped: false };
  } finally {
    await db.$disconnect();
  }
}
