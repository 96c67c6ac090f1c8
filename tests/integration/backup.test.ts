import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createMigratedTestDatabase, createTestDatabase, type TestDatabase } from '../helpers/database';
import { seedCatalogue } from '@/lib/catalogue/seed';
import { createBackup, readBackup, restoreBackup } from '@/lib/backup/backup';
import { startEmbeddedPostgres } from '@/lib/runtime/embedded-postgres';

const databases: TestDatabase[] = [];

/** Every table's rows as canonical JSON, for comparing two databases. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ j: string | null }>(`SELECT json_agg(t ORDER BY t::text)::text AS j FROM "${name}" t`);
      out[name] = rows[0]?.j ?? '[]';
    }
    return out;
  } finally {
    await client.end();
  }
}

let source: TestDatabase;
beforeAll(async () => {
  source = await createMigratedTestDatabase('backup_src');
  databases.push(source);
  await seedCatalogue(source.url);
  const client = new pg.Client({ connectionString: source.url });
  await client.connect();
  // Serial ids and an audit row with JSON, so sequences and JSON columns are covered.
  await client.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId", before, after) VALUES ('test', 'service', 'x', '{"a":[1,2]}', NULL)`);
  await client.end();
});

afterAll(async () => {
  for (const database of databases) await database.drop();
});

describe('db:backup and db:restore', () => {
  it('round-trips every entry into a fresh database', async () => {
    const data = await createBackup(source.url);
    const backup = readBackup(data);
    expect(backup.migrations.length).toBeGreaterThan(0);
    expect(backup.tables.Service?.length).toBeGreaterThan(50);

    const target = await createTestDatabase('backup_dst');
    databases.push(target);
    const { rows } = await restoreBackup(target.url, data);
    expect(rows).toBeGreaterThan(500);
    expect(await snapshot(target.url)).toEqual(await snapshot(source.url));

    // New rows continue after the restored ids.
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    const max = await client.query<{ max: string }>(`SELECT max(id)::text AS max FROM "AuditLog"`);
    const inserted = await client.query<{ id: string }>(`INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('after', 'x', 'y') RETURNING id::text`);
    await client.end();
    expect(BigInt(inserted.rows[0]!.id)).toBeGreaterThan(BigInt(max.rows[0]!.max));
  });

  it('refuses to restore over existing data, and refuses a file that is not a backup', async () => {
    const data = await createBackup(source.url);
    await expect(restoreBackup(source.url, data)).rejects.toThrow(/not empty/);
    await expect(restoreBackup(source.url, Buffer.from('hello'))).rejects.toThrow(/not a backup/);
  });

  it('restores a backup of PostgreSQL into the embedded database', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ak-restore-'));
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pglite'), port: 0, handleSignals: false, log: () => {} });
    try {
      await restoreBackup(embedded.url, await createBackup(source.url));
      const restored = await snapshot(embedded.url);
      const original = await snapshot(source.url);
      expect(Object.keys(restored)).toEqual(Object.keys(original));
      for (const table of Object.keys(original)) {
        expect(JSON.parse(restored[table]!).length, table).toBe(JSON.parse(original[table]!).length);
      }
    } finally {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
