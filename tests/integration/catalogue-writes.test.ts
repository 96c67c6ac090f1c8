import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { loadDataset, type CatalogueDataset } from '@/lib/catalogue/dataset';
import { importCatalogue } from '@/lib/catalogue/import';
import { listEntryHistory, storedState } from '@/lib/catalogue/audit';
import type { Actor, EntryState } from '@/lib/catalogue/entry-kinds';
import { archiveEntry, markEntryVerified, publishEntry, restoreEntry, restoreEntryFromHistory } from '@/lib/catalogue/lifecycle';
import { createService, loadService, serviceAdapter, updateService } from '@/lib/catalogue/services';
import { loadOrganization, updateOrganization } from '@/lib/catalogue/organizations';
import { loadMunicipalService, updateMunicipalService } from '@/lib/catalogue/municipal-services';
import { loadCrisisLine, updateCrisisLine } from '@/lib/catalogue/crisis-lines';
import { listSuggestions, reviewSuggestion } from '@/lib/catalogue/suggestions';
import { listServicesForAdmin, listStaleEntries } from '@/lib/catalogue/admin-lists';
import { differences } from '@/lib/catalogue/audit';
import { CATALOGUE_KINDS, type CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { loadFormOptions, uniqueNames, type FormOptions } from '@/lib/catalogue/form-options';
import { entryAdapter } from '@/lib/catalogue/lifecycle';
import { toFormObject, type ReferenceNames } from '@/lib/admin/form-values';
import { loadAllDocuments } from '@/lib/search/documents';
import { recordSearchGap, searchGapReport } from '@/lib/search/gaps';
import { replaceVocabulary, vocabularyOf } from '@/lib/search/vocabulary';
import { parseFormInput } from '@/lib/validation/admin/errors';
import { formDataToObject } from '@/lib/validation/admin/form-data';
import { serviceFormSchema, type ServiceValues } from '@/lib/validation/admin/service';
import { parseAdminListQuery } from '@/lib/validation/admin/list-query';
import { parseSearchParams } from '@/lib/validation/search-query';

let database: TestDatabase;
let db: Database;
let dataset: CatalogueDataset;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  database = await createMigratedTestDatabase('catalogue_writes');
  db = createDatabaseClient(database.url, { maxConnections: 12 });
  dataset = loadDataset();
  await importCatalogue(db, dataset);
  alice = await db.user.create({ data: { email: 'alise@example.lv', name: 'Alise', passwordHash: 'not-a-hash', role: 'editor' }, select: { id: true } });
  bob = await db.user.create({ data: { email: 'bruno@example.lv', name: 'Bruno', passwordHash: 'not-a-hash', role: 'admin' }, select: { id: true } });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** A published service of the dataset with phones, providers and places: the richest kind of entry. */
function richServiceSlug(): string {
  const record = dataset.services.find((s) => s.phones.length > 0 && s.providers.length > 0 && s.locations.length > 0) ?? dataset.services.find((s) => s.phones.length > 0);
  if (!record) throw new Error('no service with phones in the dataset');
  return record.slug;
}

async function stateOf(slug: string): Promise<EntryState<ServiceValues>> {
  const row = await db.service.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const state = await loadService(db, row.id);
  if (!state) throw new Error('service vanished');
  return state;
}

/** As the edit page shows references (components/admin/entries/entry-forms.ts). */
function referenceNamesOf(kind: CatalogueKind, options: FormOptions): ReferenceNames {
  if (kind === 'service') return { providers: uniqueNames(options.organizations), complementaryServices: uniqueNames(options.services) };
  if (kind === 'crisis_line') return { organization: uniqueNames(options.organizations) };
  return {};
}

const outboxRows = (entityId: string) => db.searchOutbox.count({ where: { entityId } });
const auditRows = (entityId: string) => db.auditLog.count({ where: { entityId } });

describe('saving an edit', () => {
  it('writes the entry, an audit row with full before/after states and an outbox row, with origin admin', async () => {
    const slug = richServiceSlug();
    const before = await stateOf(slug);
    const [outboxBefore, auditBefore] = await Promise.all([outboxRows(before.id), auditRows(before.id)]);

    const result = await updateService(db, alice, { id: before.id, version: before.version }, { ...before.values, phones: [{ number: '+37127772292', description: 'Darba dienās' }] });
    expect(result).toMatchObject({ ok: true, id: before.id, version: before.version + 1 });

    const after = await stateOf(slug);
    expect(after.values.phones).toEqual([{ number: '+37127772292', description: 'Darba dienās' }]);
    expect(after.origin).toBe('admin');
    // Everything else is kept: providers, places with their confidential flag, areas.
    expect(after.values.providers).toEqual(before.values.providers);
    expect(after.values.locations).toEqual(before.values.locations);
    expect(after.values.areaMunicipalities).toEqual(before.values.areaMunicipalities);

    expect(await auditRows(before.id)).toBe(auditBefore + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: before.id }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ action: 'entry.update', entityType: 'service', userId: alice.id });
    expect(storedState(audit.before)?.values).toEqual(JSON.parse(JSON.stringify(before.values)));
    expect(storedState<ServiceValues>(audit.after)?.values.phones).toEqual([{ number: '+37127772292', description: 'Darba dienās' }]);
    expect(storedState(audit.after)?.version).toBe(before.version + 1);
    // The service and its providers (whose documents list it) are queued for the index.
    expect(await outboxRows(before.id)).toBe(outboxBefore + 1);
  });

  it('is one transaction: when the outbox write fails, nothing of the change remains', async () => {
    const before = await stateOf(richServiceSlug());
    const auditBefore = await auditRows(before.id);
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$;
      `);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_outbox BEFORE INSERT ON "SearchOutbox" FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`);
    try {
      await expect(updateService(db, alice, { id: before.id, version: before.version }, { ...before.values, name: 'Nekad nesaglabāts' })).rejects.toThrow(/outbox refused/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_outbox ON "SearchOutbox"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_outbox()`);
    }
    const after = await stateOf(before.slug);
    expect(after).toEqual(before);
    expect(await auditRows(before.id)).toBe(auditBefore);
  });

  it('refuses a stale version with the current values and the differing fields, writing nothing', async () => {
    const start = await stateOf(richServiceSlug());
    // Bruno saves first …
    const bruno = await updateService(db, bob, { id: start.id, version: start.version }, { ...start.values, name: `${start.values.name} (Bruno)` });
    expect(bruno.ok).toBe(true);
    const auditAfterBruno = await auditRows(start.id);

    // … then Alise saves from the version she opened, with her own change.
    const yours = { ...start.values, purpose: 'Alises jaunais mērķis.' };
    const result = await updateService(db, alice, { id: start.id, version: start.version }, yours);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'conflict') throw new Error(`expected a conflict, got ${JSON.stringify(result)}`);
    expect(result.current.version).toBe(start.version + 1);
    expect(result.current.values.name).toBe(`${start.values.name} (Bruno)`);
    const fields = result.differences.map((d) => d.field);
    expect(fields).toContain('name');
    expect(fields).toContain('purpose');
    // Nothing lost: her input is in the answer, to be shown again.
    expect(result.differences.find((d) => d.field === 'purpose')).toMatchObject({ yours: 'Alises jaunais mērķis.', current: start.values.purpose ?? null });
    expect(result.differences.find((d) => d.field === 'name')).toMatchObject({ yours: start.values.name, current: `${start.values.name} (Bruno)` });

    expect(await auditRows(start.id)).toBe(auditAfterBruno);
    expect((await stateOf(start.slug)).values.purpose).toBe(start.values.purpose);

    // Saving again from the current version (after seeing the differences) succeeds.
    const again = await updateService(db, alice, { id: start.id, version: result.current.version }, yours);
    expect(again.ok).toBe(true);
  });

  it('lets exactly one of several parallel saves of the same version win', async () => {
    const start = await stateOf(richServiceSlug());
    const clients = Array.from({ length: 5 }, () => createDatabaseClient(database.url, { maxConnections: 2 }));
    try {
      const results = await Promise.all(
        clients.map((client, i) => updateService(client, i % 2 ? alice : bob, { id: start.id, version: start.version }, { ...start.values, name: `Paralēli ${i}` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(4);
      const after = await stateOf(start.slug);
      expect(after.version).toBe(start.version + 1);
      const winner = results.findIndex((r) => r.ok);
      expect(after.values.name).toBe(`Paralēli ${winner}`);
      expect(await db.auditLog.count({ where: { entityId: start.id, after: { path: ['version'], equals: start.version + 1 } } })).toBe(1);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });

  it('saves organisations, municipal social services and crisis lines the same way', async () => {
    const org = await db.organization.findFirstOrThrow({ orderBy: { slug: 'asc' } });
    const orgState = (await loadOrganization(db, org.id))!;
    expect(await updateOrganization(db, alice, { id: org.id, version: orgState.version }, { ...orgState.values, description: 'Apraksts no koordinatora.' })).toMatchObject({ ok: true });
    expect((await loadOrganization(db, org.id))?.origin).toBe('admin');

    const mss = await db.municipalSocialService.findFirstOrThrow({ orderBy: { slug: 'asc' } });
    const mssState = (await loadMunicipalService(db, mss.id))!;
    const mssResult = await updateMunicipalService(db, alice, { id: mss.id, version: mssState.version }, { ...mssState.values, hours: 'P–Pk 8.00–17.00' });
    expect(mssResult).toMatchObject({ ok: true });
    expect((await loadMunicipalService(db, mss.id))?.values.locations).toEqual(mssState.values.locations);

    const line = await db.crisisLine.findFirstOrThrow({ where: { isEmergency: false }, orderBy: { position: 'asc' } });
    const lineState = (await loadCrisisLine(db, line.id))!;
    const lineResult = await updateCrisisLine(db, alice, { id: line.id, version: lineState.version }, { ...lineState.values, audience: 'Bērni un pusaudži' });
    expect(lineResult).toMatchObject({ ok: true });
    expect((await loadCrisisLine(db, line.id))?.values.channels).toEqual(lineState.values.channels);
  });
});

describe('status, verification and history', () => {
  let created: { id: string; slug: string; version: number };

  it('creates a draft with a slug from its name, audited and queued', async () => {
    const parsed = parseFormInput(serviceFormSchema, {
      name: 'Koordinatora  jauns pakalpojums',
      domain: 'health',
      audiences: ['children'],
      phones: '2 777 2292 | darba dienās',
      providers: [dataset.organizations[0]!.name],
      areaRegions: ['kurzeme'],
      locations: [{ name: 'Patversme', city: 'Liepāja', confidential: 'on', phones: '' }],
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
    const result = await createService(db, alice, parsed.data);
    if (!result.ok) throw new Error(JSON.stringify(result));
    created = result;
    expect(result.slug).toBe('koordinatora-jauns-pakalpojums');
    const state = (await loadService(db, result.id))!;
    expect(state).toMatchObject({ status: 'draft', origin: 'admin', version: 1 });
    expect(state.values.providers).toEqual([dataset.organizations[0]!.slug]);
    expect(state.values.phones).toEqual([{ number: '+37127772292', description: 'darba dienās' }]);
    expect(state.values.locations).toEqual([{ name: 'Patversme', city: 'Liepāja', confidential: true }]);
    expect(await db.auditLog.count({ where: { entityId: result.id, action: 'entry.create' } })).toBe(1);
    expect(await outboxRows(result.id)).toBe(1);

    const twin = await createService(db, alice, parsed.data);
    expect(twin).toMatchObject({ ok: true, slug: 'koordinatora-jauns-pakalpojums-2' });
  });

  it('publishes, archives and restores (archived → draft), each audited, queued and version-checked', async () => {
    const ref = { id: created.id, version: created.version };
    const published = await publishEntry(db, bob, 'service', ref);
    expect(published).toMatchObject({ ok: true, version: 2 });
    expect(await publishEntry(db, bob, 'service', { id: created.id, version: 2 })).toMatchObject({ ok: false, reason: 'not_allowed', status: 'published' });
    // Stale: archiving from version 1.
    expect(await archiveEntry(db, bob, 'service', ref)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await archiveEntry(db, bob, 'service', { id: created.id, version: 2 })).toMatchObject({ ok: true, version: 3 });
    expect(await restoreEntry(db, bob, 'service', { id: created.id, version: 3 })).toMatchObject({ ok: true, version: 4 });
    const state = (await loadService(db, created.id))!;
    expect(state.status).toBe('draft');
    const actions = (await db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['entry.create', 'entry.publish', 'entry.archive', 'entry.restore']);
    expect(await outboxRows(created.id)).toBe(4);
    expect(await restoreEntry(db, bob, 'service', { id: created.id, version: 4 })).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(await publishEntry(db, bob, 'service', { id: '00000000-0000-4000-8000-000000000000', version: 1 })).toEqual({ ok: false, reason: 'not_found' });
  });

  it('marks an entry as verified today; organisations have no verification date', async () => {
    const now = new Date('2027-03-15T22:30:00Z'); // already 16 March in Riga
    const result = await markEntryVerified(db, alice, 'service', { id: created.id, version: 4 }, { now });
    expect(result).toMatchObject({ ok: true, version: 5 });
    expect((await loadService(db, created.id))?.lastVerifiedAt).toBe('2027-03-16');
    const org = await db.organization.findFirstOrThrow();
    expect(await markEntryVerified(db, alice, 'organization', { id: org.id, version: org.version })).toMatchObject({ ok: false, reason: 'not_allowed' });
  });

  it('restores an earlier state from the history as a new audited change', async () => {
    const start = (await loadService(db, created.id))!;
    await updateService(db, alice, { id: start.id, version: start.version }, { ...start.values, name: 'Otrais nosaukums', ageMin: 3 });
    const mid = (await loadService(db, created.id))!;
    await updateService(db, bob, { id: mid.id, version: mid.version }, { ...mid.values, name: 'Trešais nosaukums' });
    const history = await listEntryHistory(db, 'service', created.id, serviceAdapter.fields);
    expect(history[0]).toMatchObject({ action: 'entry.update', user: { name: 'Bruno' } });
    expect(history[0]!.changes).toEqual([{ field: 'name', before: 'Otrais nosaukums', after: 'Trešais nosaukums' }]);
    const firstEdit = history.find((h) => h.changes.some((c) => c.field === 'ageMin'));
    expect(firstEdit?.restorable).toEqual({ before: true, after: true });

    const current = (await loadService(db, created.id))!;
    const restored = await restoreEntryFromHistory(db, alice, 'service', { id: created.id, version: current.version }, { auditId: BigInt(firstEdit!.id), side: 'before' });
    expect(restored).toMatchObject({ ok: true, version: current.version + 1 });
    const after = (await loadService(db, created.id))!;
    expect(after.values).toEqual(start.values);
    expect(after.status).toBe(current.status);
    const latest = (await listEntryHistory(db, 'service', created.id, serviceAdapter.fields))[0]!;
    expect(latest).toMatchObject({ action: 'entry.restore_version', context: { restoredFrom: { auditId: firstEdit!.id, side: 'before' } } });

    // A stale restore is refused like any stale save.
    expect(await restoreEntryFromHistory(db, alice, 'service', { id: created.id, version: current.version }, { auditId: BigInt(firstEdit!.id), side: 'after' })).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    // An audit row of another entry cannot be restored onto this one.
    const other = await db.auditLog.findFirstOrThrow({ where: { entityId: { not: created.id }, action: 'entry.update' } });
    expect(await restoreEntryFromHistory(db, alice, 'service', { id: created.id, version: after.version }, { auditId: other.id, side: 'after' })).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('every entry survives its own form', () => {
  it('shows as form values that the form schema reads back to the same values, and saves unchanged', async () => {
    const options = await loadFormOptions(db);
    for (const kind of CATALOGUE_KINDS) {
      const adapter = entryAdapter(kind);
      const ids = await (kind === 'service'
        ? db.service.findMany({ select: { id: true } })
        : kind === 'organization'
          ? db.organization.findMany({ select: { id: true } })
          : kind === 'municipal_social_service'
            ? db.municipalSocialService.findMany({ select: { id: true } })
            : db.crisisLine.findMany({ select: { id: true } }));
      expect(ids.length).toBeGreaterThan(0);
      for (const { id } of ids) {
        const state = (await adapter.load(db, id))!;
        const form = toFormObject(state.values as Record<string, unknown>, referenceNamesOf(kind, options));
        const parsed = parseFormInput(adapter.schema, form);
        if (!parsed.success) throw new Error(`${kind} ${state.slug}: ${JSON.stringify(parsed.fieldErrors)}`);
        // References are shown by name; the domain service reads them back to slugs.
        const resolved = await db.$transaction((tx) => adapter.resolve(tx, parsed.data, id));
        if (!resolved.ok) throw new Error(`${kind} ${state.slug}: ${JSON.stringify(resolved.fieldErrors)}`);
        const diff = differences(adapter.fields, resolved.values as Record<string, unknown>, state.values as Record<string, unknown>);
        expect(diff, `${kind} ${state.slug}`).toEqual([]);
      }
    }
    // Saving a form unchanged records a save without changed fields.
    const slug = richServiceSlug();
    const state = await stateOf(slug);
    const parsed = parseFormInput(serviceFormSchema, toFormObject(state.values as Record<string, unknown>, referenceNamesOf('service', options)));
    if (!parsed.success) throw new Error('unreadable');
    expect(await updateService(db, alice, { id: state.id, version: state.version }, parsed.data)).toMatchObject({ ok: true });
    expect((await stateOf(slug)).values).toEqual(state.values);
  });
});

describe('the importer afterwards', () => {
  it('skips every entry a coordinator edited and leaves the edit in place', async () => {
    const slug = richServiceSlug();
    const edited = await stateOf(slug);
    const changed: CatalogueDataset = {
      ...dataset,
      services: dataset.services.map((s) => (s.slug === slug ? { ...s, name: `${s.name} (no datu kopas)`, purpose: 'Cits mērķis no datu kopas.' } : s)),
    };
    const report = await importCatalogue(db, changed);
    expect(report.skipped).toContainEqual({ kind: 'service', slug });
    expect(await stateOf(slug)).toEqual(edited);
  });

  it('does not undo an archive either', async () => {
    const slug = dataset.services.at(-1)!.slug;
    const state = await stateOf(slug);
    expect(await archiveEntry(db, alice, 'service', { id: state.id, version: state.version })).toMatchObject({ ok: true });
    const changed: CatalogueDataset = { ...dataset, services: dataset.services.map((s) => (s.slug === slug ? { ...s, name: `${s.name}!` } : s)) };
    await importCatalogue(db, changed);
    expect((await stateOf(slug)).status).toBe('archived');
  });
});

describe('hostile input', () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
    return parseFormInput(serviceFormSchema, formDataToObject(data));
  };

  it('stores markup and SQL quotes as inert text', async () => {
    const parsed = form({
      name: '<script>alert("xss")</script> Pakalpojums',
      domain: 'social',
      purpose: `Robert'); DROP TABLE "Service";-- un <img src=x onerror=alert(1)>`,
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
    const result = await createService(db, alice, parsed.data);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = (await loadService(db, result.id))!;
    expect(stored.values.name).toBe('<script>alert("xss")</script> Pakalpojums');
    expect(stored.values.purpose).toBe(`Robert'); DROP TABLE "Service";-- un <img src=x onerror=alert(1)>`);
    expect(await db.service.count()).toBeGreaterThan(dataset.services.length);
  });

  it('refuses huge strings, invalid phones, e-mails, URLs and enums with field errors', async () => {
    const parsed = form({
      name: 'x'.repeat(301),
      domain: "social' OR '1'='1",
      purpose: 'a'.repeat(100_000),
      phones: ['2 777 2292\n12345 | nepareizs'],
      email: 'nav-epasts',
      website: 'javascript:alert(1)',
      ageMin: '12',
      ageMax: '5',
      'locations.0.postalCode': '10',
      'locations.0.confidential': 'on',
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.fieldErrors).toMatchObject({
      name: [{ key: 'text.too_long', limit: 300 }],
      domain: [{ key: 'choice.invalid' }],
      purpose: [{ key: 'text.too_long' }],
      phones: [{ key: 'phone.invalid', item: 2 }],
      email: [{ key: 'email.invalid' }],
      website: [{ key: 'url.invalid' }],
      'locations.0.postalCode': [{ key: 'postalCode.invalid' }],
    });
  });

  it('refuses unknown references with field errors instead of failing', async () => {
    const start = await stateOf(richServiceSlug());
    const result = await updateService(db, alice, { id: start.id, version: start.version }, { ...start.values, providers: ['Nav tādas organizācijas'], areaMunicipalities: ['nav-tadas'] });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { providers: [{ key: 'reference.unknown', item: 1, value: 'Nav tādas organizācijas' }], areaMunicipalities: [{ key: 'reference.unknown' }] },
    });
    expect((await stateOf(start.slug)).version).toBe(start.version);
  });
});

describe('suggestions', () => {
  it('are accepted by the save that applies them, or rejected with a note, each once and audited', async () => {
    const target = await stateOf(richServiceSlug());
    const first = await db.suggestion.create({
      data: { entityType: 'service', entityId: target.id, field: 'contacts', message: 'Tālrunis ir mainījies.', createdAt: new Date(Date.now() - 60_000) },
    });
    const second = await db.suggestion.create({ data: { entityType: 'service', entityId: target.id, message: 'Nav vairs aktuāls.' } });
    const queue = await listSuggestions(db, { status: 'new', page: 1 });
    expect(queue.rows[0]).toMatchObject({ id: second.id, entry: { kind: 'service', id: target.id, name: target.name } });
    expect(queue.counts.new).toBe(2);

    const saved = await updateService(db, alice, { id: target.id, version: target.version }, { ...target.values, phones: [{ number: '+37167000000' }] }, { context: { suggestionId: first.id } });
    expect(saved.ok).toBe(true);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: 'accepted', reviewedById: alice.id });
    expect(await db.auditLog.count({ where: { entityId: first.id, action: 'suggestion.accept' } })).toBe(1);

    expect(await reviewSuggestion(db, bob, second.id, 'reject', 'Pakalpojums joprojām darbojas.')).toEqual({ ok: true });
    expect(await reviewSuggestion(db, alice, second.id, 'accept', null)).toEqual({ ok: false, reason: 'already_reviewed' });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: 'rejected', reviewNote: 'Pakalpojums joprojām darbojas.' });
    expect(await db.auditLog.count({ where: { entityId: second.id } })).toBe(1);
  });
});

describe('admin lists', () => {
  it('search, filter by status, domain, region and stale verification, and page', async () => {
    const all = await listServicesForAdmin(db, parseAdminListQuery({}));
    expect(all.total).toBe(await db.service.count());
    expect(all.rows.length).toBeLessThanOrEqual(25);
    const drafts = await listServicesForAdmin(db, parseAdminListQuery({ status: 'draft' }));
    expect(drafts.rows.every((r) => r.status === 'draft')).toBe(true);
    const health = await listServicesForAdmin(db, parseAdminListQuery({ domain: 'health', q: 'koordinatora' }));
    expect(health.rows.map((r) => r.slug)).toContain('koordinatora-jauns-pakalpojums-2');
    const kurzeme = await listServicesForAdmin(db, parseAdminListQuery({ region: 'kurzeme', q: 'Koordinatora' }));
    expect(kurzeme.total).toBeGreaterThan(0);
    const stale = await listServicesForAdmin(db, parseAdminListQuery({ stale: '1', status: 'published' }), new Date('2027-03-20T12:00:00Z'));
    expect(stale.rows.every((r) => r.lastVerifiedAt === null || r.lastVerifiedAt < new Date('2026-03-20'))).toBe(true);
    const junk = parseAdminListQuery({ status: 'nope', page: '-4', sort: 'DROP' });
    expect(junk).toMatchObject({ status: undefined, page: 1, sort: 'name' });
  });

  it('list published entries whose verification is older than 12 months or missing', async () => {
    const { rows } = await listStaleEntries(db, { now: new Date('2027-03-20T12:00:00Z') });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.lastVerifiedAt === null || row.lastVerifiedAt < new Date('2026-03-20')).toBe(true);
  });
});

describe('search gaps', () => {
  const query = (search: string) => parseSearchParams(new URLSearchParams(search)).query;

  it('counts only searches with 0–2 results, per day, keeping only the catalogue’s own words', async () => {
    // what a full reindex stores (lib/search/indexer.ts)
    await replaceVocabulary(db, vocabularyOf(await loadAllDocuments(db)));
    const now = new Date('2027-05-02T10:00:00Z');
    await recordSearchGap(db, query('q=psihologs Jānis Bērziņš 27772292&region=latgale&age_band=13-15'), 0, now);
    await recordSearchGap(db, query('q=psihologam Berzins&region=latgale&age_band=13-15'), 0, now);
    await recordSearchGap(db, query('q=psihologs&region=latgale&age=14'), 2, now);
    await recordSearchGap(db, query('q=psihologs&region=latgale'), 3, now);
    await recordSearchGap(db, query('q=psihologs&region=latgale&page=2'), 0, now);
    const rows = await db.searchGap.findMany({ where: { day: new Date('2027-05-02') }, orderBy: { resultBucket: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ terms: 'psiholog', region: 'latgale', ageBand: '13-15', resultBucket: 0, count: 2 });
    expect(rows[1]).toMatchObject({ terms: 'psiholog', region: 'latgale', ageBand: '13-15', resultBucket: 1, count: 1 });
    const stored = JSON.stringify(await db.searchGap.findMany({ select: { terms: true, region: true, municipality: true, ageBand: true, domain: true, entryType: true } }));
    expect(stored).not.toMatch(/jan|berzin|27772292/i);

    const report = await searchGapReport(db, { days: 7, now });
    expect(report).toMatchObject({ zero: 2, few: 1 });
    expect(report.terms[0]).toEqual({ value: 'psiholog', zero: 2, few: 1 });
    expect(report.region[0]).toEqual({ value: 'latgale', zero: 2, few: 1 });
  });

  it('never throws, even when the database refuses', async () => {
    const broken = createDatabaseClient('postgresql://postgres@127.0.0.1:1/none');
    try {
      await expect(recordSearchGap(broken, query('q=x'), 0)).resolves.toBeUndefined();
    } finally {
      await broken.$disconnect();
    }
  });
});
