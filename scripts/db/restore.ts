// npm run db:restore -- <file> — restore a backup into an empty DATABASE_URL (or empty embedded database).
import { readFileSync } from 'node:fs';
import { restoreBackup } from '../../lib/backup/backup';
import { openDatabaseTarget } from '../lib/database-target';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
const target = await openDatabaseTarget(process.cwd());
try {
  const { tables, rows } = await restoreBackup(target.url, readFileSync(file));
  console.info(`Restored ${rows} rows in ${tables} tables from ${file}.`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
