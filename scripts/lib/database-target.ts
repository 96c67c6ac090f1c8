import path from 'node:path';
import { readRuntimeFile } from '../../lib/runtime/local-services';
import { startEmbeddedPostgres } from '../../lib/runtime/embedded-postgres';

/**
 * The database a maintenance script works on: DATABASE_URL when set; else the embedded database of a
 * running `npm start` (found through .data/runtime.json); else the embedded database opened just for
 * this script.
 */
export async function openDatabaseTarget(projectRoot: string): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, close: async () => undefined };
  const running = readRuntimeFile(projectRoot);
  if (running?.embedded.postgres) return { url: running.databaseUrl, close: async () => undefined };
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, '.data', 'pglite'),
    port: 0,
    handleSignals: false,
    log: () => undefined,
  });
  return { url: embedded.url, close: embedded.stop };
}
