import pg from 'pg';

const CACHE_MS = 2_000;
const TIMEOUT_MS = 1_500;

interface ProbeState {
  pool?: pg.Pool;
  checkedAt: number;
  reachable: boolean;
  pending?: Promise<boolean>;
}

const globalForProbe = globalThis as unknown as { databaseProbe?: ProbeState };

/**
 * Whether PostgreSQL answers, checked at most every 2 s with one small connection: lets the proxy answer
 * a friendly 503 at once while the database is away, and serve again as soon as it is back.
 */
export async function isDatabaseReachable(connectionString: string | undefined): Promise<boolean> {
  if (!connectionString) return true;
  const state = (globalForProbe.databaseProbe ??= { checkedAt: 0, reachable: true });
  if (Date.now() - state.checkedAt < CACHE_MS) return state.reachable;
  state.pending ??= (async () => {
    state.pool ??= new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: TIMEOUT_MS, idleTimeoutMillis: 10_000 });
    state.pool.on('error', () => {});
    try {
      await state.pool.query({ text: 'SELECT 1', query_timeout: TIMEOUT_MS } as pg.QueryConfig);
      state.reachable = true;
    } catch {
      state.reachable = false;
    } finally {
      state.checkedAt = Date.now();
      state.pending = undefined;
    }
    return state.reachable;
  })();
  return state.pending;
}
