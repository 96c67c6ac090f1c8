import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { applyMigrations } from '../../lib/db/schema-engine';
import { seedCatalogue } from '../../lib/catalogue/seed';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/runtime/embedded-postgres';
import { findFreePort } from '../../lib/runtime/ports';
import { startWebServer, type WebServer } from '../helpers/web-server';

// Desktop project only (see playwright.config.ts): one run is enough.
test.describe.configure({ mode: 'serial' });

test('every page carries the security headers, and scripts run under the nonce CSP', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/lv/search?q=krizes');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-inline\' \'strict');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const scriptNonces = await page.locator('script:not([type="application/ld+json"])').evaluateAll((scripts) =>
    scripts.map((s) => (s as HTMLScriptElement).nonce),
  );
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((n) => n === nonce)).toBe(true);

  // The live search is JavaScript: it only updates if the CSP lets the app run.
  await page.getByRole('searchbox').first().fill('gimenes asistents');
  await expect(page).toHaveURL(/q=gimenes\+asistents/, { timeout: 10_000 });
  expect(violations).toEqual([]);

  const api = await request.get('/api/v1/crisis-lines');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test.describe('when PostgreSQL goes away', () => {
  let dataDir: string;
  let postgres: EmbeddedPostgres | undefined;
  let web: WebServer | undefined;
  let pgPort: number;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ak-outage-'));
    pgPort = await findFreePort();
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, handleSignals: false, log: () => {} });
    await applyMigrations(postgres.url);
    await seedCatalogue(postgres.url);
    web = await startWebServer(await findFreePort(), { DATABASE_URL: postgres.url, MEILI_URL: '', MEILI_MASTER_KEY: '', APP_SECRET: 'x'.repeat(40) });
  });

  test.afterAll(async () => {
    await web?.stop();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('answers a friendly 503 in the reader’s language, then recovers without a restart', async ({ request }) => {
    test.setTimeout(120_000);
    const base = web!.url;
    expect((await request.get(`${base}/lv`)).status()).toBe(200);

    await postgres!.stop();
    await expect.poll(async () => (await request.get(`${base}/lv`)).status(), { timeout: 15_000 }).toBe(503);
    const lv = await request.get(`${base}/lv`);
    expect(lv.headers()['retry-after']).toBe('30');
    const html = await lv.text();
    expect(html).toContain('īslaicīgi nav pieejams');
    expect(html).toContain('href="tel:112"');
    expect(html).not.toMatch(/at \S+\.(js|ts):\d+/);
    expect(await (await request.get(`${base}/ru/search?q=x`)).text()).toContain('временно недоступен');

    const health = await request.get(`${base}/api/health`);
    expect(health.status()).toBe(503);
    expect((await health.json()).database.status).toBe('unavailable');

    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, handleSignals: false, log: () => {} });
    await expect.poll(async () => (await request.get(`${base}/lv`)).status(), { timeout: 20_000 }).toBe(200);
    expect((await request.get(`${base}/api/health`)).status()).toBe(200);
  });
});
