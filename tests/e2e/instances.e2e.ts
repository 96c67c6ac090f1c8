import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { E2E_ACCOUNTS, waitForE2eRuntime, type E2eRuntime } from '../../scripts/admin/e2e-accounts';
import { formEntries, postForm } from './support/forms';

// Several web instances behind a load balancer behave as one: scripts/e2e-server.ts serves the same build
// twice (E2E_PORT and the next port) on one database and one Meilisearch, and each instance runs its own
// outbox worker. Sessions, rate limits and the outbox live in PostgreSQL, so it does not matter which
// instance a request reaches. Desktop project only (see testIgnore in playwright.config.ts).

// Written by the e2e server when it is ready: read once it runs, not when the file is collected.
let runtime: E2eRuntime;
let first: string;
let second: string;
let instances: string[];
test.beforeAll(async () => {
  runtime = await waitForE2eRuntime();
  [first, second] = [runtime.baseUrl, runtime.secondBaseUrl];
  instances = [first, second];
});
const { editor } = E2E_ACCOUNTS;
const THROTTLED = 'Pārāk daudz mēģinājumu';
const GENERIC_ERROR = 'Nepareizs e-pasts vai parole, vai arī konts nav pieejams.';

async function signIn(page: Page, origin: string, account: { email: string; password: string }) {
  await page.goto(`${origin}/lv/admin/sign-in`);
  await page.getByLabel('E-pasts').fill(account.email);
  await page.getByLabel('Parole').fill(account.password);
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
}

async function withDatabase<T>(body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: runtime.databaseUrl });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

test('both instances serve the same catalogue', async ({ request }) => {
  const [a, b] = await Promise.all(instances.map(async (origin) => (await request.get(`${origin}/api/v1/services?per_page=5`)).json()));
  expect(a.total_items).toBeGreaterThan(50);
  expect(b).toEqual(a);
});

test('a session made on one instance works on the other, and signing out there ends it on both', async ({ browser }) => {
  const onFirst = await browser.newContext();
  const page = await onFirst.newPage();
  await signIn(page, first, editor);
  await expect(page).toHaveURL(`${first}/lv/admin`);
  const session = (await onFirst.cookies(first)).find((cookie) => cookie.name === 'ak_session');
  expect(session).toBeDefined();

  // Another browser holding only that cookie, talking only to the second instance.
  const onSecond = await browser.newContext();
  await onSecond.addCookies([session!]);
  const other = await onSecond.newPage();
  await other.goto(`${second}/lv/admin`);
  await expect(other).toHaveURL(`${second}/lv/admin`);
  await expect(other.getByText(`Sveiki, ${editor.name}!`)).toBeVisible();

  await other.getByRole('button', { name: 'Izrakstīties', exact: true }).click();
  await expect(other).toHaveURL(/\/lv\/admin\/sign-in/);
  await page.goto(`${first}/lv/admin`);
  await expect(page).toHaveURL(/\/lv\/admin\/sign-in/);
  await onFirst.close();
  await onSecond.close();
});

test('sign-in attempts are counted across both instances', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `instances-${Date.now()}@e2e.test`;
  // Five wrong tries, alternating instances, get the usual answer; the sixth, on either, is throttled.
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, instances[attempt % 2]!, { email, password: `wrong guess ${attempt}` });
    await expect(page.locator('main p[role="alert"]')).toHaveText(GENERIC_ERROR);
  }
  await signIn(page, second, { email, password: 'one more guess' });
  await expect(page.locator('main p[role="alert"]')).toContainText(THROTTLED);
  await signIn(page, first, { email, password: 'and another' });
  await expect(page.locator('main p[role="alert"]')).toContainText(THROTTLED);
  await context.close();
});

test('error reports are counted across both instances, whatever address a client claims', async ({ page, request }) => {
  const { contents: items } = await (await request.get(`${first}/api/v1/services?per_page=1`)).json();
  const path = `/lv/services/${items[0].slug as string}`;
  await page.goto(`${first}${path}`);
  await expect(page.locator('details#report-error form')).toHaveCount(1);
  const entries = await formEntries(page, 'details#report-error form');
  const report = (n: number) =>
    entries.map(([name, value]): [string, string] => [name, name === 'message' ? `Tālrunis vairs neatbild (pārbaude ${n}, divas instances).` : value]);
  await withDatabase(async (db) => {
    const countReports = async () => Number((await db.query('SELECT count(*) AS n FROM "Suggestion"')).rows[0].n);
    // The site-wide limit (200 reports an hour, lib/feedback/actions.ts) is set five short of full for this
    // hour's window, as if 195 reports had come in: both instances must count against the same window.
    const hour = 3600_000;
    const windowStart = new Date(Math.floor(Date.now() / hour) * hour).toISOString().replace('Z', '');
    await db.query(
      `INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ('suggestion-site:all', $1::timestamp, 195)
       ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = 195`,
      [windowStart],
    );
    const before = await countReports();
    try {
      const answers: string[] = [];
      for (let n = 0; n < 6; n++) {
        // No proxy is trusted here (TRUST_PROXY=0), so a client-sent X-Forwarded-For proves nothing: a new
        // "address" per report does not open a new allowance.
        const response = await postForm(page, `${instances[n % 2]}${path}`, report(n), { 'x-forwarded-for': `198.51.100.${20 + n}` });
        expect(response.status()).toBe(200);
        answers.push(await response.text());
      }
      for (const html of answers.slice(0, 5)) expect(html).toContain('Paldies! Ziņojums ir saņemts');
      expect(answers[5]).toContain('No šī tīkla nosūtīts pārāk daudz ziņojumu');
      expect(await countReports()).toBe(before + 5);
    } finally {
      await db.query(`DELETE FROM "RateLimitBucket" WHERE "key" = 'suggestion-site:all'`);
    }
  });
});

test('the outbox is drained exactly once while both instances run their workers', async () => {
  test.setTimeout(90_000);
  const meili = (path: string) => fetch(`${runtime.meiliUrl}${path}`, { headers: { Authorization: `Bearer ${runtime.meiliMasterKey}` } }).then((r) => r.json());
  await withDatabase(async (db) => {
    const pending = async () => Number((await db.query('SELECT count(*) AS n FROM "SearchOutbox" WHERE "processedAt" IS NULL')).rows[0].n);
    await expect.poll(pending, { timeout: 20_000 }).toBe(0);
    const since = new Date(Date.now() - 50).toISOString();
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Service" WHERE status = 'published' ORDER BY id LIMIT 40`);
    expect(rows).toHaveLength(40);
    // Eight batches of five changes, a third of a second apart, so that both workers (a tick every quarter
    // second each) find rows to claim.
    for (let batch = 0; batch < 8; batch++) {
      const ids = rows.slice(batch * 5, batch * 5 + 5).map((r) => r.id);
      await db.query(`INSERT INTO "SearchOutbox" ("entityType", "entityId") SELECT 'service', unnest($1::text[])`, [ids]);
      await new Promise((resolve) => setTimeout(resolve, 330));
    }
    await expect.poll(pending, { timeout: 30_000 }).toBe(0);
    const tasks = (await meili(`/tasks?types=documentAdditionOrUpdate&afterEnqueuedAt=${encodeURIComponent(since)}&limit=1000`)) as {
      results: { status: string; details?: { receivedDocuments?: number } }[];
    };
    // Each change reached Meilisearch once: 40 documents in all, not 80.
    expect(tasks.results.every((task) => task.status === 'succeeded')).toBe(true);
    expect(tasks.results.reduce((sum, task) => sum + (task.details?.receivedDocuments ?? 0), 0)).toBe(40);
    expect(Number((await db.query('SELECT count(*) AS n FROM "SearchOutbox" WHERE attempts > 0 AND "processedAt" >= $1', [since])).rows[0].n)).toBe(0);
  });
});
