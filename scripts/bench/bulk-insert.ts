import pg from 'pg';
import { SERVICES_PER_ORGANIZATION, syntheticOrganization, syntheticService, type Vocabulary } from './synthetic';

/** Rows per INSERT: a few MB of JSON per statement. */
const BATCH = 2_000;

type Row = Record<string, unknown>;

/**
 * Inserts rows in one statement per batch: the rows travel as one JSON parameter and PostgreSQL turns them
 * into the table's record type (enums, arrays and timestamps included); columns not named keep their defaults.
 */
async function insertRows(client: pg.ClientBase, table: string, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += BATCH) {
    await client.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [
      JSON.stringify(rows.slice(i, i + BATCH)),
    ]);
  }
}

/** How many synthetic organisations exist once `services` synthetic services are written. */
export const organizationsFor = (services: number) => (services <= 0 ? 0 : Math.floor((services - 1) / SERVICES_PER_ORGANIZATION) + 1);

/**
 * Writes synthetic services [from, to) and the providers they need straight into PostgreSQL (published,
 * origin import), bypassing the importer: bulk inserts in one transaction, then ANALYZE so the planner knows
 * the new sizes as autovacuum soon would. Nothing goes to the outbox; a full reindex follows.
 */
export async function writeSyntheticServices(databaseUrl: string, vocabulary: Vocabulary, from: number, to: number): Promise<{ services: number; organizations: number; ms: number }> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: municipalityRows } = await client.query<{ id: string; slug: string }>('SELECT id, slug FROM "Municipality"');
    const municipalityIds = new Map(municipalityRows.map((m) => [m.slug, m.id]));
    const municipalityId = (slug: string) => {
      const id = municipalityIds.get(slug);
      if (!id) throw new Error(`unknown municipality ${slug}: load the real dataset first`);
      return id;
    };
    const now = new Date().toISOString();
    const entry = { status: 'published', origin: 'import', importedAt: now, createdAt: now, updatedAt: now, version: 1 };

    const organizations: Row[] = [];
    const phones: Row[] = [];
    const orgIds: string[] = [];
    const firstOrganization = organizationsFor(from);
    for (let i = 0; i < organizationsFor(to); i++) {
      const org = syntheticOrganization(vocabulary, i);
      orgIds.push(org.id);
      if (i < firstOrganization) continue;
      organizations.push({ id: org.id, slug: org.slug, name: org.name, description: org.description, website: org.website, email: org.email, ...entry });
      phones.push({ id: crypto.randomUUID(), number: org.phone, position: 0, organizationId: org.id });
    }

    const services: Row[] = [];
    const providers: Row[] = [];
    const areas: Row[] = [];
    const locations: Row[] = [];
    const serviceLocations: Row[] = [];
    for (let i = from; i < to; i++) {
      const s = syntheticService(vocabulary, i);
      services.push({
        id: s.id,
        slug: s.slug,
        name: s.name,
        domain: s.domain,
        level: s.level,
        audiences: s.audiences,
        ageMin: s.ageMin,
        ageMax: s.ageMax,
        deliveryModes: s.deliveryModes,
        accessRoutes: s.accessRoutes,
        costKind: s.costKind,
        areaNational: s.areaNational,
        areaRegions: s.areaRegions,
        email: s.email,
        website: s.website,
        purpose: s.texts.purpose ?? null,
        tasks: s.texts.tasks ?? null,
        targetGroup: s.texts.targetGroup ?? null,
        recipientDescription: s.texts.recipientDescription ?? null,
        deliveryDescription: s.texts.deliveryDescription ?? null,
        accessDescription: s.texts.accessDescription ?? null,
        specialists: s.texts.specialists ?? null,
        methods: s.texts.methods ?? null,
        priceText: s.texts.priceText ?? null,
        duration: s.texts.duration ?? null,
        intensity: s.texts.intensity ?? null,
        cooperationConditions: s.texts.cooperationConditions ?? null,
        ...entry,
      });
      s.providerIndexes.forEach((orgIndex, position) => {
        const organizationId = orgIds[orgIndex];
        if (organizationId) providers.push({ serviceId: s.id, organizationId, position });
      });
      for (const slug of s.areaMunicipalitySlugs) areas.push({ serviceId: s.id, municipalityId: municipalityId(slug) });
      s.phones.forEach((number, position) => phones.push({ id: crypto.randomUUID(), number, position, serviceId: s.id }));
      s.locations.forEach((l, position) => {
        locations.push({ id: l.id, addressLine: l.addressLine, city: l.city, municipalityId: municipalityId(l.municipalitySlug), position, confidential: false, createdAt: now, updatedAt: now });
        serviceLocations.push({ serviceId: s.id, locationId: l.id });
        if (l.phone) phones.push({ id: crypto.randomUUID(), number: l.phone, position: 0, locationId: l.id });
      });
    }

    await client.query('BEGIN');
    await insertRows(client, 'Organization', organizations);
    await insertRows(client, 'Service', services);
    await insertRows(client, 'ServiceProvider', providers);
    await insertRows(client, 'ServiceAreaMunicipality', areas);
    await insertRows(client, 'Location', locations);
    await insertRows(client, 'ServiceAtLocation', serviceLocations);
    // Phones last: some belong to the locations above.
    await insertRows(client, 'Phone', phones.map((p) => ({ id: p.id, number: p.number, position: p.position, organizationId: p.organizationId ?? null, serviceId: p.serviceId ?? null, locationId: p.locationId ?? null })));
    await client.query('COMMIT');
    await client.query('ANALYZE "Organization", "Service", "ServiceProvider", "ServiceAreaMunicipality", "Location", "ServiceAtLocation", "Phone"');
    return { services: services.length, organizations: organizations.length, ms: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
