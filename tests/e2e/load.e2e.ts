import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';
import { waitForE2eRuntime, type E2eRuntime } from '../../scripts/admin/e2e-accounts';
import { treeRssMiB } from '../../scripts/bench/memory';
import { apiPath, pagePath, SEARCH_MIX } from '../../scripts/bench/query-mix';

// One minute of load on the public pages, on this machine's loopback only: no error, no slow-down into
// timeouts, and the server's memory levels off. The concurrency is one the benchmark shows as sustainable on
// two cores (bench/results.md: 16 clients); speed itself is the benchmark's business, not this test's.
// Desktop project only (see testIgnore in playwright.config.ts).

const LOAD = {
  connections: 16,
  warmUpSec: 10,
  durationSec: 60,
  /** the server's resident memory may grow by at most this much over the minute (V8 grows its heap lazily) … */
  memoryGrowthMiB: 256,
  /** … and must level off: the last 20 s's peak at most this much above the first 20 s's (a leak keeps climbing) */
  levelOffMiB: 128,
} as const;

// Written by the e2e server when it is ready: read once it runs, not when the file is collected.
let runtime: E2eRuntime;
test.beforeAll(async () => {
  runtime = await waitForE2eRuntime();
});

function run(url: string, requests: autocannon.Request[], durationSec: number): Promise<autocannon.Result> {
  let client = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: LOAD.connections,
        duration: durationSec,
        requests,
        timeout: 20,
        headers: { 'accept-language': 'lv', 'accept-encoding': 'gzip' },
        // each client starts at a different page, as different readers would
        setupClient: (c) => c.setRequests([...requests.slice(client % requests.length), ...requests.slice(0, client++ % requests.length)]),
      },
      (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
  });
}

test('a minute of public traffic at 16 clients: no errors, memory levels off', async ({ request }) => {
  test.setTimeout((LOAD.warmUpSec + LOAD.durationSec + 60) * 1000);
  const origin = new URL(runtime.baseUrl);
  expect(origin.hostname).toBe('127.0.0.1'); // load goes to this machine only
  const pid = runtime.serverPids[0]!;
  expect(treeRssMiB(pid)).toBeGreaterThan(0);

  const { contents: items } = await (await request.get(`${runtime.baseUrl}/api/v1/services?per_page=8`)).json();
  const { contents: providers } = await (await request.get(`${runtime.baseUrl}/api/v1/organizations?per_page=3`)).json();
  const paths = [
    '/lv',
    '/lv/crisis-lines',
    '/lv/social-services',
    '/lv/guide',
    '/en',
    ...SEARCH_MIX.map(pagePath),
    ...SEARCH_MIX.slice(0, 6).map(apiPath),
    ...(items as { slug: string }[]).map((s) => `/lv/services/${s.slug}`),
    ...(providers as { slug: string }[]).map((o) => `/lv/providers/${o.slug}`),
    '/ru/search?q=%D0%BA%D1%80%D0%B8%D0%B7%D0%B8%D1%81',
  ];
  const requests = paths.map((path): autocannon.Request => ({ method: 'GET', path }));

  await run(origin.origin, requests, LOAD.warmUpSec);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(treeRssMiB(pid)), 1000);
  const atStart = treeRssMiB(pid);
  let result: autocannon.Result;
  try {
    result = await run(origin.origin, requests, LOAD.durationSec);
  } finally {
    clearInterval(sampler);
  }
  const atEnd = treeRssMiB(pid);
  const peak = Math.max(atStart, ...samples);
  test.info().annotations.push({
    type: 'load',
    description: `${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms; memory ${Math.round(atStart)} → ${Math.round(atEnd)} MiB (peak ${Math.round(peak)})`,
  });
  console.info(`[load] ${test.info().annotations.at(-1)?.description}`);

  expect(result.requests.total).toBeGreaterThan(LOAD.durationSec * 10);
  expect(result.errors, 'connection errors').toBe(0);
  expect(result.timeouts, 'timeouts').toBe(0);
  expect(result.non2xx, 'answers other than 2xx').toBe(0);
  // The heap grows while the caches fill and V8 takes room, then levels off.
  expect(peak - atStart).toBeLessThan(LOAD.memoryGrowthMiB);
  const third = Math.floor(samples.length / 3);
  expect(samples.length).toBeGreaterThan(30);
  expect(Math.max(...samples.slice(-third)) - Math.max(...samples.slice(0, third))).toBeLessThan(LOAD.levelOffMiB);

  // And the site still answers normally right after.
  expect((await request.get(`${runtime.baseUrl}/api/health`)).status()).toBe(200);
});
