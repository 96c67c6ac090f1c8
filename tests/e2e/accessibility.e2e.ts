import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core on every kind of public page, on the desktop and the 360 px phone project: WCAG 2.2 AA.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES: { name: string; path: string; status?: number; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/lv' },
  { name: 'home in Russian', path: '/ru' },
  { name: 'search with results and facets', path: '/lv/search?q=atkarības&age=15&cost=free' },
  { name: 'empty search', path: '/lv/search?q=zzzqqqxxx' },
  { name: 'service', path: '/lv/services/ast-diagnostika' },
  {
    name: 'service with the error report form open and failing',
    path: '/lv/services/ambulatora-narkologa-konsultacija',
    prepare: async (page) => {
      // Once hydrated ("add to list" is a button), the form answers in place.
      await expect(page.getByRole('button', { name: /^Pievienot nosūtījuma sarakstam/ })).toBeVisible();
      await page.getByText('Ziņot par kļūdu', { exact: true }).click();
      await page.locator('#report-error').getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
      await expect(page.locator('#report-error').getByRole('alert')).toBeVisible();
    },
  },
  { name: 'provider', path: '/lv/providers/bernu-kliniska-universitates-slimnica' },
  { name: 'social services list', path: '/lv/social-services' },
  { name: 'social service', path: '/lv/social-services/talsu-novada-socialais-dienests' },
  { name: 'crisis lines', path: '/lv/crisis-lines' },
  { name: 'crisis line', path: '/lv/crisis-lines/vienotais-krizes-talrunis' },
  { name: 'guide: who', path: '/lv/guide' },
  { name: 'guide: age', path: '/lv/guide?who=child' },
  { name: 'guide: age, invalid', path: '/lv/guide?who=child&age=abc' },
  { name: 'guide: place', path: '/lv/guide?who=child&age=15' },
  { name: 'guide: situation', path: '/lv/guide?who=child&age=15&place=m:talsu-novads' },
  { name: 'guide: summary with crisis numbers', path: '/lv/guide?who=child&age=15&place=m:talsu-novads&situation=crisis' },
  {
    name: 'referral list in Russian',
    path: '/lv/referral?ids=service:ast-diagnostika,service:ambulatora-narkologa-konsultacija,social-service:talsu-novada-socialais-dienests,crisis-line:vienotais-krizes-talrunis&lang=ru',
  },
  { name: 'empty referral list with picker results', path: '/lv/referral?ids=&find=krīzes' },
  { name: '404', path: '/lv/no-such-page', status: 404 },
];

for (const { name, path, status = 200, prepare } of PAGES) {
  test(`${name} has no WCAG 2.2 AA violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    if (prepare) await prepare(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    // Readable on failure: each rule with the elements it found.
    const violations = results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    expect(violations).toEqual([]);
  });
}
