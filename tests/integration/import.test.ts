import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { loadDataset, type CatalogueDataset } from '@/lib/catalogue/dataset';
import { importCatalogue } from '@/lib/catalogue/import';

let database: TestDatabase;
let db: Database;
let dataset: CatalogueDataset;

beforeAll(async () => {
  database = await createMigratedTestDatabase('import');
  db = createDatabaseClient(database.url);
  dataset = loadDataset();
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('the dataset importer', () => {
  it('loads every record of the curated dataset', async () => {
    const report = await importCatalogue(db, dataset);
    const total = Object.values(dataset).reduce((sum, records) => sum + records.length, 0);
    expect(report).toMatchObject({ created: total, updated: 0, unchanged: 0, skipped: [] });
    expect(await db.municipality.count()).toBe(dataset.municipalities.length);
    expect(await db.municipalSocialService.count()).toBe(dataset.municipalSocialServices.length);
    expect(await db.service.count({ where: { status: 'published' } })).toBe(dataset.services.length);
    expect(await db.organization.count()).toBe(dataset.organizations.length);
    expect(await db.crisisLine.count()).toBe(dataset.crisisLines.length);
    expect(await db.domainNote.count()).toBe(dataset.domainNotes.length);
    // Every write is audited and queued for the search index.
    expect(await db.auditLog.count({ where: { action: 'import.create' } })).toBe(total - dataset.municipalities.length);
    expect(await db.searchOutbox.count()).toBe(
      dataset.municipalSocialServices.length + dataset.organizations.length + dataset.crisisLines.length + dataset.services.length,
    );
  });

  it('stores relations as the records give them', async () => {
    const record = dataset.services.find((s) => s.providers.length > 0 && s.phones.length > 0);
    expect(record).toBeDefined();
    if (!record) return;
    const stored = await db.service.findUniqueOrThrow({
      where: { slug: record.slug },
      include: { providers: { include: { organization: true }, orderBy: { position: 'asc' } }, phones: { orderBy: { position: 'asc' } } },
    });
    expect(stored.name).toBe(record.name);
    expect(stored.providers.map((p) => p.organization.slug)).toEqual(record.providers);
    expect(stored.phones.map((p) => p.number)).toEqual(record.phones.map((p) => p.number));

    const mss = dataset.municipalSocialServices[0];
    if (!mss) throw new Error('no municipal social services in the dataset');
    const storedMss = await db.municipalSocialService.findUniqueOrThrow({
      where: { slug: mss.slug },
      include: { municipality: true, phones: true, locations: true },
    });
    expect(storedMss.municipality.slug).toBe(mss.municipality);
    expect(storedMss.phones.map((p) => p.number).sort()).toEqual(mss.phones.map((p) => p.number).sort());
    expect(storedMss.locations).toHaveLength(mss.locations.length);
  });

  it('changes nothing when run again', async () => {
    const before = await db.auditLog.count();
    const versions = await db.service.findMany({ select: { slug: true, version: true, updatedAt: true }, orderBy: { slug: 'asc' } });
    const report = await importCatalogue(db, dataset);
    expect(report.created + report.updated).toBe(0);
    expect(report.skipped).toEqual([]);
    expect(await db.auditLog.count()).toBe(before);
    expect(await db.service.findMany({ select: { slug: true, version: true, updatedAt: true }, orderBy: { slug: 'asc' } })).toEqual(versions);
  });

  it('updates an entry whose record changed, and never overwrites a coordinator’s edit', async () => {
    const [first, second] = dataset.services;
    if (!first || !second) throw new Error('dataset too small');
    // A coordinator edits the second service in the admin.
    await db.service.update({ where: { slug: second.slug }, data: { name: 'Labots nosaukums', origin: 'admin', version: { increment: 1 } } });

    const changed: CatalogueDataset = {
      ...dataset,
      services: dataset.services.map((s) =>
        s.slug === first.slug ? { ...s, name: `${s.name} (atjaunots)` } : s.slug === second.slug ? { ...s, name: `${s.name} (no datu kopas)` } : s,
      ),
    };
    const report = await importCatalogue(db, changed);
    expect(report.updated).toBe(1);
    expect(report.skipped).toEqual([{ kind: 'service', slug: second.slug }]);

    const updated = await db.service.findUniqueOrThrow({ where: { slug: first.slug }, include: { providers: true } });
    expect(updated.name).toBe(`${first.name} (atjaunots)`);
    expect(updated.version).toBe(2);
    expect(updated.providers).toHaveLength(first.providers.length);
    expect(await db.auditLog.count({ where: { action: 'import.update', entityId: updated.id } })).toBe(1);
    expect((await db.service.findUniqueOrThrow({ where: { slug: second.slug } })).name).toBe('Labots nosaukums');
  });

  it('is all or nothing: a failing record leaves the database as it was', async () => {
    const before = await db.service.count();
    const broken: CatalogueDataset = {
      ...dataset,
      services: [
        { ...dataset.services[0]!, slug: 'jauns-pakalpojums-pirms-kludas' },
        { ...dataset.services[1]!, slug: 'pakalpojums-ar-kludu', providers: ['nav-tada-sniedzeja'] },
      ],
    };
    await expect(importCatalogue(db, broken)).rejects.toThrow(/nav-tada-sniedzeja/);
    expect(await db.service.count()).toBe(before);
    expect(await db.service.findUnique({ where: { slug: 'jauns-pakalpojums-pirms-kludas' } })).toBeNull();
  });

  it('two importers at once do not interleave (advisory lock)', async () => {
    const other = createDatabaseClient(database.url);
    try {
      const reports = await Promise.all([importCatalogue(db, dataset), importCatalogue(other, dataset)]);
      // The first to take the lock restores the changed record; the second finds nothing to do.
      expect(reports.map((r) => r.updated).sort()).toEqual([0, 1]);
      expect(await db.service.count({ where: { slug: dataset.services[0]!.slug } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});
