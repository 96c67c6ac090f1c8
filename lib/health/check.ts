import 'server-only';
import { getDb } from '@/lib/db/client';
import { getSearchClient } from '@/lib/search/client';

export type ComponentState =
  | { status: 'ok'; latencyMs: number }
  | { status: 'unavailable'; latencyMs: number; reason: string }
  | { status: 'not_configured' };

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: ComponentState;
  search: ComponentState;
  checkedAt: string;
}

const TIMEOUT_MS = 3_000;

async function timed(check: () => Promise<void>): Promise<ComponentState> {
  const started = performance.now();
  try {
    await Promise.race([
      check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS).unref()),
    ]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // A reason for operators, without connection strings or keys.
    const reason = error instanceof Error ? error.message.replace(/\w+:\/\/\S+/g, '<url>').slice(0, 200) : 'error';
    return { status: 'unavailable', latencyMs: Math.round(performance.now() - started), reason };
  }
}

/** The state of the database (required) and the search server (the site degrades without it). */
export async function checkHealth(): Promise<HealthReport> {
  const search = getSearchClient();
  const [database, searchState] = await Promise.all([
    timed(async () => {
      await getDb().$queryRaw`SELECT 1`;
    }),
    search
      ? timed(async () => {
          const health = await search.health();
          if (health.status !== 'available') throw new Error(`search status ${health.status}`);
        })
      : Promise.resolve<ComponentState>({ status: 'not_configured' }),
  ]);
  const status = database.status !== 'ok' ? 'down' : searchState.status === 'ok' ? 'ok' : 'degraded';
  return { status, database, search: searchState, checkedAt: new Date().toISOString() };
}
