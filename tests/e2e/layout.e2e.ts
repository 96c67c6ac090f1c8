import { expect, test } from '@playwright/test';

const locales = [
  { locale: 'lv', title: 'Atrodiet atbalstu bērnam un ģimenei', crisis: 'Ja ir apdraudēta dzīvība vai veselība' },
  { locale: 'en', title: 'Find support for a child and family', crisis: 'If a life or health is in danger' },
  { locale: 'ru', title: 'Найдите поддержку для ребёнка и семьи', crisis: 'Если под угрозой жизнь или здоровье' },
];

for (const { locale, title, crisis } of locales) {
  test(`/${locale} is rendered on the server with header, crisis strip and footer`, async ({ page, request }) => {
    // Server-rendered: the HTML itself carries the content, before any JavaScript runs.
    const html = await (await request.get(`/${locale}`)).text();
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toContain(title);

    await page.goto(`/${locale}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    const strip = page.getByRole('complementary', { name: crisis });
    await expect(strip).toBeVisible();
    // Every number in the strip is a tap-to-call link.
    const calls = strip.getByRole('link');
    expect(await calls.count()).toBeGreaterThan(0);
    for (const href of await calls.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^tel:\+?\d{3,}$/);
    }
  });
}

test('the root redirects to the Latvian site', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/lv$/);
});

test('an unknown page gives a translated 404', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the language switcher links to the other languages and marks the current one', async ({ page }) => {
  await page.goto('/lv');
  const nav = page.getByRole('navigation', { name: 'Valoda' });
  await expect(nav.getByRole('link', { name: 'Latviešu' })).toHaveAttribute('aria-current', 'true');
  await nav.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('GET /api/health reports database and search', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.database.status).toBe('ok');
  expect(body.search.status).toBe('ok');
});
