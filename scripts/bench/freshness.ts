import pg from 'pg';
import { summarize, type Figure } from './stats';

export interface FreshnessFigure {
  /** from the start of the save transaction until /api/search returns the new name */
  saveToSearchableMs: Figure | null;
  /** of which Meilisearch processed the one-document update (its task duration) */
  meilisearchTaskMs: Figure | null;
  trials: number;
  failures: number;
}

const POLL_MS = 50;
const GIVE_UP_MS = 30_000;
const SYLLABLES = ['zī', 'lī', 'šu', 'ber', 'ko', 'mal', 'du', 'tra', 'vē', 'nis', 'go', 'ra'];

/** A made-up two-word name nothing else in the catalogue matches: "Zīberkošu Lītramalis". */
function uniqueName(trial: number): { name: string; query: string } {
  const word = (seed: number, length: number) =>
    Array.from({ length }, (_, i) => SYLLABLES[(seed * 7 + i * 5 + trial * 3) % SYLLABLES.length]).join('');
  const first = word(trial + 1, 4);
  const second = word(trial + 5, 4);
  const name = `${first[0]?.toUpperCase()}${first.slice(1)}šu ${second}s`;
  const query = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return { name, query };
}

function isoDurationMs(duration: string | null | undefined): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration ?? '');
  if (!match) return Number.NaN;
  return ((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** An edit as the catalogue writes it: the row with a new version and origin admin, its audit record and outbox row, one transaction. */
async function saveName(client: pg.Client, id: string, name: string): Promise<void> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ name: string }>('SELECT name FROM "Service" WHERE id = $1 FOR UPDATE', [id]);
    await client.query(`UPDATE "Service" SET name = $2, version = version + 1, origin = 'admin', "updatedAt" = now() WHERE id = $1`, [id, name]);
    await client.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId", before, after) VALUES ('bench.update', 'service', $1, $2, $3)`, [
      id,
      JSON.stringify({ name: rows[0]?.name }),
      JSON.stringify({ name }),
    ]);
    await client.query(`INSERT INTO "SearchOutbox" ("entityType", "entityId") VALUES ('service', $1)`, [id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function searchFinds(origin: string, query: string, slug: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/search?q=${encodeURIComponent(query)}&per_page=5`);
    if (!response.ok) return false;
    const body = (await response.json()) as { hits?: { slug: string }[] };
    return (body.hits ?? []).some((h) => h.slug === slug);
  } catch {
    // A kept-alive connection the server closed after the load runs: not found yet, asked again.
    return false;
  }
}

async function latestIndexingTaskMs(meili: { url: string; masterKey: string }): Promise<number> {
  const response = await fetch(`${meili.url}/tasks?types=documentAdditionOrUpdate&statuses=succeeded&limit=1`, {
    headers: { Authorization: `Bearer ${meili.masterKey}` },
  });
  const body = (await response.json()) as { results?: { duration?: string | null }[] };
  return isoDurationMs(body.results?.[0]?.duration);
}

async function waitForOutboxDrained(client: pg.Client): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ pending: string }>('SELECT count(*) AS pending FROM "SearchOutbox" WHERE "processedAt" IS NULL');
    if (rows[0]?.pending === '0') return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error('the outbox was not drained within 30 s');
}

/**
 * Save-to-searchable with the web server's own outbox worker: each trial renames a published service as a
 * coordinator's save does, then polls /api/search every 50 ms until the new name finds it. The old name is
 * put back afterwards (not timed). Trials start at different moments of the worker's one-second tick.
 */
export async function measureSaveToSearchable(options: {
  databaseUrl: string;
  origin: string;
  meili: { url: string; masterKey: string };
  trials: number;
}): Promise<FreshnessFigure> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const totals: number[] = [];
  const tasks: number[] = [];
  let failures = 0;
  try {
    for (let trial = 0; trial < options.trials; trial++) {
      const { rows } = await client.query<{ id: string; slug: string; name: string }>(
        `SELECT id, slug, name FROM "Service" WHERE status = 'published' ORDER BY slug OFFSET $1 LIMIT 1`,
        [trial],
      );
      const service = rows[0];
      if (!service) throw new Error('no published service to edit');
      await waitForOutboxDrained(client);
      await new Promise((resolve) => setTimeout(resolve, (trial * 337) % 1000));
      const { name, query } = uniqueName(trial);
      const started = performance.now();
      await saveName(client, service.id, name);
      let found = false;
      while (performance.now() - started < GIVE_UP_MS) {
        if (await searchFinds(options.origin, query, service.slug)) {
          found = true;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      if (found) {
        totals.push(performance.now() - started);
        tasks.push(await latestIndexingTaskMs(options.meili));
      } else failures++;
      await saveName(client, service.id, service.name);
    }
    await waitForOutboxDrained(client);
  } finally {
    await client.end();
  }
  return { saveToSearchableMs: summarize(totals, 0), meilisearchTaskMs: summarize(tasks, 1), trials: options.trials, failures };
}
