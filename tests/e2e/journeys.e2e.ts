import { expect, test, type Page } from '@playwright/test';

// Journeys through the public site against the curated dataset the e2e server loads (prisma/data): a family
// member on a phone, a social worker building a referral list, someone reporting an error, the quick exit,
// and the same site without JavaScript.

/** The phone project emulates a mobile device (360 px); the desktop project does not. */
const onlyOnPhone = () => test.skip(({ isMobile }) => !isMobile, 'a phone journey');
const onlyOnDesktop = () => test.skip(({ isMobile }) => isMobile, 'a desktop journey');

const AST = 'Autiska spektra traucējumu (AST) diagnostika';
const NARCOLOGIST = 'Ambulatora narkologa konsultācija';

/** Resolves once the page's JavaScript has run: "add to list" turns from a link into a button. */
const hydrated = (page: Page) => expect(page.getByRole('button', { name: /^Pievienot nosūtījuma sarakstam/ }).first()).toBeVisible({ timeout: 15_000 });

/** A result card on the search page, by the entry's name. */
const resultCard = (page: Page, name: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { name, exact: true }) });

test.describe('a family member on a 360 px phone', () => {
  onlyOnPhone();

  test('types "krizes talrunis" and finds a crisis line to call, then "atkaribas pusaudzim" and opens a service', async ({ page }) => {
    await page.goto('/lv');
    const box = page.getByRole('searchbox', { name: 'Ko meklējat?' });
    await box.fill('krizes talrunis');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/lv\/search\?q=krizes\+talrunis$/);

    const line = resultCard(page, 'Vienotais krīzes tālrunis');
    await expect(line).toBeVisible();
    const call = line.getByRole('link', { name: /116123/ });
    await expect(call).toHaveAttribute('href', 'tel:116123');
    // A thumb-sized target on a phone.
    expect((await call.boundingBox())?.height).toBeGreaterThanOrEqual(44);

    await page.goto('/lv');
    await page.getByRole('searchbox', { name: 'Ko meklējat?' }).fill('atkaribas pusaudzim');
    await page.getByRole('button', { name: 'Meklēt' }).click();
    await expect(page).toHaveURL(/q=atkaribas\+pusaudzim/);
    const service = page.getByRole('article').filter({ hasText: /^Pakalpojums/ }).first();
    const name = (await service.getByRole('heading').innerText()).trim();
    await service.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(/\/lv\/services\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('a social worker', () => {
  onlyOnDesktop();

  test('filters by age 15, Kurzeme and free, adds two services, opens the list, prints it in Russian', async ({ page }, testInfo) => {
    await page.goto('/lv/search');
    await hydrated(page);
    await page.getByLabel('Bērna vecums (gadi)').fill('15');
    await page.getByRole('checkbox', { name: /^Kurzeme/ }).check();
    await page.getByRole('checkbox', { name: /^Bez maksas/ }).check();
    await page.getByRole('button', { name: 'Piemērot atlasi' }).click();
    // The filters follow each change (the address is replaced as results update).
    await expect(page).toHaveURL(/[?&]age=15(&|$)/, { timeout: 15_000 });
    await expect(page).toHaveURL(/[?&]region=kurzeme(&|$)/, { timeout: 15_000 });
    await expect(page).toHaveURL(/[?&]cost=free(&|$)/, { timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: /^Atrasti \d+ ieraksti$/ })).toBeVisible();
    await expect(resultCard(page, AST)).toBeVisible();

    await resultCard(page, AST).getByRole('button', { name: `Pievienot nosūtījuma sarakstam: ${AST}` }).click();
    await expect(resultCard(page, AST).getByText('Sarakstā')).toBeVisible();
    await resultCard(page, NARCOLOGIST).getByRole('button', { name: `Pievienot nosūtījuma sarakstam: ${NARCOLOGIST}` }).click();
    await resultCard(page, NARCOLOGIST).getByRole('link', { name: 'Atvērt sarakstu (2)' }).click();

    await expect(page).toHaveURL(/\/lv\/referral\?ids=service:ast-diagnostika,service:ambulatora-narkologa-konsultacija$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nosūtījuma saraksts');
    const sheet = page.locator('[data-referral-sheet]');
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([AST, NARCOLOGIST]);

    // The list is kept in this browser: the bare address shows it again.
    await page.goto('/lv/referral');
    await expect(page).toHaveURL(/ids=service:ast-diagnostika,service:ambulatora-narkologa-konsultacija/);

    await page.getByRole('list', { name: 'Izdrukas valoda' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/[?&]lang=ru(&|$)/);
    await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Услуги поддержки');
    await expect(sheet).toHaveAttribute('lang', 'ru');
    // The interface stays Latvian; only the printout changes language.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nosūtījuma saraksts');
    await expect(page.getByRole('textbox', { name: 'Saite uz šo sarakstu' })).toHaveValue(/\/lv\/referral\?ids=service:ast-diagnostika,service:ambulatora-narkologa-konsultacija&lang=ru$/);

    await page.evaluate(() => {
      const counter = window as unknown as { printed: number };
      counter.printed = 0;
      window.print = () => {
        counter.printed++;
      };
    });
    await page.getByRole('button', { name: 'Drukāt' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Ātri iziet' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Ja ir apdraudēta dzīvība vai veselība' })).toBeHidden();
    await expect(page.getByRole('heading', { name: /Izdruka un nosūtīšana/ })).toBeHidden();
    await expect(page.getByRole('link', { name: `Izņemt no nosūtījuma saraksta: ${AST}` })).toBeHidden();
    await expect(sheet).toBeVisible();
    for (const text of [AST, NARCOLOGIST, '+371 6540 2240', 'Как получить', 'По направлению врача', 'Оплата', 'Бесплатно', 'Телефон не указан']) {
      await expect(sheet.getByText(text, { exact: false }).first()).toBeVisible();
    }
    await page.pdf({ path: testInfo.outputPath('referral-ru.pdf'), format: 'A4', printBackground: true });
    await page.screenshot({ path: testInfo.outputPath('referral-ru-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Removing an item is a plain link; the list in this browser follows.
    await page.getByRole('link', { name: `Izņemt no nosūtījuma saraksta: ${AST}` }).click();
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([NARCOLOGIST]);
    await expect(page).toHaveURL(/ids=service:ambulatora-narkologa-konsultacija&lang=ru$/);
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem('ak.referral.v1'))).toBe('service:ambulatora-narkologa-konsultacija');
  });
});

test.describe('reporting an error', () => {
  onlyOnDesktop();

  test('shows translated field errors, then a confirmation', async ({ page }) => {
    await page.goto('/lv/services/ambulatora-narkologa-konsultacija');
    await page.getByText('Ziņot par kļūdu', { exact: true }).click();
    const panel = page.locator('#report-error');
    await panel.getByLabel('Kas jālabo?').fill('par īsu');
    await panel.getByLabel('Jūsu e-pasts (nav obligāti)').fill('nav e-pasts');
    await panel.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
    await expect(panel.getByRole('alert')).toHaveText('Ziņojums netika nosūtīts. Lūdzu, izlabojiet norādīto.');
    await expect(panel.getByText('Aprakstā jābūt vismaz 10 rakstzīmēm.')).toBeVisible();
    await expect(panel.getByText(/Ievadiet derīgu e-pasta adresi/)).toBeVisible();
    await expect(panel.getByLabel('Kas jālabo?')).toHaveAttribute('aria-invalid', 'true');
    // What was typed is kept.
    await expect(panel.getByLabel('Kas jālabo?')).toHaveValue('par īsu');

    await panel.getByLabel('Kas ir nepareizi?').selectOption('contacts');
    await panel.getByLabel('Kas jālabo?').fill('Narkologa konsultācijām Rīgā ir jauns pieraksta tālrunis.');
    await panel.getByLabel('Jūsu e-pasts (nav obligāti)').fill('');
    await panel.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
    await expect(panel.getByRole('status')).toContainText('Paldies! Ziņojums ir saņemts, un koordinators to pārbaudīs.');
    await expect(panel.getByRole('status')).toBeFocused();
  });

  test('a bot that fills the hidden field is thanked and nothing more', async ({ page }) => {
    await page.goto('/lv/crisis-lines/vienotais-krizes-talrunis');
    await page.getByText('Ziņot par kļūdu', { exact: true }).click();
    const panel = page.locator('#report-error');
    await panel.getByLabel('Kas jālabo?').fill('Buy cheap things at our shop, best prices.');
    await panel.locator('input[name="website"]').fill('https://spam.example', { force: true });
    await panel.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
    await expect(panel.getByRole('status')).toContainText('Paldies!');
  });
});

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => {
    // The neutral site, served locally: the test must not depend on the internet.
    await page.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Google</title><p>neutral</p>' }));
  });

  test('leaves at once and Back does not return to the site', async ({ page }) => {
    await page.goto('/lv/search?q=vardarbiba');
    const exit = page.getByRole('link', { name: 'Ātri iziet' });
    // Without JavaScript it is a plain link that does not tell the next site where the visitor came from.
    await expect(exit).toHaveAttribute('href', 'https://www.google.com/');
    await expect(exit).toHaveAttribute('rel', 'noreferrer');
    await exit.click();
    await expect(page).toHaveURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
  });

  test('Esc pressed twice leaves too', async ({ page, isMobile }) => {
    test.skip(isMobile, 'a keyboard on a desktop');
    await page.goto('/lv/search?q=vardarbiba');
    // The keys are listened for once the page's JavaScript has run.
    await hydrated(page);
    await page.keyboard.press('Escape');
    await expect(page.getByText('Nospiediet Esc vēlreiz, lai ātri izietu.')).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
  });

  test('does not cover the page content on a 360 px screen', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'a phone screen');
    await page.goto('/lv');
    const exit = await page.getByRole('link', { name: 'Ātri iziet' }).boundingBox();
    const header = await page.getByRole('banner').boundingBox();
    expect(exit && header).toBeTruthy();
    if (!exit || !header) return;
    expect(exit.x + exit.width).toBeLessThanOrEqual(360);
    expect(exit.y + exit.height).toBeLessThanOrEqual(header.y);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  onlyOnDesktop();

  test('search and filters work as plain forms', async ({ page }) => {
    await page.goto('/lv/search');
    await page.getByRole('searchbox', { name: 'Ko meklējat?' }).fill('atkarības');
    await page.getByRole('checkbox', { name: /^Bez maksas/ }).check();
    await page.getByRole('button', { name: 'Piemērot atlasi' }).click();
    await expect(page).toHaveURL(/[?&]q=atkar%C4%AB?bas/);
    await expect(page).toHaveURL(/[?&]cost=free(&|$)/);
    await expect(page.getByRole('status').filter({ hasText: /Atrast[si] \d+ ieraksts?i?/ })).toBeVisible();
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'Noņemt atlasi: Bez maksas' })).toBeVisible();
  });

  test('the guide asks four questions and ends in the filtered search', async ({ page }) => {
    await page.goto('/lv/guide');
    await expect(page.getByText('1. jautājums no 4')).toBeVisible();
    await page.getByRole('radio', { name: 'Bērnam vai pusaudzim (līdz 17 gadiem)' }).check();
    await page.getByRole('button', { name: 'Tālāk' }).click();
    await expect(page).toHaveURL(/\/lv\/guide\?who=child$/);
    await page.getByLabel('Cik gadu ir bērnam vai jaunietim?').fill('15');
    await page.getByRole('button', { name: 'Tālāk' }).click();
    await page.getByLabel('Kur jūs dzīvojat?').selectOption({ label: 'Kurzeme (viss reģions)' });
    await page.getByRole('button', { name: 'Tālāk' }).click();
    await page.getByRole('radio', { name: /Bērns lieto alkoholu vai narkotikas/ }).check();
    await page.getByRole('button', { name: 'Tālāk' }).click();

    await expect(page.getByRole('heading', { name: 'Jūsu atbildes' })).toBeVisible();
    await expect(page.getByText('15 gadi')).toBeVisible();
    await page.getByRole('link', { name: /^Parādīt \d+ atrast/ }).click();
    await expect(page).toHaveURL(/\/lv\/search\?q=alkohols\+narkotikas\+atkar%C4%ABba/);
    await expect(page).toHaveURL(/[?&]region=kurzeme/);
    expect(await page.getByRole('article').count()).toBeGreaterThan(0);
  });

  test('a referral list is built with links and the picker', async ({ page }) => {
    await page.goto('/lv/search?q=narkologs');
    await resultCard(page, NARCOLOGIST).getByRole('link', { name: `Pievienot nosūtījuma sarakstam: ${NARCOLOGIST}` }).click();
    await expect(page).toHaveURL(/\/lv\/referral\?add=service:ambulatora-narkologa-konsultacija$/);
    const sheet = page.locator('[data-referral-sheet]');
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([NARCOLOGIST]);

    await page.getByLabel('Meklēt ierakstu, ko pievienot').fill('vienotais krīzes tālrunis');
    await page.getByRole('button', { name: 'Meklēt', exact: true }).click();
    await page.getByRole('link', { name: 'Pievienot nosūtījuma sarakstam: Vienotais krīzes tālrunis' }).click();
    await expect(sheet.getByRole('heading', { level: 3 })).toHaveText([NARCOLOGIST, 'Vienotais krīzes tālrunis']);
    await expect(page.getByRole('textbox', { name: 'Saite uz šo sarakstu' })).toHaveValue(
      /\/lv\/referral\?ids=service:ambulatora-narkologa-konsultacija,crisis-line:vienotais-krizes-talrunis$/,
    );
    await expect(page.getByText('Lai izdrukātu, izmantojiet pārlūka drukāšanas komandu (Ctrl+P).')).toBeVisible();
  });

  test('the home page finds a municipality’s social service', async ({ page }) => {
    await page.goto('/lv');
    await page.getByLabel('Pašvaldība', { exact: true }).selectOption({ label: 'Talsu novads' });
    await page.getByRole('button', { name: 'Atrast dienestu' }).click();
    await expect(page).toHaveURL(/\/lv\/social-services\/talsu-novada-socialais-dienests$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talsu novada Sociālais dienests');
  });

  test('an error report is sent as a form post and confirmed', async ({ page }) => {
    await page.goto('/lv/social-services/talsu-novada-socialais-dienests');
    await page.getByText('Ziņot par kļūdu', { exact: true }).click();
    const panel = page.locator('#report-error');
    await panel.getByLabel('Kas jālabo?').fill('īss');
    await panel.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
    await expect(page).toHaveURL(/#report-error$/);
    await expect(panel.getByText('Aprakstā jābūt vismaz 10 rakstzīmēm.')).toBeVisible();
    await panel.getByLabel('Kas jālabo?').fill('Darba laiks piektdienās ir līdz 15:00, nevis 16:00.');
    await panel.getByRole('button', { name: 'Nosūtīt ziņojumu' }).click();
    await expect(panel.getByRole('status')).toContainText('Paldies! Ziņojums ir saņemts');
  });
});

test.describe('for search engines', () => {
  onlyOnDesktop();

  test('robots.txt keeps crawlers out of the admin and the API and names the sitemap', async ({ request }) => {
    const body = await (await request.get('/robots.txt')).text();
    expect(body).toContain('Disallow: /*/admin');
    expect(body).toContain('Disallow: /api/');
    expect(body).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  test('sitemap.xml lists every entry in three languages with alternates', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    for (const locale of ['lv', 'en', 'ru']) expect(xml).toMatch(new RegExp(`<loc>[^<]*/${locale}/services/ast-diagnostika</loc>`));
    expect(xml).toMatch(/hreflang="ru" href="[^"]*\/ru\/crisis-lines\/vienotais-krizes-talrunis"/);
    expect(xml).toMatch(/<loc>[^<]*\/lv\/social-services\/talsu-novada-socialais-dienests<\/loc>/);
    expect(xml).not.toContain('/referral');
  });

  test('pages name their other language versions', async ({ page }) => {
    for (const path of ['', '/guide', '/referral']) {
      await page.goto(`/lv${path}`);
      for (const locale of ['lv', 'en', 'ru']) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', new RegExp(`/${locale}${path}$`));
      }
    }
  });
});
