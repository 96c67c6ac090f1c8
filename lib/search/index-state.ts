import { createHash } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import type { Database } from '@/lib/db/factory';
import { normalizeForIndex } from './latvian';
import { INDEX_SETTINGS, SETTINGS_VERSION, indexName } from './settings';

/** A small index beside the catalogue that remembers what the live index was built from. */
const META_INDEX = 'catalogue_meta';
const STATE_ID = 'state';
/** Changes of the stemmer or synonyms change the indexed text: the probe text makes them visible. */
const TEXT_PROBE = 'Sociālās rehabilitācijas pakalpojums atkarīgiem pusaudžiem Talsu novadā, krīzes tālrunis';

/**
 * What the index depends on: every entry table's row count and latest change, the index settings and the
 * Latvian text module's output. Equal fingerprints mean a rebuild would produce the same index.
 */
export async function catalogueFingerprint(db: Database): Promise<string> {
  const rows = await db.$queryRaw<{ t: string; n: bigint; m: Date | null }[]>`
    SELECT 'service' AS t, count(*) AS n, max("updatedAt") AS m FROM "Service"
    UNION ALL SELECT 'organization', count(*), max("updatedAt") FROM "Organization"
    UNION ALL SELECT 'municipal_social_service', count(*), max("updatedAt") FROM "MunicipalSocialService"
    UNION ALL SELECT 'crisis_line', count(*), max("updatedAt") FROM "CrisisLine"
    UNION ALL SELECT 'municipality', count(*), max("updatedAt") FROM "Municipality"
    UNION ALL SELECT 'location', count(*), max("updatedAt") FROM "Location"`;
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${row.t}:${row.n}:${row.m?.toISOString() ?? ''}\n`);
  hash.update(`settings:${SETTINGS_VERSION}:${JSON.stringify(INDEX_SETTINGS)}\n`);
  hash.update(`text:${normalizeForIndex(TEXT_PROBE)}\n`);
  return hash.digest('hex');
}

export async function readIndexState(meili: Meilisearch, prefix: string): Promise<string | null> {
  try {
    const doc = await meili.index(indexName(prefix, META_INDEX)).getDocument<{ id: string; fingerprint: string }>(STATE_ID);
    // The live index must exist too (someone may have deleted it by hand).
    await meili.getIndex(indexName(prefix));
    return doc.fingerprint;
  } catch {
    return null;
  }
}

export async function writeIndexState(meili: Meilisearch, prefix: string, fingerprint: string): Promise<void> {
  const task = await meili.index(indexName(prefix, META_INDEX)).addDocuments([{ id: STATE_ID, fingerprint }], { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  if (task.status !== 'succeeded') throw new Error(`Meilisearch could not store the index state: ${task.error?.message ?? task.status}`);
}
