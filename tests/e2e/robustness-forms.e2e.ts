import fc from 'fast-check';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { E2E_ACCOUNTS, waitForE2eRuntime, type E2eAccount, type E2eRuntime } from '../../scripts/admin/e2e-accounts';
import { formEntries, postForm, STACK_TRACE, type FormEntries } from './support/forms';
import { hostileText } from './support/hostile';

// Property-based tests over every form that writes: the public error report, sign-in, accepting an
// invitation, and every admin form and action (entry create/edit, status buttons, restoring a version,
// reviewing reports, verifying from the gaps page, inviting, roles, disabling, unlocking, revoking).
// Each form is read as the server rendered it, then posted as a browser without JavaScript would, with
// random, huge, malformed and hostile values, missing and repeated fields. Every answer is a page or a
// redirect (never a 5xx or a stack trace); afterwards nothing outside the targeted entries has changed, and
// every change to a targeted entry is in the audit log. Sign-out buttons carry no input and are left out.
// Runs in the desktop project only, last (file name), so that its edits do not meet the other tests'.

// Written by the e2e server when it is ready: read once it runs, not when the file is collected.
let runtime: E2eRuntime;
test.beforeAll(async () => {
  runtime = await waitForE2eRuntime();
});
const { admin, editor } = E2E_ACCOUNTS;
const RUNS = Number(process.env.E2E_FORM_RUNS ?? 12);

const TARGETS = {
  services: { table: 'Service', slug: 'bkus-auklites-pakalpojums' },
  organizations: { table: 'Organization', slug: 'latvijas-kristiga-alianse-bareniem' },
  'municipal-services': { table: 'MunicipalSocialService', slug: 'varaklanu-novada-pasvaldibas-socialais-dienests' },
  'crisis-lines': { table: 'CrisisLine', slug: 'iem-vsc-psihologi-liepaja' },
} as const;
type Section = keyof typeof TARGETS;

const isActionField = (name: string) => name.startsWith('$ACTION');

/** One way of spoiling a form: which fields get which hostile value, which go missing, what is added. */
const mutation = fc.record({
  replace: fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 4 }),
  drop: fc.array(fc.nat(), { maxLength: 2 }),
  repeat: fc.array(fc.tuple(fc.nat(), hostileText), { maxLength: 2 }),
  extra: fc.array(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'id', 'version', 'role', '$ACTION_KEY', 'x'.repeat(300)), hostileText), { maxLength: 2 }),
  // now and then one value over a megabyte (the server actions' body limit)
  huge: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function spoil(entries: FormEntries, m: Mutation): FormEntries {
  const fields = entries.map(([name]) => name).filter((name) => !isActionField(name));
  const result = entries.map(([name, value]): [string, string] => [name, value]);
  if (fields.length > 0) {
    for (const [at, value] of m.replace) {
      const name = fields[at % fields.length]!;
      const entry = result.find(([n]) => n === name);
      if (entry) entry[1] = value;
    }
    for (const at of m.drop) {
      const name = fields[at % fields.length]!;
      const index = result.findIndex(([n]) => n === name);
      if (index >= 0) result.splice(index, 1);
    }
    for (const [at, value] of m.repeat) result.push([fields[at % fields.length]!, value]);
    if (m.huge) result.push([fields[0]!, 'ž'.repeat(600_000)]);
  }
  return [...result, ...m.extra];
}

async function signedIn(browser: Browser, account: E2eAccount): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/lv/admin/sign-in');
  await page.getByLabel('E-pasts').fill(account.email);
  await page.getByLabel('Parole').fill(account.password);
  await page.getByRole('button', { name: 'Pierakstīties' }).click();
  await expect(page).toHaveURL(/\/lv\/admin$/);
  return page;
}

/**
 * Reads the form at `selector` on `pagePath` afresh for every run (versions and action ids change), spoils it
 * and posts it back to the page. The answer must be a page or a redirect, without any trace of a crash.
 */
async function fuzzForm(page: Page, pagePath: string, selector: string, runs = RUNS): Promise<number> {
  let posted = 0;
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const view = await page.goto(pagePath);
      if (!view || view.status() !== 200 || (await page.locator(selector).count()) === 0) return; // e.g. archived by an earlier run
      const entries = await formEntries(page, selector);
      expect(entries.some(([name]) => isActionField(name)), `${pagePath} ${selector} is a server action form`).toBe(true);
      const response = await postForm(page, pagePath, spoil(entries, m));
      posted++;
      const status = response.status();
      // 400/409: Next.js refusing a malformed or unknown action; 413: over the body limit (proxy.ts)
      expect([200, 303, 400, 404, 409, 413], `${pagePath} ${selector}: ${status}`).toContain(status);
      if (status === 303) expect(response.headers().location ?? '').toMatch(/^\/(lv|en|ru)\//);
      if (status === 200) expect(await response.text()).not.toMatch(STACK_TRACE);
      if (status === 413) expect(await response.text()).toContain('Sūtītais saturs ir pārāk liels');
    }),
    { numRuns: runs },
  );
  return posted;
}

interface Snapshot {
  /** table → id → md5 of the row */
  rows: Map<string, Map<string, string>>;
  versions: Map<string, number>;
  users: Map<string, string>;
}

async function snapshot(db: pg.Client): Promise<Snapshot> {
  const rows = new Map<string, Map<string, string>>();
  const versions = new Map<string, number>();
  for (const { table } of Object.values(TARGETS)) {
    const result = await db.query<{ id: string; hash: string; version: number }>(`SELECT id, md5(t::text) AS hash, version FROM "${table}" t`);
    rows.set(table, new Map(result.rows.map((r) => [r.id, r.hash])));
    for (const r of result.rows) versions.set(r.id, r.version);
  }
  const users = await db.query<{ email: string; hash: string }>(
    `SELECT email, md5(concat_ws('|', role, "passwordHash", "disabledAt", name)) AS hash FROM "User" WHERE email = ANY($1)`,
    [[admin.email, editor.email]],
  );
  return { rows, versions, users: new Map(users.rows.map((u) => [u.email, u.hash])) };
}

test('every form that writes answers hostile input with a page or a redirect, and stored data stays whole', async ({ browser }) => {
  test.setTimeout(900_000);
  const db = new pg.Client({ connectionString: runtime.databaseUrl });
  await db.connect();
  try {
    const ids = {} as Record<Section, string>;
    for (const [section, { table, slug }] of Object.entries(TARGETS) as [Section, (typeof TARGETS)[Section]][]) {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM "${table}" WHERE slug = $1`, [slug]);
      expect(rows, `${table} ${slug}`).toHaveLength(1);
      ids[section] = rows[0]!.id;
    }
    const startedAt = (await db.query<{ now: Date }>('SELECT now()')).rows[0]!.now;
    const before = await snapshot(db);

    // ── The public forms, without a session ──
    const visitor = await (await browser.newContext()).newPage();
    await fuzzForm(visitor, `/lv/services/${TARGETS.services.slug}`, 'details#report-error form');
    await fuzzForm(visitor, '/lv/admin/sign-in', 'main form:has(input[name="password"])');

    // ── An editor's forms ──
    const asEditor = await signedIn(browser, editor);
    for (const section of Object.keys(TARGETS) as Section[]) {
      await fuzzForm(asEditor, `/lv/admin/${section}/new`, 'main form:has([name="name"])', Math.ceil(RUNS / 2));
      await fuzzForm(asEditor, `/lv/admin/${section}/${ids[section]}`, 'main form:has([name="name"])');
      await fuzzForm(asEditor, `/lv/admin/${section}/${ids[section]}`, 'main form:has(input[name="transition"])', Math.ceil(RUNS / 2));
      await fuzzForm(asEditor, `/lv/admin/${section}/${ids[section]}/history`, 'main form:has(input[name="auditId"])', Math.ceil(RUNS / 2));
    }
    // A report to review (the visitor's fuzzing may have stored none that are valid).
    const reportPage = `/lv/services/${TARGETS.services.slug}`;
    await visitor.goto(reportPage);
    const report = (await formEntries(visitor, 'details#report-error form')).map(([n, v]): [string, string] => [n, n === 'message' ? 'Darba laiks ir mainījies (robustuma pārbaude).' : v]);
    expect((await postForm(visitor, reportPage, report, { 'x-forwarded-for': '192.0.2.201' })).status()).toBe(200);
    await fuzzForm(asEditor, '/lv/admin/suggestions', 'main form:has(input[name="id"])');
    // "Mark as verified" on the gaps page, for the targeted service if listed, else the first entry listed.
    await asEditor.goto('/lv/admin/gaps');
    const gapsRow = `main form:has(input[name="kind"]):has(input[name="id"][value="${ids.services}"])`;
    const gapsForm = (await asEditor.locator(gapsRow).count()) > 0 ? gapsRow : 'main form:has(input[name="kind"])';
    const gapsEntry = await asEditor.locator(gapsForm).first().locator('input[name="id"]').getAttribute('value');
    await fuzzForm(asEditor, '/lv/admin/gaps', gapsForm);

    // ── An administrator's forms, on a user made for this test ──
    const asAdmin = await signedIn(browser, admin);
    await fuzzForm(asAdmin, '/lv/admin/users/invite', 'main form:has(input[name="email"])');
    await asAdmin.goto('/lv/admin/users/invite');
    const target = `robust-${Date.now()}@e2e.test`;
    await asAdmin.getByLabel('E-pasts').fill(target);
    await asAdmin.getByRole('button', { name: 'Izveidot uzaicinājumu' }).click();
    const link = await asAdmin.getByLabel('Uzaicinājuma saite').inputValue();
    const invitationPath = new URL(link).pathname;
    await fuzzForm(visitor, invitationPath, 'main form:has(input[name="token"])');
    // the invitation is accepted properly (unless a run above already did), so there is a user to act on
    await visitor.goto(invitationPath);
    if ((await visitor.getByLabel('Parole vēlreiz').count()) > 0) {
      await visitor.getByLabel('Vārds un uzvārds').fill('Robustuma Pārbaude');
      await visitor.getByLabel('Parole', { exact: true }).fill('robustness password 2026');
      await visitor.getByLabel('Parole vēlreiz').fill('robustness password 2026');
      await visitor.getByRole('button', { name: /Izveidot kontu|Pieņemt/ }).click();
    }
    await expect.poll(async () => (await db.query('SELECT 1 FROM "User" WHERE email = $1', [target])).rowCount).toBe(1);
    const row = `tr[data-user-email="${target}"]`;
    await fuzzForm(asAdmin, '/lv/admin/users', `${row} form[data-form="change-role"]`);
    await fuzzForm(asAdmin, '/lv/admin/users', `${row} form[data-form="user-status"]`);
    // another invitation, for the revoke button
    await asAdmin.goto('/lv/admin/users/invite');
    await asAdmin.getByLabel('E-pasts').fill(`robust-revoke-${Date.now()}@e2e.test`);
    await asAdmin.getByRole('button', { name: 'Izveidot uzaicinājumu' }).click();
    await fuzzForm(asAdmin, '/lv/admin/users', 'main form:has(input[name="invitationId"])');

    // ── Nothing stored was lost or corrupted ──
    const after = await snapshot(db);
    const targetIds = new Set([...Object.values(ids), ...(gapsEntry ? [gapsEntry] : [])]);
    for (const [table, rowsBefore] of before.rows) {
      const rowsAfter = after.rows.get(table)!;
      for (const [id, hash] of rowsBefore) {
        expect(rowsAfter.has(id), `${table} ${id} still there`).toBe(true);
        if (!targetIds.has(id)) expect(rowsAfter.get(id), `${table} ${id} untouched`).toBe(hash);
      }
      const created = [...rowsAfter.keys()].filter((id) => !rowsBefore.has(id));
      if (created.length > 0) {
        const { rows } = await db.query<{ status: string }>(`SELECT status FROM "${table}" WHERE id = ANY($1::uuid[])`, [created]);
        expect(rows.every((r) => r.status === 'draft'), `new ${table} entries are drafts`).toBe(true);
      }
    }
    // Every change to a targeted entry is a new version with its before and after in the audit log.
    for (const id of targetIds) {
      const changes = (after.versions.get(id) ?? 0) - (before.versions.get(id) ?? 0);
      expect(changes).toBeGreaterThanOrEqual(0);
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE "entityId" = $1 AND "createdAt" >= $2 AND before IS NOT NULL AND after IS NOT NULL`, [id, startedAt]);
      expect(Number(rows[0]!.n), `audit rows of ${id}`).toBeGreaterThanOrEqual(changes);
    }
    expect(after.users).toEqual(before.users);
    // and the targeted entries' public pages still render (or are gone if a run archived them)
    for (const [section, { slug }] of Object.entries(TARGETS)) {
      const path = { services: 'services', organizations: 'providers', 'municipal-services': 'social-services', 'crisis-lines': 'crisis-lines' }[section];
      const response = await visitor.request.get(`/lv/${path}/${slug}`);
      expect([200, 404], `${path}/${slug}`).toContain(response.status());
    }
  } finally {
    await db.end();
  }
});
