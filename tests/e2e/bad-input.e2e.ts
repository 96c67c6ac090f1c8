import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { hostileText } from './support/hostile';

// Random, huge, malformed and hostile input to the public JSON endpoints never gives a 500, always a clear
// JSON answer, and changes nothing stored. (Desktop project only: the viewport does not matter.)

const hostile = hostileText;
const parameter = fc.constantFrom('q', 'type', 'domain', 'cost', 'region', 'municipality', 'mode', 'audience', 'age_band', 'age', 'page', 'per_page', 'lang', 'zzz', '', '__proto__');
const queryString = fc
  .array(fc.tuple(parameter, hostile), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

async function countsOf(request: import('@playwright/test').APIRequestContext) {
  const totals = await Promise.all(
    ['services', 'organizations', 'municipal-services', 'crisis-lines'].map(async (kind) => (await (await request.get(`/api/v1/${kind}?per_page=1`)).json()).total_items as number),
  );
  return totals.join(',');
}

test('GET /api/search and /api/v1/* answer any query with 200, 400 or 404 and a JSON body', async ({ request }) => {
  test.setTimeout(240_000);
  const before = await countsOf(request);
  const endpoints = ['/api/search', '/api/v1/services', '/api/v1/organizations', '/api/v1/municipal-services', '/api/v1/crisis-lines'];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...endpoints), queryString, async (endpoint, query) => {
      const response = await request.get(`${endpoint}?${query}`, { headers: { 'accept-language': 'lv' } });
      expect([200, 400, 404, 414, 431]).toContain(response.status());
      if (response.status() === 400) {
        const body = await response.json();
        expect(body.error.code).toBe('invalid_query');
        expect(typeof body.error.message).toBe('string');
        expect(JSON.stringify(body)).not.toMatch(/\bat \S+:\d+:\d+/);
      }
    }),
    { numRuns: 150 },
  );
  await fc.assert(
    // An empty or dot segment would address the list itself, not an entry.
    fc.asyncProperty(hostile.filter((id) => !['', '.', '..'].includes(id.trim())), async (id) => {
      const response = await request.get(`/api/v1/services/${encodeURIComponent(id)}`);
      // 431: Node refuses request heads over 16 KB before the app sees them.
      expect([404, 414, 431]).toContain(response.status());
    }),
    { numRuns: 60 },
  );
  expect(await countsOf(request)).toBe(before);
});

test('the search page renders any query as a page, never an error', async ({ request }) => {
  test.setTimeout(240_000);
  await fc.assert(
    fc.asyncProperty(queryString, async (query) => {
      const response = await request.get(`/lv/search?${query}`);
      expect([200, 414, 431]).toContain(response.status());
      if (response.status() === 200) expect(await response.text()).toContain('<h1');
    }),
    { numRuns: 60 },
  );
});
