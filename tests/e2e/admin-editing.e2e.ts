import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_ACCOUNTS, readE2eRuntime, type E2eAccount } from '../../scripts/admin/e2e-accounts';
import { createDatabaseClient } from '../../lib/db/factory';

/**
 * Coordinators keep the entries true: edits reach the public page and the search within seconds, a stale save is
 * refused with nothing lost, and stored markup stays text. Runs against the real stack (scripts/e2e-server.ts).
 */

// Runs once, in the desktop project (see testIgnore in playwright.config.ts).
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

test('a correction report is accepted by saving the edit form opened from it, another rejected with a note', async ({ page }) => {
  const slug = 'bkus-psihologa-konsultacijas';
  const db = createDatabaseClient(readE2eRuntime().databaseUrl, { maxConnections: 1 });
  try {
    const service = await db.service.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await db.suggestion.create({ data: { entityType: 'service', entityId: service.id, field: 'other', message: 'Pakalpojums vairs nedarbojas.', createdAt: new Date(Date.now() - 60_000) } });
    await db.suggestion.create({ data: { entityType: 'service', entityId: service.id, field: 'contacts', message: 'Tālrunis mainījies uz 2 555 5555.' } });
  } finally {
    await db.$disconnect();
  }
  await signIn(page);
  await page.goto('/lv/admin/suggestions');
  // Other tests may have left reports of their own: these two are found by their text.
  const report = (text: string) => page.getByTestId('suggestion').filter({ hasText: text });
  const contacts = report('Tālrunis mainījies uz 2 555 5555.');
  await expect(contacts).toContainText('Psihologa konsultācijas');
  // Newest first.
  const order = await page.getByTestId('suggestion').allTextContents();
  expect(order.findIndex((t) => t.includes('2 555 5555'))).toBeLessThan(order.findIndex((t) => t.includes('vairs nedarbojas')));
  await contacts.getByRole('link', { name: 'Labot ierakstu pēc ziņojuma' }).click();

  await expect(page.getByRole('heading', { name: 'Labojums pēc ziņojuma' })).toBeVisible();
  await expect(page.getByText('Tālrunis mainījies uz 2 555 5555.')).toBeVisible();
  await phones(page).fill('2 555 5555');
  await save(page).click();
  await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();
  await expect(phones(page)).toHaveValue('+37125555555');

  await page.goto('/lv/admin/suggestions');
  await expect(report('Tālrunis mainījies uz 2 555 5555.')).toHaveCount(0);
  const stale = report('Pakalpojums vairs nedarbojas.');
  await stale.getByLabel('Piezīme (neobligāti)').fill('Pārbaudīts: pakalpojums darbojas.');
  await stale.getByRole('button', { name: 'Noraidīt' }).click();
  await expect(page.getByText('Ziņojums noraidīts.')).toBeVisible();
  await expect(report('Pakalpojums vairs nedarbojas.')).toHaveCount(0);

  await page.goto('/lv/admin/suggestions?status=all');
  await expect(report('Tālrunis mainījies uz 2 555 5555.')).toContainText(`Pieņemts: ${E2E_ACCOUNTS.editor.name}`);
  await expect(report('Pakalpojums vairs nedarbojas.')).toContainText('Piezīme: Pārbaudīts: pakalpojums darbojas.');
});

test('gaps: a search that found nothing is counted by its catalogue words, and overdue entries are verified', async ({ page, request }) => {
  const search = await request.get(`/api/search?q=${encodeURIComponent('psihologs Jānis')}&type=municipal_social_service`);
  expect(((await search.json()) as { total: number }).total).toBeLessThanOrEqual(2);
  await signIn(page);
  await expect
    .poll(
      async () => {
        await page.goto('/lv/admin/gaps');
        return page.getByRole('region', { name: 'Meklētie vārdi (celmi)' }).textContent();
      },
      { timeout: 10_000 },
    )
    .toContain('psiholog');
  await expect(page.getByRole('region', { name: 'Meklētie vārdi (celmi)' })).not.toContainText('jan');
  await expect(page.getByRole('region', { name: 'Ieraksta veids' })).toContainText('Pašvaldības sociālais dienests');

  const firstOverdue = page.getByRole('region', { name: 'Nav pārbaudīts 12 mēnešus' }).getByRole('row').nth(1);
  const overdueName = (await firstOverdue.getByRole('link').textContent()) ?? '';
  await firstOverdue.getByRole('button', { name: /^Pārbaudīts šodien/ }).click();
  await expect(page.getByText(`Atzīmēts kā pārbaudīts: ${overdueName}.`)).toBeVisible();
});

test('providers, municipal services and crisis lines save unchanged; a new entry shows field errors; history restores', async ({ page }) => {
  await signIn(page);
  for (const [section, title] of [
    ['organizations', 'Sniedzēji'],
    ['municipal-services', 'Pašvaldību sociālie dienesti'],
    ['crisis-lines', 'Krīzes tālruņi'],
  ] as const) {
    await page.goto(`/lv/admin/${section}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.locator('tbody tr').first().getByRole('link').click();
    await save(page).click();
    await expect(page.getByText('Izmaiņas saglabātas.')).toBeVisible();
    await page.getByRole('link', { name: 'Izmaiņu vēsture' }).click();
    await expect(page.getByTestId('history-entry').first()).toContainText('Labots');
    await expect(page.getByTestId('history-entry').first()).toContainText(E2E_ACCOUNTS.editor.name);
  }

  // A new service without a name and with a broken phone: errors in Latvian at their fields, input kept.
  await page.goto('/lv/admin/services/new');
  await phones(page).fill('12345 | nepareizs');
  await page.getByRole('button', { name: 'Izveidot melnrakstu' }).click();
  await expect(page.getByText('Ieraksts netika saglabāts. Izlabojiet atzīmētos laukus:')).toBeVisible();
  await expect(page.locator('#f-name-error')).toHaveText('Obligāts lauks.');
  await expect(page.locator('#f-phones-error')).toContainText('Tālruņa numurs nav derīgs');
  await expect(phones(page)).toHaveValue('12345 | nepareizs');
  await page.getByLabel('Nosaukums (obligāts)').fill('E2E jauns pakalpojums');
  await page.getByLabel('Joma (obligāts)').selectOption('health');
  await phones(page).fill('27772292');
  await page.getByRole('button', { name: 'Izveidot melnrakstu' }).click();
  await expect(page.getByText('Melnraksts izveidots.')).toBeVisible();
  await expect(page.getByTestId('entry-status')).toHaveText('Melnraksts');

  // Restore: the conflict test's service goes back to the first coordinator's purpose.
  await openService(page, 'Brīvprātīgais darbs', 'brivpratigais-darbs-dabas-zirgi');
  await page.getByRole('link', { name: 'Izmaiņu vēsture' }).click();
  await page.getByTestId('history-entry').first().getByRole('button', { name: 'Atjaunot versiju pirms šīs izmaiņas' }).click();
  await expect(page.getByText('Iepriekšējā versija atjaunota.')).toBeVisible();
  await expect(purpose(page)).toHaveValue('Pirmā koordinatora mērķis.');
  await page.getByRole('link', { name: 'Izmaiņu vēsture' }).click();
  await expect(page.getByTestId('history-entry').first()).toContainText('Atjaunota versija');
});
