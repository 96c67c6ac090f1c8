import type { Prisma } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/db/factory';
import type { CatalogueDataset } from './dataset';
import { recordHash } from './record-hash';
import type { CrisisLineRecord } from '@/lib/validation/dataset/crisis-line';
import type { MunicipalSocialServiceRecord } from '@/lib/validation/dataset/municipal';
import type { DomainNoteRecord, OrganizationRecord, PhoneRecord, ServiceRecord } from '@/lib/validation/dataset/service';

type Tx = Prisma.TransactionClient;

export type EntryKind = 'municipality' | 'municipal_social_service' | 'organization' | 'crisis_line' | 'service' | 'domain_note';

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** entries a coordinator edited since the last import: left as they are */
  skipped: { kind: EntryKind; slug: string }[];
}

/** Serialises importers across processes: two starts at once must not interleave their writes. */
const IMPORT_LOCK_KEY = 730_451_001;

const date = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const phonesCreate = (phones: PhoneRecord[] | undefined) =>
  (phones ?? []).map((p, position) => ({ number: p.number, description: p.description ?? null, position }));

type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped';

interface Existing {
  id: string;
  importHash: string | null;
  origin?: 'import' | 'admin';
}

/**
 * Decides what to do with one record. Coordinators' edits win: an entry whose origin is `admin` is never
 * overwritten by the dataset. An entry whose stored hash equals the record's is not touched at all.
 */
function decide(existing: Existing | null, hash: string): Outcome | 'write' {
  if (!existing) return 'write';
  if (existing.importHash === hash) return 'unchanged';
  if (existing.origin === 'admin') return 'skipped';
  return 'write';
}

async function recordChange(tx: Tx, kind: EntryKind, id: string, created: boolean, hash: string, previousHash: string | null) {
  await tx.auditLog.create({
    data: {
      action: created ? 'import.create' : 'import.update',
      entityType: kind,
      entityId: id,
      before: previousHash ? { importHash: previousHash } : undefined,
      after: { importHash: hash },
    },
  });
  if (kind !== 'municipality' && kind !== 'domain_note') {
    await tx.searchOutbox.create({ data: { entityType: kind, entityId: id } });
  }
}

async function importMunicipalSocialService(tx: Tx, record: MunicipalSocialServiceRecord, municipalityIds: Map<string, string>, now: Date): Promise<Outcome> {
  const hash = recordHash(record);
  const existing = await tx.municipalSocialService.findUnique({ where: { slug: record.slug }, select: { id: true, importHash: true, origin: true } });
  const action = decide(existing, hash);
  if (action !== 'write') return action;
  const municipalityId = municipalityIds.get(record.municipality);
  if (!municipalityId) throw new Error(`unknown municipality ${record.municipality}`);
  const data = {
    name: record.name,
    municipalityId,
    email: record.email ?? null,
    website: record.website ?? null,
    hours: record.hours ?? null,
    status: 'published' as const,
    origin: 'import' as const,
    importedAt: now,
    importHash: hash,
  };
  const row = existing
    ? await tx.municipalSocialService.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    : await tx.municipalSocialService.create({ data: { ...data, slug: record.slug } });
  if (existing) {
    await tx.phone.deleteMany({ where: { municipalSocialServiceId: row.id } });
    await tx.location.deleteMany({ where: { municipalSocialServiceId: row.id } });
  }
  await tx.phone.createMany({ data: phonesCreate(record.phones).map((p) => ({ ...p, municipalSocialServiceId: row.id })) });
  for (const [position, location] of record.locations.entries()) {
    await tx.location.create({
      data: {
        municipalSocialServiceId: row.id,
        municipalityId,
        position,
        name: location.name ?? null,
        addressLine: location.addressLine,
        city: location.city ?? null,
        postalCode: location.postalCode ?? null,
        hours: location.hours ?? null,
        phones: { create: phonesCreate(location.phones) },
      },
    });
  }
  await recordChange(tx, 'municipal_social_service', row.id, !existing, hash, existing?.importHash ?? null);
  return existing ? 'updated' : 'created';
}

async function importOrganization(tx: Tx, record: OrganizationRecord, now: Date): Promise<{ outcome: Outcome; id: string }> {
  const hash = recordHash(record);
  const existing = await tx.organization.findUnique({ where: { slug: record.slug }, select: { id: true, importHash: true, origin: true } });
  const action = decide(existing, hash);
  if (action !== 'write' && existing) return { outcome: action, id: existing.id };
  const data = {
    name: record.name,
    legalStatus: record.legalStatus ?? null,
    registrationNumber: record.registrationNumber ?? null,
    description: record.description ?? null,
    website: record.website ?? null,
    email: record.email ?? null,
    status: 'published' as const,
    origin: 'import' as const,
    importedAt: now,
    importHash: hash,
  };
  const row = existing
    ? await tx.organization.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    : await tx.organization.create({ data: { ...data, slug: record.slug } });
  if (existing) await tx.phone.deleteMany({ where: { organizationId: row.id } });
  await tx.phone.createMany({ data: phonesCreate(record.phones).map((p) => ({ ...p, organizationId: row.id })) });
  await recordChange(tx, 'organization', row.id, !existing, hash, existing?.importHash ?? null);
  return { outcome: existing ? 'updated' : 'created', id: row.id };
}

async function importCrisisLine(tx: Tx, record: CrisisLineRecord, now: Date): Promise<Outcome> {
  const hash = recordHash(record);
  const existing = await tx.crisisLine.findUnique({ where: { slug: record.slug }, select: { id: true, importHash: true, origin: true } });
  const action = decide(existing, hash);
  if (action !== 'write') return action;
  const data = {
    name: record.name,
    phoneNumber: record.phoneNumber ?? null,
    operatorName: record.operatorName ?? null,
    hours: record.hours ?? null,
    is24x7: record.is24x7,
    audience: record.audience ?? null,
    topics: record.topics,
    freeOfCharge: record.freeOfCharge ?? null,
    languages: record.languages,
    chatUrl: record.chatUrl ?? null,
    email: record.email ?? null,
    website: record.website ?? null,
    description: record.description ?? null,
    isEmergency: record.isEmergency,
    position: record.position,
    validUntil: date(record.validUntil),
    status: 'published' as const,
    origin: 'import' as const,
    importedAt: now,
    importHash: hash,
  };
  const row = existing
    ? await tx.crisisLine.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    : await tx.crisisLine.create({ data: { ...data, slug: record.slug } });
  if (existing) await tx.crisisLineChannel.deleteMany({ where: { crisisLineId: row.id } });
  await tx.crisisLineChannel.createMany({
    data: record.channels.map((channel, position) => ({
      crisisLineId: row.id,
      kind: channel.kind,
      value: channel.value,
      hours: channel.hours ?? null,
      is24x7: channel.is24x7,
      schedule: channel.schedule ?? undefined,
      position,
    })),
  });
  await recordChange(tx, 'crisis_line', row.id, !existing, hash, existing?.importHash ?? null);
  return existing ? 'updated' : 'created';
}

function serviceData(record: ServiceRecord, hash: string, now: Date) {
  return {
    name: record.name,
    alternateName: record.alternateName ?? null,
    purpose: record.purpose ?? null,
    tasks: record.tasks ?? null,
    domain: record.domain,
    level: record.level ?? null,
    targetGroup: record.targetGroup ?? null,
    audiences: record.audiences,
    recipientDescription: record.recipientDescription ?? null,
    ageMin: record.ageMin ?? null,
    ageMax: record.ageMax ?? null,
    availableAfter18: record.availableAfter18 ?? null,
    availableAfter18Note: record.availableAfter18Note ?? null,
    deliveryModes: record.deliveryModes,
    deliveryDescription: record.deliveryDescription ?? null,
    volume: record.volume ?? null,
    intensity: record.intensity ?? null,
    duration: record.duration ?? null,
    demand: record.demand ?? null,
    accessRoutes: record.accessRoutes,
    accessDescription: record.accessDescription ?? null,
    specialists: record.specialists ?? null,
    methods: record.methods ?? null,
    fundingSource: record.fundingSource ?? null,
    costKind: record.costKind ?? null,
    priceText: record.priceText ?? null,
    cooperationConditions: record.cooperationConditions ?? null,
    complementaryNote: record.complementaryNote ?? null,
    email: record.email ?? null,
    website: record.website ?? null,
    areaNational: record.areaNational,
    areaRegions: record.areaRegions,
    informationSource: record.informationSource ?? null,
    status: record.status,
    lastVerifiedAt: date(record.lastVerifiedAt),
    validUntil: date(record.validUntil),
    origin: 'import' as const,
    importedAt: now,
    importHash: hash,
  };
}

async function importService(
  tx: Tx,
  record: ServiceRecord,
  ids: { organizations: Map<string, string>; municipalities: Map<string, string> },
  now: Date,
): Promise<{ outcome: Outcome; id: string | null }> {
  const hash = recordHash(record);
  const existing = await tx.service.findUnique({ where: { slug: record.slug }, select: { id: true, importHash: true, origin: true } });
  const action = decide(existing, hash);
  if (action !== 'write') return { outcome: action, id: null };
  const lookup = (map: Map<string, string>, slug: string) => {
    const id = map.get(slug);
    if (!id) throw new Error(`service ${record.slug}: unknown reference ${slug}`);
    return id;
  };
  const data = serviceData(record, hash, now);
  const row = existing
    ? await tx.service.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
    : await tx.service.create({ data: { ...data, slug: record.slug } });
  if (existing) {
    await tx.serviceProvider.deleteMany({ where: { serviceId: row.id } });
    await tx.serviceAreaMunicipality.deleteMany({ where: { serviceId: row.id } });
    await tx.phone.deleteMany({ where: { serviceId: row.id } });
    await tx.location.deleteMany({ where: { services: { some: { serviceId: row.id } }, organizationId: null, municipalSocialServiceId: null } });
  }
  await tx.serviceProvider.createMany({
    data: record.providers.map((slug, position) => ({ serviceId: row.id, organizationId: lookup(ids.organizations, slug), position })),
  });
  await tx.serviceAreaMunicipality.createMany({
    data: record.areaMunicipalities.map((slug) => ({ serviceId: row.id, municipalityId: lookup(ids.municipalities, slug) })),
  });
  await tx.phone.createMany({ data: phonesCreate(record.phones).map((p) => ({ ...p, serviceId: row.id })) });
  for (const [position, location] of record.locations.entries()) {
    await tx.location.create({
      data: {
        position,
        name: location.name ?? null,
        addressLine: location.addressLine ?? null,
        city: location.city ?? null,
        postalCode: location.postalCode ?? null,
        municipalityId: location.municipality ? lookup(ids.municipalities, location.municipality) : null,
        email: location.email ?? null,
        hours: location.hours ?? null,
        confidential: location.confidential,
        phones: { create: phonesCreate(location.phones) },
        services: { create: { serviceId: row.id } },
      },
    });
  }
  await recordChange(tx, 'service', row.id, !existing, hash, existing?.importHash ?? null);
  return { outcome: existing ? 'updated' : 'created', id: row.id };
}

async function importDomainNote(tx: Tx, record: DomainNoteRecord): Promise<Outcome> {
  const hash = recordHash(record);
  const existing = await tx.domainNote.findUnique({ where: { slug: record.slug }, select: { id: true, importHash: true } });
  const action = decide(existing, hash);
  if (action !== 'write') return action;
  const data = { domain: record.domain, title: record.title, body: record.body, position: record.position, importHash: hash };
  const row = existing
    ? await tx.domainNote.update({ where: { id: existing.id }, data })
    : await tx.domainNote.create({ data: { ...data, slug: record.slug } });
  await recordChange(tx, 'domain_note', row.id, !existing, hash, existing?.importHash ?? null);
  return existing ? 'updated' : 'created';
}

/**
 * Loads the curated dataset into the database: upsert by slug, in one transaction, so a failed import
 * leaves the database as it was. Running it twice changes nothing; entries edited by a coordinator since
 * the last import are left alone and reported as skipped. Every write has an audit record and an outbox
 * row for the search index.
 */
export async function importCatalogue(db: Database, dataset: CatalogueDataset, options: { now?: Date } = {}): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, skipped: [] };
  const count = (kind: EntryKind, slug: string, outcome: Outcome) => {
    if (outcome === 'skipped') report.skipped.push({ kind, slug });
    else report[outcome]++;
  };

  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`;

      const municipalities = new Map<string, string>();
      for (const record of dataset.municipalities) {
        const existing = await tx.municipality.findUnique({ where: { slug: record.slug } });
        const data = { name: record.name, kind: record.kind, planningRegion: record.planningRegion };
        let outcome: Outcome = 'unchanged';
        let id = existing?.id;
        if (!existing) {
          id = (await tx.municipality.create({ data: { ...data, slug: record.slug } })).id;
          outcome = 'created';
        } else if (existing.name !== data.name || existing.kind !== data.kind || existing.planningRegion !== data.planningRegion) {
          await tx.municipality.update({ where: { id: existing.id }, data });
          outcome = 'updated';
        }
        if (id) municipalities.set(record.slug, id);
        count('municipality', record.slug, outcome);
      }

      for (const record of dataset.municipalSocialServices) {
        count('municipal_social_service', record.slug, await importMunicipalSocialService(tx, record, municipalities, now));
      }

      const organizations = new Map<string, string>();
      for (const record of dataset.organizations) {
        const { outcome, id } = await importOrganization(tx, record, now);
        organizations.set(record.slug, id);
        count('organization', record.slug, outcome);
      }

      for (const record of dataset.crisisLines) count('crisis_line', record.slug, await importCrisisLine(tx, record, now));

      const written = new Map<string, string>();
      for (const record of dataset.services) {
        const { outcome, id } = await importService(tx, record, { organizations, municipalities }, now);
        if (id) written.set(record.slug, id);
        count('service', record.slug, outcome);
      }
      // Links between services need every service to exist first.
      if (written.size > 0) {
        const all = new Map((await tx.service.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
        for (const record of dataset.services) {
          const id = written.get(record.slug);
          if (!id) continue;
          const targets = record.complementaryServices.flatMap((slug) => {
            const target = all.get(slug);
            return target ? [{ id: target }] : [];
          });
          await tx.service.update({ where: { id }, data: { complementsTo: { set: targets } } });
        }
      }

      for (const record of dataset.domainNotes) count('domain_note', record.slug, await importDomainNote(tx, record));
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return report;
}
