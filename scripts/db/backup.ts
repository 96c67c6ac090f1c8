// npm run db:backup [-- file] — a logical backup (gzip JSON) of DATABASE_URL or the embedded database.
import { writeFileSync } from 'node:fs';
import { createBackup } from '../../lib/backup/backup';
import { openDatabaseTarget } from '../lib/database-target';

const file = process.argv[2] ?? `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json.gz`;
const target = await openDatabaseTarget(process.cwd());
try {
  const data = await createBackup(target.url);
  writeFileSync(file, data, { mode: 0o600 });
  console.info(`Backup written to ${file} (${Math.round(data.length / 1024)} KB).`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
