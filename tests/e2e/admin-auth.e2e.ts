import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_ACCOUNTS, type E2eAccount } from '../../scripts/admin/e2e-accounts';

// The admin area's security in a real browser against the real stack: sign-in and sign-out, the guard on
// every admin URL (found on disk, so pages added later are covered), roles, CSRF, throttling and escaping.
// The accounts come from scripts/e2e-server.ts. Security does not depend on the viewport: desktop only.
// Runs once, in the desktop project (see testIgnore in playwright.config.ts).

const { admin, editor } = E2E_ACCOUNTS;
const SIGN_IN = /\/lv\/admin\/sign-in(\?|$)/;
const GENERIC_ERROR = 'Nepareizs e-pasts vai parole, vai arī konts nav pieejams.';

/** The form's own error (role=alert) and the page's notice (role=status), not Next.js's route announcer. */
const formAlert = (page: Page) => page.locator('main p[role="alert"]');
const notice = (page: Page) => page.locator('main p[role="status"]');

async function signIn(page: Page, account: Pick<E2eAccount, 'email' | 'password'>, from = '/lv/admin/sign-in') {
  await page.goto(from);
  await page.getByLabel('E-pasts').fill(account.email);
  await page.getByLabel('Parole').fill(account.password);
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
}

async function signedInContext(browser: Browser, account: E2eAccount): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  await expect(page).toHaveURL(/\/lv\/admin$/);
  return { context, page };
}

/** name → value of every field of a form as the server rendered it (with Next.js's action fields). */
async function formFields(page: Page, selector: string): Promise<Record<string, string>> {
  return page.locator(selector).evaluate((form) =>
    Object.fromEntries(
      Array.from((form as HTMLFormElement).elements)
        .filter((element): element is HTMLInputElement | HTMLSelectElement => 'name' in element && Boolean((element as HTMLInputElement).name))
        .map((element) => [element.name, element.value]),
    ),
  );
}

/** The admin invites `email`; a fresh browser accepts the link. Returns the link (now spent). */
async function inviteAndAccept(adminPage: Page, browser: Browser, invitee: { email: string; name: string; password: string }): Promise<string> {
  await adminPage.goto('/lv/admin/users/invite');
  await adminPage.getByLabel('E-pasts').fill(invitee.email);
  await adminPage.getByRole('button', { name: 'Izveidot uzaicinājumu' }).click();
  await expect(adminPage.getByRole('heading', { name: 'Uzaicinājums izveidots' })).toBeVisible();
  await expect(adminPage.locator('section[aria-labelledby="invitation-created"]')).toContainText('e-pasts netiek sūtīts');
  const link = await adminPage.getByLabel('Uzaicinājuma saite').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/lv\/admin\/accept-invitation\/[A-Za-z0-9_-]{43}$/);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Vārds un uzvārds').fill(invitee.name);
  await page.getByLabel('Parole', { exact: true }).fill(invitee.password);
  await page.getByLabel('Parole vēlreiz').fill(invitee.password);
  await page.getByRole('button', { name: 'Izveidot kontu' }).click();
  await expect(page).toHaveURL(/\/lv\/admin$/);
  await context.close();
  return link;
}

/** Every page and route handler under app/[locale]/admin, as a URL with placeholders for dynamic segments. */
function adminRoutes(): { url: string; kind: 'page' | 'route'; file: string }[] {
  const root = path.join(process.cwd(), 'app', '[locale]', 'admin');
  const found: { url: string; kind: 'page' | 'route'; file: string }[] = [];
  const walk = (directory: string, segments: string[]) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_') || entry.name.startsWith('@')) continue; // private folders, parallel slots
        walk(full, [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        const urlSegments = segments.flatMap((segment) => {
          if (/^\(.*\)$/.test(segment)) return []; // route group
          if (/^\[\[\.\.\..+\]\]$/.test(segment)) return [];
          if (/^\[\.\.\..+\]$/.test(segment)) return ['x'];
          if (/^\[.+\]$/.test(segment)) return ['00000000-0000-4000-8000-000000000000'];
          return [segment];
        });
        found.push({ url: ['/lv/admin', ...urlSegments].join('/'), kind: entry.name.startsWith('page') ? 'page' : 'route', file: path.relative(process.cwd(), full) });
      }
    }
  };
  walk(root, []);
  return found;
}

/** Public by design: where a session begins. */
const PUBLIC_PAGES = [/^\/lv\/admin\/sign-in$/, /^\/lv\/admin\/accept-invitation\/[^/]+$/];

test('an admin signs in, reaches the dashboard and signs out; the session cookie is httpOnly, SameSite=Lax, Secure', async ({ page, context, browser }) => {
  await page.goto('/lv/admin');
  await expect(page).toHaveURL(/\/lv\/admin\/sign-in\?next=%2Flv%2Fadmin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pierakstīties administrēšanā');
  expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');

  await page.getByLabel('E-pasts').fill(admin.email);
  await page.getByLabel('Parole').fill(admin.password);
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
  await expect(page).toHaveURL(/\/lv\/admin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administrēšana');
  await expect(page.getByText(`Sveiki, ${admin.name}!`)).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Administrēšanas sadaļas' });
  await expect(nav.getByRole('link', { name: 'Lietotāji' })).toBeVisible();

  const cookie = (await context.cookies()).find((c) => c.name === 'ak_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
  expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(await page.content()).not.toContain(cookie?.value ?? '-');

  await page.getByRole('button', { name: 'Izrakstīties' }).click();
  await expect(page).toHaveURL(/\/lv\/admin\/sign-in\?signedOut=1$/);
  await expect(notice(page)).toHaveText('Jūs esat izrakstījies.');
  expect((await context.cookies()).find((c) => c.name === 'ak_session')).toBeUndefined();

  // The old token was deleted on the server: replaying it opens nothing.
  const replay = await browser.newContext();
  await replay.addCookies([{ ...cookie!, expires: -1 }]);
  const replayPage = await replay.newPage();
  await replayPage.goto('/lv/admin');
  await expect(replayPage).toHaveURL(SIGN_IN);
  await replay.close();
});

test('sign-in returns to the page asked for, and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lv/admin/users');
  await expect(page).toHaveURL(/\/lv\/admin\/sign-in\?next=%2Flv%2Fadmin%2Fusers$/);

  await page.getByLabel('E-pasts').fill(admin.email);
  await page.getByLabel('Parole').fill('not the password at all');
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
  await expect(formAlert(page)).toHaveText(GENERIC_ERROR);
  await expect(page.getByLabel('E-pasts')).toHaveValue(admin.email);
  await expect(page.getByLabel('Parole')).toHaveValue('');

  await page.getByLabel('E-pasts').fill('');
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
  await expect(page.getByText('Ierakstiet e-pasta adresi.')).toBeVisible();
  await expect(page.getByLabel('E-pasts')).toHaveAttribute('aria-invalid', 'true');

  await signIn(page, admin, page.url());
  await expect(page).toHaveURL(/\/lv\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lietotāji');
  await context.close();
});

test('every admin URL without a session redirects to sign-in (pages) or answers 401/403 (route handlers)', async ({ request }) => {
  const routes = adminRoutes();
  expect(routes.map((r) => r.url)).toEqual(expect.arrayContaining(['/lv/admin', '/lv/admin/users', '/lv/admin/account', '/lv/admin/sign-in']));
  for (const route of routes) {
    if (route.kind === 'page') {
      const response = await request.get(route.url, { maxRedirects: 0 });
      if (PUBLIC_PAGES.some((pattern) => pattern.test(route.url))) {
        expect(response.status(), route.file).toBe(200);
        continue;
      }
      expect([302, 303, 307, 308], `${route.file} → ${response.status()}`).toContain(response.status());
      const location = new URL(response.headers().location ?? '', 'http://x');
      expect(location.pathname, route.file).toBe('/lv/admin/sign-in');
    } else {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await request.fetch(route.url, { method, maxRedirects: 0, ...(method === 'GET' ? {} : { data: {} }) });
        const status = response.status();
        const toSignIn = [302, 303, 307].includes(status) && (response.headers().location ?? '').includes('/admin/sign-in');
        expect([401, 403, 405].includes(status) || toSignIn, `${method} ${route.file} → ${status}`).toBe(true);
      }
    }
  }
  // An invalid invitation link gives its explanation and no form.
  const invitation = await request.get('/lv/admin/accept-invitation/not-a-real-token');
  expect(await invitation.text()).toContain('Uzaicinājums nav derīgs');
});

test('an editor cannot open the user pages nor run the user actions, even by posting them directly', async ({ browser, baseURL }) => {
  const asAdmin = await signedInContext(browser, admin);
  await asAdmin.page.goto('/lv/admin/users');
  const editorRow = `tr[data-user-email="${editor.email}"]`;
  // The admin's own row has no buttons: nobody disables or demotes themself.
  expect(await asAdmin.page.locator(`tr[data-user-email="${admin.email}"] button`).count()).toBe(0);
  await expect(asAdmin.page.locator(editorRow)).toContainText('redaktors');
  const promote = { ...(await formFields(asAdmin.page, `${editorRow} form[data-form="change-role"]`)), role: 'admin' };
  const disable = await formFields(asAdmin.page, `${editorRow} form[data-form="user-status"]`);
  expect(Object.keys(promote).some((name) => name.startsWith('$ACTION_ID_'))).toBe(true);

  const asEditor = await signedInContext(browser, editor);
  const nav = asEditor.page.getByRole('navigation', { name: 'Administrēšanas sadaļas' });
  await expect(nav.getByRole('link', { name: 'Mans konts' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Lietotāji' })).toHaveCount(0);
  for (const url of ['/lv/admin/users', '/lv/admin/users/invite']) {
    const response = await asEditor.page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(asEditor.page.getByRole('heading', { level: 1 })).not.toHaveText(/Lietotāji|Uzaicināt/);
  }

  // The editor replays the admin's forms with their own session: promote themself, disable themself.
  for (const fields of [promote, disable]) {
    const response = await asEditor.page.request.post('/lv/admin/users', { multipart: fields, headers: { origin: baseURL ?? '' }, maxRedirects: 0 });
    expect(response.status()).toBe(404);
  }
  await asAdmin.page.goto('/lv/admin/users');
  await expect(asAdmin.page.locator(editorRow)).toContainText('redaktors');
  await expect(asAdmin.page.locator(editorRow)).toContainText('aktīvs');
  const stillEditor = await asEditor.page.goto('/lv/admin/users');
  expect(stillEditor?.status()).toBe(404);
  await asEditor.context.close();
  await asAdmin.context.close();
});

test('a cross-origin POST is refused: a forged sign-in, and another site’s form posting an admin action', async ({ browser, request, baseURL }) => {
  // A sign-in posted with a foreign Origin: Next.js refuses the action; no session cookie is set.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/lv/admin/sign-in');
  const fields = { ...(await formFields(page, 'main form')), email: admin.email, password: admin.password };
  const forged = await request.post('/lv/admin/sign-in', { multipart: fields, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(forged.headers()['set-cookie'] ?? '').not.toContain('ak_session');
  // the same fields from this origin do sign in (so the refusal above was the origin's doing)
  const genuine = await request.post('/lv/admin/sign-in', { multipart: fields, headers: { origin: baseURL ?? '' }, maxRedirects: 0 });
  expect(genuine.headers()['set-cookie'] ?? '').toContain('ak_session=');
  await context.close();

  // A page on another site, in the signed-in admin's browser, submits the "make admin" form of the editor.
  const asAdmin = await signedInContext(browser, admin);
  await asAdmin.page.goto('/lv/admin/users');
  const promote = { ...(await formFields(asAdmin.page, `tr[data-user-email="${editor.email}"] form[data-form="change-role"]`)), role: 'admin' };
  const inputs = Object.entries(promote)
    .map(([name, value]) => `<input type="hidden" name="${name.replace(/"/g, '&quot;')}" value="${value.replace(/"/g, '&quot;')}">`)
    .join('');
  await asAdmin.page.route('http://evil.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><form id="f" method="post" enctype="multipart/form-data" action="${baseURL}/lv/admin/users">${inputs}</form><script>document.getElementById('f').submit()</script>`,
    }),
  );
  const landed = asAdmin.page.waitForURL((url) => url.origin === baseURL || url.href.startsWith('chrome-error'), { timeout: 15_000 }).catch(() => undefined);
  await asAdmin.page.goto('http://evil.example/attack');
  await landed;
  await asAdmin.page.goto('/lv/admin/users');
  await expect(asAdmin.page.locator(`tr[data-user-email="${editor.email}"]`)).toContainText('redaktors');
  await asAdmin.context.close();
});

test('stored <script> in a user’s name renders inert; invitation links work once; disabling ends the sessions', async ({ browser }) => {
  const asAdmin = await signedInContext(browser, admin);
  const hostileName = '<script>window.__akXss=1</script><img src=x onerror="window.__akXss=2">';
  const invitee = { email: 'xss@e2e.test', name: hostileName, password: 'invited person password' };
  const link = await inviteAndAccept(asAdmin.page, browser, invitee);

  // single use
  const again = await browser.newPage();
  await again.goto(link);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Uzaicinājums nav derīgs');
  await again.close();

  const xssErrors: string[] = [];
  asAdmin.page.on('pageerror', (error) => xssErrors.push(error.message));
  await asAdmin.page.goto('/lv/admin/users');
  const row = asAdmin.page.locator(`tr[data-user-email="${invitee.email}"]`);
  await expect(row.getByRole('rowheader')).toHaveText(hostileName);
  expect(await row.locator('script, img').count()).toBe(0);
  expect(await asAdmin.page.evaluate(() => (window as unknown as { __akXss?: number }).__akXss)).toBeUndefined();

  // The invitee's own pages show the name as text too.
  const asInvitee = await signedInContext(browser, { ...invitee, name: hostileName, role: 'editor' });
  await expect(asInvitee.page.getByText(`Sveiki, ${hostileName}!`)).toBeVisible();
  expect(await asInvitee.page.evaluate(() => (window as unknown as { __akXss?: number }).__akXss)).toBeUndefined();

  // Disabled: the open session ends at once, and signing in gets the generic answer.
  await asAdmin.page.locator(`tr[data-user-email="${invitee.email}"] form[data-form="user-status"] button`).click();
  await expect(notice(asAdmin.page)).toHaveText('Lietotājs atslēgts; visas viņa sesijas ir beigtas.');
  await expect(asAdmin.page.locator(`tr[data-user-email="${invitee.email}"]`)).toContainText('atslēgts');
  await asInvitee.page.goto('/lv/admin/account');
  await expect(asInvitee.page).toHaveURL(SIGN_IN);
  await signIn(asInvitee.page, invitee);
  await expect(formAlert(asInvitee.page)).toHaveText(GENERIC_ERROR);
  expect(xssErrors).toEqual([]);
  await asInvitee.context.close();
  await asAdmin.context.close();
});

test('"sign out everywhere" ends the sessions on every device', async ({ browser }) => {
  const first = await signedInContext(browser, editor);
  const second = await signedInContext(browser, editor);
  await first.page.goto('/lv/admin/account');
  await expect(first.page.getByText('šī ierīce')).toHaveCount(1);
  expect(await first.page.locator('#sessions-heading ~ ul > li').count()).toBeGreaterThanOrEqual(2);
  await first.page.getByRole('button', { name: 'Izrakstīties visās ierīcēs' }).click();
  await expect(first.page).toHaveURL(/\/lv\/admin\/sign-in\?signedOut=all$/);
  await expect(notice(first.page)).toHaveText('Jūs esat izrakstījies visās ierīcēs.');
  await second.page.goto('/lv/admin');
  await expect(second.page).toHaveURL(SIGN_IN);
  await first.context.close();
  await second.context.close();
});

test('a brute-force run of wrong passwords is throttled, with the same answer for an unknown e-mail', async ({ browser }) => {
  const asAdmin = await signedInContext(browser, admin);
  const target = { email: 'brute@e2e.test', name: 'Brute Force Target', password: 'the real password 1' };
  await inviteAndAccept(asAdmin.page, browser, target);
  await asAdmin.context.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  const answers: string[] = [];
  for (let i = 0; i < 5; i++) {
    await signIn(page, { email: target.email, password: `wrong guess ${i}` });
    answers.push((await formAlert(page).textContent()) ?? '');
  }
  await signIn(page, { email: 'nobody-here@e2e.test', password: 'wrong guess' });
  const unknown = (await formAlert(page).textContent()) ?? '';
  expect(new Set([...answers, unknown])).toEqual(new Set([GENERIC_ERROR]));

  // The sixth try within 15 minutes is refused, even with the right password.
  await signIn(page, target);
  await expect(formAlert(page)).toContainText('Pārāk daudz mēģinājumu');
  await expect(page).toHaveURL(SIGN_IN);
  expect((await context.cookies()).some((c) => c.name === 'ak_session')).toBe(false);
  await context.close();
});
