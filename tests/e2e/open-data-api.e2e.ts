import { expect, test } from '@playwright/test';

// The open-data API over real HTTP against the real database loaded with the curated dataset.
// (Run in the desktop project only: responses do not depend on the viewport.)
test.describe('open data API v1', () => {
  test('lists services in HSDS pagination and filters them', async ({ request }) => {
    const all = await (await request.get('/api/v1/services?per_page=100')).json();
    expect(all.total_items).toBeGreaterThan(50);
    expect(all.contents).toHaveLength(Math.min(100, all.total_items));
    const first = all.contents[0];
    for (const field of ['id', 'name', 'description', 'minimum_age', 'service_areas', 'phones', 'organizations', 'domain', 'status']) {
      expect(first).toHaveProperty(field);
    }

    const health = await (await request.get('/api/v1/services?domain=health&per_page=100')).json();
    expect(health.total_items).toBeGreaterThan(0);
    expect(health.total_items).toBeLessThan(all.total_items);
    expect(health.contents.every((s: { domain: string }) => s.domain === 'health')).toBe(true);

    const age15 = await (await request.get('/api/v1/services?age=15&per_page=100')).json();
    for (const s of age15.contents as { minimum_age: number | null; maximum_age: number | null }[]) {
      expect(s.minimum_age === null || s.minimum_age <= 15).toBe(true);
      expect(s.maximum_age === null || s.maximum_age >= 15).toBe(true);
    }

    const page2 = await (await request.get('/api/v1/services?per_page=5&page=2')).json();
    expect(page2.page_number).toBe(2);
    expect(page2.previous).toContain('page=1');
    expect(page2.contents[0].id).toBe(all.contents[5].id);
  });

  test('returns one entry by id and by slug, 404 for an unknown one', async ({ request }) => {
    const list = await (await request.get('/api/v1/crisis-lines')).json();
    const line = list.contents[0];
    const byId = await request.get(`/api/v1/crisis-lines/${line.id}`);
    expect(byId.status()).toBe(200);
    expect((await byId.json()).number).toBe(line.number);
    expect((await (await request.get(`/api/v1/crisis-lines/${line.slug}`)).json()).id).toBe(line.id);

    const missing = await request.get('/api/v1/services/no-such-service', { headers: { 'accept-language': 'en' } });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toMatch(/no such entry/i);
  });

  test('answers bad input with 400 and a message in the reader’s language', async ({ request }) => {
    for (const query of ['age=abc', 'age=-1', 'per_page=1000', 'page=1&page=2', 'colour=red', 'domain=astrology', `municipality=${'x'.repeat(500)}`]) {
      const response = await request.get(`/api/v1/services?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('invalid_query');
      expect(body.error.message).toContain('parametri');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    const ru = await (await request.get('/api/v1/services?age=x&lang=ru')).json();
    expect(ru.error.message).toMatch(/Параметры/);
  });

  test('municipal services are filterable by planning region', async ({ request }) => {
    const all = await (await request.get('/api/v1/municipal-services?per_page=100')).json();
    expect(all.total_items).toBeGreaterThanOrEqual(40);
    const kurzeme = await (await request.get('/api/v1/municipal-services?region=kurzeme&per_page=100')).json();
    expect(kurzeme.total_items).toBeGreaterThan(0);
    expect(kurzeme.contents.every((m: { municipality: { planning_region: string } }) => m.municipality.planning_region === 'kurzeme')).toBe(true);
  });

  test('the export holds the whole published catalogue and no confidential address', async ({ request }) => {
    const response = await request.get('/api/v1/export');
    expect(response.headers()['content-disposition']).toContain('attachment');
    const data = await response.json();
    const services = await (await request.get('/api/v1/services?per_page=1')).json();
    expect(data.services).toHaveLength(services.total_items);
    expect(data.municipal_services.length).toBeGreaterThanOrEqual(40);
    expect(data.crisis_lines.length).toBeGreaterThan(4);
    for (const service of data.services as { service_at_locations: { location: { confidential: boolean; addresses: unknown[] } }[] }[]) {
      for (const { location } of service.service_at_locations) {
        if (location.confidential) expect(location.addresses).toEqual([]);
      }
    }
  });
});
