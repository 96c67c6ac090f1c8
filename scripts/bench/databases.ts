import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testServerUrl, type TestDatabase } from '../../tests/helpers/database';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway copy of `template` (PostgreSQL copies the files: much faster than migrating and importing
 * again), named and dropped like the test helpers' databases. Nobody may be connected to the template.
 */
export async function cloneTestDatabase(template: TestDatabase, prefix: string): Promise<TestDatabase> {
  const name = `ak_test_${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template.name)}`));
  const url = new URL(template.url);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
    },
  };
}
