import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { applyMigrations } from '@/lib/db/schema-engine';

/**
 * Logical backups that work the same on an external PostgreSQL and on the embedded PGlite (whose
 * PostgreSQL 18 the machine's pg_dump cannot read): every table of the public schema as JSON rows, with
 * the migrations it was taken at, gzip-compressed. PostgreSQL itself converts the rows back
 * (json_populate_recordset), so types, enums, arrays and JSON columns round-trip exactly.
 */
export const BACKUP_FORMAT = 'atbalsta-katalogs-backup';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, unknown[]>;
}

interface TableInfo {
  name: string;
  dependsOn: string[];
}

async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; depends_on: string[] | null }>(`
    SELECT c.relname::text AS name,
           array_remove(array_agg(DISTINCT r.relname::text), NULL) AS depends_on
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
    LEFT JOIN pg_class r ON r.oid = k.confrelid AND r.oid <> c.oid
    WHERE c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    GROUP BY c.relname ORDER BY c.relname`);
  return rows.map((r) => ({ name: r.name, dependsOn: r.depends_on ?? [] }));
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
function insertOrder(tables: TableInfo[]): string[] {
  const done = new Set<string>();
  const order: string[] = [];
  const visit = (table: TableInfo, path: Set<string>) => {
    if (done.has(table.name) || path.has(table.name)) return;
    path.add(table.name);
    for (const dep of table.dependsOn) {
      const target = tables.find((t) => t.name === dep);
      if (target) visit(target, path);
    }
    done.add(table.name);
    order.push(table.name);
  };
  for (const table of tables) visit(table, new Set());
  return order;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createBackup(databaseUrl: string): Promise<Buffer> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // One snapshot for every table.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listTables(client);
    const backup: Backup = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: [], tables: {} };
    const migrations = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    backup.migrations = migrations.rows.map((r) => r.migration_name);
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: unknown[] | null }>(`SELECT json_agg(t) AS rows FROM ${quoteIdent(name)} t`);
      backup.tables[name] = rows[0]?.rows ?? [];
    }
    await client.query('COMMIT');
    return gzipSync(JSON.stringify(backup));
  } finally {
    await client.end();
  }
}

export function readBackup(data: Buffer): Backup {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(data).toString('utf8'));
  } catch {
    throw new Error('This file is not a backup of Atbalsta katalogs (not gzip-compressed JSON).');
  }
  const backup = parsed as Partial<Backup>;
  if (backup.format !== BACKUP_FORMAT || backup.version !== 1 || typeof backup.tables !== 'object' || !Array.isArray(backup.migrations)) {
    throw new Error('This file is not a backup of Atbalsta katalogs (unknown format).');
  }
  return backup as Backup;
}

/**
 * Restores a backup into an empty database: migrations first, then every table in foreign-key order, in
 * one transaction (a failure leaves the database empty), then the sequences. Refuses a database that
 * already holds catalogue data, so a restore never mixes with or overwrites live entries.
 */
export async function restoreBackup(databaseUrl: string, data: Buffer): Promise<{ tables: number; rows: number }> {
  const backup = readBackup(data);
  await applyMigrations(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const applied = await client.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
    const known = new Set(applied.rows.map((r) => r.migration_name));
    const missing = backup.migrations.filter((m) => !known.has(m));
    if (missing.length > 0) throw new Error(`The backup was taken at migrations this version does not have: ${missing.join(', ')}`);

    const tables = await listTables(client);
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(name)}`);
      if (Number(rows[0]?.n) > 0) throw new Error(`The target database is not empty (table ${name} has rows): restore into a fresh database.`);
    }
    let rowCount = 0;
    await client.query('BEGIN');
    try {
      for (const name of insertOrder(tables)) {
        const rows = backup.tables[name] ?? [];
        if (rows.length === 0) continue;
        await client.query(`INSERT INTO ${quoteIdent(name)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(name)}, $1::json)`, [JSON.stringify(rows)]);
        rowCount += rows.length;
      }
      // Serial columns continue after the restored ids.
      const sequences = await client.query<{ table_name: string; column_name: string; seq: string }>(`
        SELECT c.relname AS table_name, a.attname AS column_name, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
      for (const s of sequences.rows) {
        await client.query(
          `SELECT setval($1, COALESCE((SELECT max(${quoteIdent(s.column_name)}) FROM ${quoteIdent(s.table_name)}), 0) + 1, false)`,
          [s.seq],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    return { tables: Object.keys(backup.tables).length, rows: rowCount };
  } finally {
    await client.end();
  }
}
