// `npm run db:migrate:create -- <name>`: after editing prisma/schema.prisma, writes
// prisma/migrations/<timestamp>_<name>/migration.sql with the SQL Prisma generates for the change
// (what `prisma migrate dev --create-only` does). Applies nothing.
//
// The committed migrations are replayed in a temporary shadow database, so this needs a PostgreSQL server where it
// may create one: SHADOW_DATABASE_URL, or the local server at 127.0.0.1:5432.
import path from 'node:path';
import { createMigration, DEFAULT_SHADOW_SERVER_URL, redactDatabaseUrl } from '../../lib/db/schema-engine';

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Usage: npm run db:migrate:create -- <name>   e.g. npm run db:migrate:create -- add_service_notes');
  process.exit(1);
}

const shadowServerUrl = process.env.SHADOW_DATABASE_URL || DEFAULT_SHADOW_SERVER_URL;
console.info(`Replaying the migrations in a temporary database on ${redactDatabaseUrl(shadowServerUrl)}`);
try {
  const created = await createMigration(name, { shadowServerUrl });
  if (created === null) {
    console.info('No changes: the migrations already produce prisma/schema.prisma. Nothing written.');
  } else {
    console.info(`Wrote ${path.relative(process.cwd(), created.file)}:\n`);
    console.info(created.sql);
    console.info('Review it (data-losing steps are not flagged), then apply it with `npm run db:migrate`.');
  }
} catch (error) {
  console.error(`Could not create the migration: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
