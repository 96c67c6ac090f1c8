/**
 * Throwaway PostgreSQL databases for integration and e2e tests, on the local server only.
 *
 *   const database = await createMigratedTestDatabase('search');
 *   …use database.url…
 *   await database.drop();
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../../lib/db/schema-engine';

/** The server (and maintenance database) on which test databases are created. */
export const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
/** PostgreSQL truncates identifiers longer than this. */
const MAX_IDENTIFIER_LENGTH = 63;

export interface TestDatabase {
  /** Connection URL of the new database. */
  url: string;
  /** Its name: `ak_test_<prefix>_<pid>_<random>`. */
  name: string;
  /** Disconnects everyone and drops the database. Safe to call more than once. */
  drop(): Promise<void>;
}

/**
 * The base URL for test databases: `TEST_DATABASE_URL`, or the local server. Throws unless it points at this
 * machine, so that no test can create, migrate or drop anything on a shared or production server.
 */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  assertLocalDatabaseUrl(url);
  return url;
}

/** Throws unless the URL is a postgresql:// URL for 127.0.0.1, localhost, ::1 or a local Unix socket. */
export function assertLocalDatabaseUrl(databaseUrl: string): void {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error('Tests refuse this database URL: it is not a valid postgresql:// URL.');
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new Error(`Tests refuse a ${url.protocol} URL: expected postgresql://.`);
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  // pg lets ?host= override the URL's host; a path there is a Unix socket, which is always local.
  const hostParameter = url.searchParams.get('host');
  const local = LOCAL_HOSTS.has(hostname) && (hostParameter === null || hostParameter.startsWith('/') || LOCAL_HOSTS.has(hostParameter));
  if (!local) {
    throw new Error(
      `Tests refuse to touch the database server "${hostParameter ?? hostname}": only 127.0.0.1, localhost or ::1 are allowed ` +
        '(set TEST_DATABASE_URL to a local server).',
    );
  }
}

/** Creates an empty database with a name unique to this run. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = testDatabaseName(prefix);
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await withServer(serverUrl, async (client) => {
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      });
    },
  };
}

/** Creates a database with every migration in prisma/migrations applied. */
export async function createMigratedTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const database = await createTestDatabase(prefix);
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

function testDatabaseName(prefix: string): string {
  const safePrefix = prefix.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'test';
  const suffix = `_${process.pid}_${randomBytes(4).toString('hex')}`;
  return `ak_test_${safePrefix}`.slice(0, MAX_IDENTIFIER_LENGTH - suffix.length) + suffix;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
