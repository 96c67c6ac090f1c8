import 'server-only';
import { Meilisearch } from 'meilisearch';
import { serverEnv } from '@/lib/env';

const globalForSearch = globalThis as unknown as { meili?: Meilisearch | null };

/** The server's Meilisearch client, or null when no search server is configured. Never sent to the browser. */
export function getSearchClient(): Meilisearch | null {
  if (globalForSearch.meili !== undefined) return globalForSearch.meili;
  const { MEILI_URL, MEILI_MASTER_KEY } = serverEnv();
  globalForSearch.meili = MEILI_URL
    ? new Meilisearch({ host: MEILI_URL, apiKey: MEILI_MASTER_KEY, timeout: 2_000 })
    : null;
  return globalForSearch.meili;
}
