import { expect, test } from '@playwright/test';

// What a first visit to a public page downloads: the framework and our small client components, and nothing
// the browser does not need. Two libraries crept in before and are kept out: zod (≈ 33 kB gzip, through a
// client component importing a constant from a schema module) and the ICU message parser (≈ 9 kB gzip;
// messages are precompiled at build time, next.config.ts). The sizes themselves are figures of `npm run bench`.
const PAGES = [
  '/lv',
  '/lv/search?q=krizes+talrunis',
  '/lv/services/gimenes-asistenta-pakalpojums',
  '/lv/crisis-lines',
  '/lv/social-services',
  '/lv/guide',
  '/lv/referral',
];

const SIGNATURES: Record<string, RegExp> = {
  zod: /\$ZodType|ZodError/,
  'the ICU message parser': /EXPECT_ARGUMENT_CLOSING_BRACE|MALFORMED_ARGUMENT/,
};

for (const path of PAGES) {
  test(`a first visit to ${path} downloads neither zod nor an ICU parser`, async ({ page }) => {
    const scripts: Promise<{ url: string; body: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => ({ url: response.url(), body })));
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const downloaded = await Promise.all(scripts);
    expect(downloaded.length, 'the page hydrates').toBeGreaterThan(0);
    for (const { url, body } of downloaded) {
      for (const [library, signature] of Object.entries(SIGNATURES)) expect(signature.test(body), `${library} in ${url}`).toBe(false);
    }
  });
}
