import 'server-only';
import { serverEnv } from '@/lib/env';
import { getDb } from '@/lib/db/client';
import { getSearchClient } from './client';
import { drainOutbox } from './indexer';

/**
 * A quarter of a second: a save is searchable within the 2 s we promise even on a large index (the poll is one
 * indexed query that finds nothing most of the time, four a second per instance).
 */
const INTERVAL_MS = 250;
const ERROR_LOG_INTERVAL_MS = 60_000;

const globalForWorker = globalThis as unknown as { outboxWorker?: NodeJS.Timeout };

/**
 * Keeps the index current: four times a second, the changes written to the outbox by catalogue writes are sent
 * to Meilisearch. While Meilisearch is down the rows wait and are sent when it returns.
 */
export function startOutboxWorker(): void {
  const meili = getSearchClient();
  if (!meili || globalForWorker.outboxWorker) return;
  let running = false;
  let lastErrorLog = 0;
  globalForWorker.outboxWorker = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      try {
        // Drain in batches until nothing is pending.
        while ((await drainOutbox(getDb(), meili, serverEnv().MEILI_INDEX_PREFIX)) > 0);
      } catch (error) {
        if (Date.now() - lastErrorLog > ERROR_LOG_INTERVAL_MS) {
          lastErrorLog = Date.now();
          console.warn('search outbox: will retry:', error instanceof Error ? error.message : error);
        }
      } finally {
        running = false;
      }
    })();
  }, INTERVAL_MS);
  globalForWorker.outboxWorker.unref();
}
