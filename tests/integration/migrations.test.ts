import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  diffSchemaToDatabase,
} from '@/lib/db/schema-engine';
import { createTestDatabase, testServerUrl, type TestDatabase } from '../helpers/database';

/** The committed migrations, oldest first, as the engine orders them. */
async function committedMigrations(): Promise<{ name: string; sql: string }[]> {
  const entries = await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(path.join(DEFAULT_MIGRATIONS_DIR, name, 'migration.sql'), 'utf8') })),
  );
}

/** The table of every model in schema.prisma (no @@map is used). */
async function modelTables(): Promise<string[]> {
  const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
  return [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((match) => match[1] ?? '');
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface MigrationRecord {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

describe('migrations on PostgreSQL', () => {
  let database: TestDatabase;
  let firstApply: { applied: string[] };

  beforeAll(async () => {
    database = await createTestDatabase('migrations');
    firstApply = await applyMigrations(database.url);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('applies every committed migration, in order', async () => {
    const migrations = await committedMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(firstApply.applied).toEqual(migrations.map((m) => m.name));
  });

  it('creates a table for every model, and the migrations table', async () => {
    const rows = await query<{ table_name: string }>(
      database.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const tables = rows.map((r) => r.table_name);
    expect(tables).toContain('_prisma_migrations');
    // plus the join tables of implicit many-to-many relations (_ComplementaryServices)
    expect(tables).toEqual(expect.arrayContaining(await modelTables()));
  });

  it('records each migration in _prisma_migrations as finished, with its checksum', async () => {
    const records = await query<MigrationRecord>(
      database.url,
      'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    const migrations = await committedMigrations();
    expect(records.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, record] of records.entries()) {
      expect(record.finished_at).toBeInstanceOf(Date);
      expect(record.rolled_back_at).toBeNull();
      expect(record.applied_steps_count).toBe(1);
      // Prisma's checksum is the SHA-256 of the script; `migrate deploy` compares it to detect edited migrations.
      expect(record.checksum).toBe(createHash('sha256').update(migrations[index]?.sql ?? '').digest('hex'));
    }
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(database.url)).toEqual({ applied: [] });
    const [count] = await query<{ n: number }>(database.url, 'SELECT count(*)::int AS n FROM _prisma_migrations');
    expect(count?.n).toBe((await committedMigrations()).length);
  });

  it('leaves the database exactly as schema.prisma describes it (no drift)', async () => {
    expect(await diffSchemaToDatabase(database.url)).toBe('');
  });
});

describe('drift detection', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('drift');
    await applyMigrations(database.url);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('reports a column dropped by hand, with the SQL that restores it', async () => {
    await query(database.url, 'ALTER TABLE "Organization" DROP COLUMN "name"');

    const drift = await diffSchemaToDatabase(database.url);

    expect(drift).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"name" TEXT NOT NULL/);
  });

  it('reports a table created by hand', async () => {
    await query(database.url, 'CREATE TABLE "HandMade" (id int PRIMARY KEY)');

    expect(await diffSchemaToDatabase(database.url)).toMatch(/DROP TABLE "HandMade"/);
  });
});

async function shadowDatabases(): Promise<string[]> {
  const rows = await query<{ datname: string }>(testServerUrl(), "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
  return rows.map((r) => r.datname);
}

describe('createMigration', () => {
  let workDir: string;
  let migrationsDir: string;
  let schemaPath: string;
  let shadowsBefore: string[];

  beforeAll(async () => {
    shadowsBefore = await shadowDatabases();
    workDir = await mkdtemp(path.join(tmpdir(), 'ak-migrations-'));
    migrationsDir = path.join(workDir, 'migrations');
    schemaPath = path.join(workDir, 'schema.prisma');
    await cp(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    await cp(DEFAULT_SCHEMA_PATH, schemaPath);
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('writes nothing when the committed migrations already produce schema.prisma', async () => {
    const before = await readdir(migrationsDir);

    const created = await createMigration('nothing', { migrationsDir, schemaPath, shadowServerUrl: testServerUrl() });

    expect(created).toBeNull();
    expect(await readdir(migrationsDir)).toEqual(before);
  });

  it('writes a timestamped migration with the SQL for a schema change', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    await writeFile(schemaPath, `${schema}\nmodel MigrationProbe {\n  id    Int    @id\n  label String\n}\n`);

    const created = await createMigration('Add probe', {
      migrationsDir,
      schemaPath,
      shadowServerUrl: testServerUrl(),
      now: new Date('2030-01-02T03:04:05Z'),
    });

    expect(created?.name).toBe('20300102030405_add_probe');
    const written = await readFile(path.join(migrationsDir, '20300102030405_add_probe', 'migration.sql'), 'utf8');
    expect(written).toBe(created?.sql);
    expect(written).toContain('CREATE TABLE "MigrationProbe"');
    expect(written).not.toContain('CREATE TABLE "Service"');
    // The new history now produces the changed schema.
    expect(await createMigration('again', { migrationsDir, schemaPath, shadowServerUrl: testServerUrl() })).toBeNull();
  });

  it('leaves no shadow database behind', async () => {
    const leftOver = (await shadowDatabases()).filter((name) => !shadowsBefore.includes(name));
    expect(leftOver).toEqual([]);
  });
});

describe('migrations on embedded PGlite (PostgreSQL 18 in WebAssembly)', () => {
  let db: PGlite;
  let server: PGLiteSocketServer;
  let url: string;

  beforeAll(async () => {
    db = await PGlite.create();
    // More than one connection: the server frees a slot only after it has processed the previous socket's close.
    server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('applies every migration, then nothing, and matches schema.prisma', async () => {
    const migrations = await committedMigrations();

    expect(await applyMigrations(url)).toEqual({ applied: migrations.map((m) => m.name) });
    expect(await applyMigrations(url)).toEqual({ applied: [] });
    expect(await diffSchemaToDatabase(url)).toBe('');

    const records = await query<MigrationRecord>(url, 'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name');
    expect(records.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    expect(records.every((r) => r.finished_at instanceof Date)).toBe(true);
  });
});
