import fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/runtime/embedded-postgres';
import { findFreePort } from '@/lib/runtime/ports';

describe('embedded PostgreSQL (PGlite over TCP)', () => {
  let root: string;
  let dataDir: string;
  let port: number;
  const running = new Set<EmbeddedPostgres>();
  const pools = new Set<pg.Pool>();

  async function start(): Promise<EmbeddedPostgres> {
    const server = await startEmbeddedPostgres({ dataDir, port, handleSignals: false, log: () => undefined });
    running.add(server);
    return server;
  }

  async function stop(server: EmbeddedPostgres): Promise<void> {
    await server.stop();
    running.delete(server);
  }

  function poolFor(server: EmbeddedPostgres, max = 8): pg.Pool {
    const pool = new pg.Pool({ connectionString: server.url, max });
    pool.on('error', () => undefined); // a connection the server closes on purpose
    pools.add(pool);
    return pool;
  }

  async function endPool(pool: pg.Pool): Promise<void> {
    await pool.end();
    pools.delete(pool);
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'embedded-postgres-'));
    dataDir = path.join(root, 'pglite');
    port = await findFreePort();
  });

  afterAll(async () => {
    await Promise.allSettled([...pools].map((pool) => pool.end()));
    await Promise.allSettled([...running].map((server) => server.stop()));
    await rm(root, { recursive: true, force: true });
  });

  it('serves concurrent queries and transactions of several connections without mixing them up', async () => {
    const server = await start();
    expect(server.url).toBe(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    const pool = poolFor(server);
    await pool.query('CREATE TABLE entry (id serial PRIMARY KEY, owner int NOT NULL, label text NOT NULL)');

    // Eight at once: four transactions (one rolled back, one failing inside) and four parameterised
    // queries with different result shapes, so a statement bound for the wrong connection would show.
    const transaction = async (owner: number, outcome: 'commit' | 'rollback' | 'fail') => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('INSERT INTO entry (owner, label) VALUES ($1, $2), ($1, $3)', [owner, `a${owner}`, `b${owner}`]);
        const seen = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM entry WHERE owner = $1', [owner]);
        if (outcome === 'fail') {
          await expect(client.query('SELECT 1 / ($1::int - $1::int)', [owner])).rejects.toThrow(/division by zero/);
        }
        await client.query(outcome === 'commit' ? 'COMMIT' : 'ROLLBACK');
        return seen.rows[0]?.n;
      } finally {
        client.release();
      }
    };
    const shaped = async (i: number) => {
      const result = await pool.query(`SELECT $1::int AS n${i}, $2::text AS label, length($3::text) AS size`, [
        i,
        `q${i}`,
        'x'.repeat(i * 1000),
      ]);
      return result.rows[0] as Record<string, unknown>;
    };
    const results = await Promise.all([
      transaction(1, 'commit'),
      shaped(1),
      transaction(2, 'rollback'),
      shaped(2),
      transaction(3, 'commit'),
      shaped(3),
      transaction(4, 'fail'),
      shaped(4),
    ]);

    expect(results.filter((_, i) => i % 2 === 0)).toEqual([2, 2, 2, 2]);
    for (const i of [1, 2, 3, 4]) {
      expect(results[i * 2 - 1]).toEqual({ [`n${i}`]: i, label: `q${i}`, size: i * 1000 });
    }
    const committed = await pool.query<{ owner: number }>('SELECT DISTINCT owner FROM entry ORDER BY owner');
    expect(committed.rows.map((row) => row.owner)).toEqual([1, 3]);

    await endPool(pool);
    await stop(server);
  });

  it('rolls back the transaction of a connection that goes away, and lets the others go on', async () => {
    const server = await start();
    const pool = poolFor(server, 4);
    const leaving = new pg.Client({ connectionString: server.url });
    await leaving.connect();
    await leaving.query('BEGIN');
    await leaving.query('INSERT INTO entry (owner, label) VALUES (99, $1)', ['never committed']);
    // Queued behind the open transaction, which owns the session until it ends.
    const waiting = pool.query<{ n: number }>('SELECT count(*)::int AS n FROM entry WHERE owner = 99');
    await leaving.end();
    expect((await waiting).rows[0]?.n).toBe(0);
    await endPool(pool);
    await stop(server);
  });

  it('keeps the data across a restart, and is not blocked by the lock of a killed run', async () => {
    // A lock file naming a process that no longer exists, as a SIGKILLed run leaves it.
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, startedAt: '1' }));
    const server = await start();
    const pool = poolFor(server, 2);
    const rows = await pool.query<{ owner: number; label: string }>('SELECT owner, label FROM entry ORDER BY id');
    expect(rows.rows).toEqual([
      { owner: 1, label: 'a1' },
      { owner: 1, label: 'b1' },
      { owner: 3, label: 'a3' },
      { owner: 3, label: 'b3' },
    ]);

    // PGlite has one database; a connection asking for another is refused rather than silently served "postgres".
    const elsewhere = new pg.Client({ connectionString: server.url.replace(/\/postgres$/, '/ak_test_elsewhere') });
    await expect(elsewhere.connect()).rejects.toThrow(/database "ak_test_elsewhere" is not served here/);

    // The same data directory cannot be opened twice (two engines would corrupt it).
    await expect(startEmbeddedPostgres({ dataDir, port: 0, handleSignals: false, log: () => undefined })).rejects.toThrow(
      /in use by process/,
    );

    await endPool(pool);
    await stop(server);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
