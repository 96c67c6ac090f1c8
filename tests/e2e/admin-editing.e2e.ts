import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ACCOUNTS, type E2eAccount } from '../../scripts/admin/e2e-accounts';

/**
 * Coordinators keep the entries true: edits reach the public page and the search within seconds, a stale save is
 * refused with nothing lost, and stored markup stays text. Runs against the real stack (scripts/e2e-server.ts).
 */

test.skip(({ isMobile }) => isMobile, 'runs once, in the desktop project');
test.describe.configure({ mode: 'serial' });

/** Signs in with one of the e2e server's accounts (scripts/admin/e2e-accounts.ts). */
async function signIn(page: Page, account: E2eAccount = E2E_ACCOUNTS.editor) {
  const { email, password } = account;
  await page.goto('/lv/admin/sign-in');
  await page.getByLabel('E-pasts').fill(email);
  await page.getByLabel('Parole').fill(password);
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
  await expect(page).toHaveURL(/\/lv\/admin$/);
}

async function signedInPage(browser: Browser, account: E2eAccount): Promise<Page> {
  const context = await browser.newContext({ locale: 'lv-LV' });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Opens a service's admin page from the list, found by its slug (names repeat across providers). */
async function openService(page: Page, name: string, slug: string) {
  await page.goto(`/lv/admin/services?q=${encodeURIComponent(slug)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The service's own phones (places have phone fields of their own). */
const phones = (page: Page) => page.getByRole('region', { name: 'Kontakti' }).getByLabel('Tālruņi', { exact: true });
const purpose = (page: Page) => page.getByLabel('Mērķis', { exact: true });
const save = (page: Page) => page.getByRole('button', { name: 'Saglabāt', exact: true });

test('a coordinator changes a phone, publishes, and the public page and the search show it within seconds', async ({ page, request }) => {
  const name = 'Ārstniecības pārejas koordinācijas pakalpojums';
  const slug = 'arstniecibas-parejas-koordinacijas-pakalpojums';
  await signIn(page);
  await openService(page, name, slug);

  // Archive: the public page goes away; restore brings it back as a draft.
  await page.getByRole('button', { name: 'Arhivēt' }).click();
  await expect(page.getByText('Ieraksts arhivēts')).toBeVisible();
  expect((await request.get(`/lv/services/${slug}`)).status()).toBe(404);
  await page.getByRole('button', { name: 'Atjaunot no arhīva (kā melnrakstu)' }).click();
  await expect(page.getByTestId('entry-status')).toHaveText('Melnraksts');

  // The phone typed as people type it is stored in E.164.
  await phones(page).fill('2 777 2292 | darba dienās');
  await save(page).click();
  await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();
  await expect(phones(page)).toHaveValue('+37127772292 | darba dienās');

  await page.getByRole('button', { name: 'Publicēt' }).click();
  await expect(page.getByText('Ieraksts publicēts.')).toBeVisible();
  await expect(page.getByTestId('entry-status')).toHaveText('Publicēts');

  // The public page reads PostgreSQL; the search reads Meilisearch, fed by the outbox worker every second.
  await expect
    .poll(async () => {
      const response = await request.get(`/lv/services/${slug}`);
      return response.status() === 200 ? (await response.text()).replace(/\s/g, '') : '';
    }, { timeout: 10_000 })
    .toContain('27772292');
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/search?q=${encodeURIComponent('pārejas koordinācijas')}&type=service`);
        const body = (await response.json()) as { hits: { slug: string; phone: string | null }[] };
        return body.hits.find((h) => h.slug === slug)?.phone ?? null;
      },
      { timeout: 10_000 },
    )
    .toBe('+37127772292');

  const publicPage = await page.context().newPage();
  await publicPage.goto(`/lv/services/${slug}`);
  await expect(publicPage.getByText(/2777\s?2292/).first()).toBeVisible();
});

test('two coordinators edit the same service: the second gets the conflict, with nothing lost', async ({ browser }) => {
  const name = 'Brīvprātīgais darbs';
  const slug = 'brivpratigais-darbs-dabas-zirgi';
  // Two coordinators, two sessions: the editor and the administrator.
  const [first, second] = await Promise.all([signedInPage(browser, E2E_ACCOUNTS.admin), signedInPage(browser, E2E_ACCOUNTS.editor)]);
  try {
    await openService(first, name, slug);
    await openService(second, name, slug);

    await purpose(first).fill('Pirmā koordinatora mērķis.');
    await save(first).click();
    await expect(first.getByText('Izmaiņas saglabātas.')).toBeVisible();

    await purpose(second).fill('Otrā koordinatora mērķis, kas nedrīkst pazust.');
    await phones(second).fill('6 722 2922');
    await save(second).click();

    const conflict = second.getByTestId('conflict');
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('heading', { name: 'Kāds cits jau saglabāja šo ierakstu' })).toBeVisible();
    // The differences, side by side: her value and the one saved now.
    const purposeRow = conflict.getByRole('row', { name: /Mērķis/ });
    await expect(purposeRow).toContainText('Otrā koordinatora mērķis, kas nedrīkst pazust.');
    await expect(purposeRow).toContainText('Pirmā koordinatora mērķis.');
    // Nothing lost: the form still holds everything she typed.
    await expect(purpose(second)).toHaveValue('Otrā koordinatora mērķis, kas nedrīkst pazust.');
    await expect(phones(second)).toHaveValue('6 722 2922');

    // Having seen the differences, saving again puts her values over the new version.
    await save(second).click();
    await expect(second.getByText('Izmaiņas saglabātas.')).toBeVisible();
    await expect(purpose(second)).toHaveValue('Otrā koordinatora mērķis, kas nedrīkst pazust.');
    await expect(phones(second)).toHaveValue('+37167222922');

    // The history names both saves.
    await second.getByRole('link', { name: 'Izmaiņu vēsture' }).click();
    await expect(second.getByTestId('history-entry').first()).toContainText('Labots');
    await expect(second.getByTestId('history-entry').nth(1)).toContainText('Labots');
  } finally {
    await Promise.all([first.context().close(), second.context().close()]);
  }
});

test('a stored <script> renders as inert text on the public and the admin page', async ({ page }) => {
  const name = 'Kapelāna konsultācijas';
  const slug = 'bkus-kapelana-konsultacijas';
  const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Mērķis ar "pēdiņām" un \'apostrofiem\'';
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await signIn(page);
  await openService(page, name, slug);
  await purpose(page).fill(hostile);
  await save(page).click();
  await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();

  // Admin: the value is back in the form as text, and nothing ran.
  await expect(purpose(page)).toHaveValue(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // History shows it as text too.
  await page.getByRole('link', { name: 'Izmaiņu vēsture' }).click();
  await expect(page.getByTestId('history-entry').first()).toContainText('<script>window.__pwned = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Public: the text is shown literally, no script element came from it, nothing ran.
  await page.goto(`/lv/services/${slug}`);
  await expect(page.getByText('<script>window.__pwned = 1</script>', { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([type="application/ld+json"])', { hasText: '__pwned' }).count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
