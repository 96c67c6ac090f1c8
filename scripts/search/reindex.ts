// npm run search:reindex — rebuild the Meilisearch index from DATABASE_URL (settings applied too).
import { reindexFromDatabase } from '../../lib/search/reindex';

const { DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX_PREFIX } = process.env;
if (!DATABASE_URL || !MEILI_URL) {
  console.error('Set DATABASE_URL and MEILI_URL (and MEILI_MASTER_KEY) to reindex.');
  process.exit(2);
}
const { documents, ms } = await reindexFromDatabase({
  databaseUrl: DATABASE_URL,
  meiliUrl: MEILI_URL,
  meiliMasterKey: MEILI_MASTER_KEY,
  prefix: MEILI_INDEX_PREFIX,
  force: true,
});
console.info(`Indexed ${documents} documents in ${ms} ms.`);
