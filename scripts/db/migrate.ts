// `npm run db:migrate`: applies the pending migrations in prisma/migrations to DATABASE_URL, as
// `prisma migrate deploy` would, with the WebAssembly schema engine (no native engine download).
import { applyMigrations, redactDatabaseUrl } from '../../lib/db/schema-engine';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set. Set it to the postgresql:// URL of the database to migrate, e.g.');
  console.error('  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/atbalsta npm run db:migrate');
  process.exit(1);
}

console.info(`Migrating ${redactDatabaseUrl(databaseUrl)}`);
try {
  const { applied } = await applyMigrations(databaseUrl);
  if (applied.length === 0) {
    console.info('No pending migrations: the database is up to date.');
  } else {
    console.info(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:`);
    for (const name of applied) console.info(`  ${name}`);
  }
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
