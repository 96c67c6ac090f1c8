import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_PATTERN, LATVIAN_E164 } from '@/lib/validation/common';
import {
  domainNoteRecord,
  organizationRecord,
  serviceRecord,
  type DomainNoteRecord,
  type OrganizationRecord,
  type ServiceRecord,
} from '@/lib/validation/dataset/service';
import {
  DATA_DIR,
  DATASET_FILES,
  MUNICIPALITY_SLUGS,
  extractServiceDataset,
  readSeeds,
  toJson,
} from '@/scripts/extract/services';

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));
const services = readJson(DATASET_FILES.services) as ServiceRecord[];
const organizations = readJson(DATASET_FILES.organizations) as OrganizationRecord[];
const domainNotes = readJson(DATASET_FILES.domainNotes) as DomainNoteRecord[];

const bySlug = (slug: string): ServiceRecord => {
  const service = services.find((candidate) => candidate.slug === slug);
  if (!service) throw new Error(`no service ${slug}`);
  return service;
};

/** Every string anywhere in a record, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  }
  return [];
}

describe('curated dataset of described services', () => {
  it('validates every record against the dataset schemas', () => {
    for (const service of services) expect(serviceRecord.safeParse(service).error, service.slug).toBeUndefined();
    for (const organization of organizations) {
      expect(organizationRecord.safeParse(organization).error, organization.slug).toBeUndefined();
    }
    for (const note of domainNotes) expect(domainNoteRecord.safeParse(note).error, note.slug).toBeUndefined();
  });

  it('holds every service the sources describe, by domain', () => {
    const count = (domain: ServiceRecord['domain'], source: string) =>
      services.filter((service) => service.domain === domain && service.sourceRef.startsWith(source)).length;
    // Seed 003: table 3 has 69 described services (the report's own count is "about 67"), tables 4–7
    // have 3 + 8 + 2 + 3; seed 002 (the BKUS project) offers 7 services.
    expect(count('social', '003')).toBe(69);
    expect(count('education_culture', '003')).toBe(3);
    expect(count('health', '003')).toBe(8);
    expect(count('justice', '003')).toBe(2);
    expect(count('employment', '003')).toBe(3);
    expect(count('health', '002')).toBe(7);
    expect(services).toHaveLength(92);
    expect(domainNotes.filter((note) => note.domain === 'social')).toHaveLength(5);
    for (const domain of ['education_culture', 'health', 'justice', 'employment'] as const) {
      expect(domainNotes.some((note) => note.domain === domain), domain).toBe(true);
    }
  });

  it('has unique slugs', () => {
    for (const list of [services, organizations, domainNotes]) {
      const slugs = list.map((record) => record.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('resolves every provider, complementary service and municipality', () => {
    const organizationSlugs = new Set(organizations.map((organization) => organization.slug));
    const serviceSlugs = new Set(services.map((service) => service.slug));
    const municipalitiesFile = path.join(DATA_DIR, 'municipalities.json');
    const municipalitySlugs = existsSync(municipalitiesFile)
      ? new Set((JSON.parse(readFileSync(municipalitiesFile, 'utf8')) as { slug: string }[]).map((m) => m.slug))
      : MUNICIPALITY_SLUGS;
    for (const service of services) {
      for (const provider of service.providers) expect(organizationSlugs.has(provider), `${service.slug} → ${provider}`).toBe(true);
      for (const other of service.complementaryServices) {
        expect(serviceSlugs.has(other) && other !== service.slug, `${service.slug} → ${other}`).toBe(true);
      }
      const municipalities = [
        ...service.areaMunicipalities,
        ...service.locations.flatMap((location) => (location.municipality ? [location.municipality] : [])),
      ];
      for (const municipality of municipalities) {
        expect(municipalitySlugs.has(municipality), `${service.slug} → ${municipality}`).toBe(true);
      }
    }
    const used = new Set(services.flatMap((service) => service.providers));
    expect(organizations.filter((organization) => !used.has(organization.slug))).toEqual([]);
  });

  it('has only Latvian E.164 phones, well-formed e-mails and URLs', () => {
    const all = [...services, ...organizations];
    const phones = all.flatMap((record) => [
      ...record.phones,
      ...('locations' in record ? record.locations.flatMap((location) => location.phones ?? []) : []),
    ]);
    expect(phones.length).toBeGreaterThan(30);
    for (const { number } of phones) expect(number).toMatch(LATVIAN_E164);
    const emails = all.flatMap((record) => [
      record.email,
      ...('locations' in record ? record.locations.map((location) => location.email) : []),
    ]);
    for (const email of emails.filter((value): value is string => value !== undefined)) {
      expect(email).toMatch(/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    for (const website of all.map((record) => record.website).filter((value): value is string => value !== undefined)) {
      expect(() => new URL(website)).not.toThrow();
      expect(website).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
    }
  });

  it('carries no PDF artifacts in any text', () => {
    for (const record of [...services, ...organizations, ...domainNotes]) {
      for (const [at, text] of strings(record)) {
        expect(ARTIFACT_PATTERN.test(text), `${record.slug}.${at}: ${JSON.stringify(text.slice(0, 80))}`).toBe(false);
        // no footnote number glued to a word ("pantu9", "reģistrā10")
        expect(/\p{Ll}{3,}\d{1,2}\b/u.test(text.replace(/F\d{2}(\.\d+)?/g, '')), `${record.slug}.${at}`).toBe(false);
      }
    }
  });

  it('keeps age ranges ordered and in whole years', () => {
    for (const service of services) {
      if (service.ageMin !== undefined && service.ageMax !== undefined) {
        expect(service.ageMin, service.slug).toBeLessThanOrEqual(service.ageMax);
      }
    }
  });

  it('marks the hospital project services with their end date and contacts', () => {
    const project = services.filter((service) => service.sourceRef.startsWith('002'));
    expect(project.map((service) => service.name)).toEqual([
      'Sociālā darbinieka konsultācijas',
      'Psihologa konsultācijas',
      'Kapelāna konsultācijas',
      'PEP mammas konsultācijas',
      'Atbalsta grupas',
      'Pediatrijas spēles speciālista konsultācijas',
      'Auklītes pakalpojums',
    ]);
    for (const service of project) {
      expect(service.validUntil).toBe('2027-06-30');
      expect(service.phones).toEqual([{ number: '+37125606580', description: 'Projekta kontakttālrunis' }]);
      expect(service.email).toBe('atbalstaprojekts@bkus.lv');
      expect(service.providers[0]).toBe('bernu-kliniska-universitates-slimnica');
      expect(service.ageMax).toBe(service.slug === 'bkus-pep-mammas-konsultacijas' ? 2 : 17);
    }
    expect(bySlug('bkus-auklites-pakalpojums').deliveryModes).toEqual(['in_person']);
    expect(bySlug('bkus-pep-mammas-konsultacijas').providers).toContain('pep-mammu-apvieniba');
  });

  describe('spot checks against the source text', () => {
    it('003 table 3: Foršā māja (Allaži), children aged 5–13', () => {
      const service = bySlug('forsa-maja');
      expect(service.name).toBe(
        'Sociālās rehabilitācijas pakalpojums bērniem ar uzvedības traucējumiem, kas cietuši no vardarbības “Foršā māja”',
      );
      expect(service.alternateName).toBe('Foršā māja');
      expect(service.providers).toEqual(['allazu-bernu-un-gimenes-atbalsta-centrs']);
      expect(service.purpose).toContain('bērniem vecumā no 5 līdz 13 gadiem ar nopietnām un pastāvīgām uzvedības problēmām');
      expect([service.ageMin, service.ageMax]).toEqual([5, 13]);
    });

    it('003 table 3: Mārupe social rehabilitation for young people aged 12–24', () => {
      const service = bySlug('socialas-rehabilitacijas-pakalpojums-berniem-un-jauniesiem-ar-uzvedibas-vai-atkaribas-problemam');
      expect(service.providers).toEqual(['marupes-novada-pasvaldiba']);
      expect(service.areaMunicipalities).toEqual(['marupes-novads']);
      expect(service.level).toBe('municipal');
      expect(service.methods).toContain('mentora atbalsts līdz 60 stundām mēnesī');
      expect([service.ageMin, service.ageMax, service.availableAfter18]).toEqual([12, 24, true]);
    });

    it('003 table 3: DIA+LOGS harm reduction is free and works in Rīga and Pierīga', () => {
      const service = bySlug('kaitejuma-mazinasanas-programma');
      expect(service.providers).toEqual(['dia-logs']);
      expect(service.purpose).toMatch(/^Mazināt infekcijas slimību \(HIV, B un C hepatīta, sifilisa u\.c\.\) izplatību/);
      expect(service.costKind).toBe('free');
      expect(service.priceText).toBe('Nodrošināt bezmaksas sociālā darbinieka un psihologa konsultācijas');
      expect(service.areaRegions).toEqual(['riga']);
    });

    it('003 table 3: the crisis line lists its numbers; E.164 ones are phones', () => {
      const service = bySlug('krizes-talruna-pakalpojums');
      expect(service.accessDescription).toContain('Bērnu un pusaudžu uzticības tālrunis – tālr. 116111');
      expect(service.phones.map((entry) => entry.number)).toEqual(['+37129323202', '+37125737363']);
      expect(service.methods).toContain('WhatsApp čatu');
    });

    it('003 table 5: narcological motivation programme at Ģintermuiža, 12–18, free', () => {
      const service = bySlug('pusaudzu-narkologiska-motivacijas-programma');
      expect(service.providers).toEqual(['slimnica-gintermuiza']);
      expect(service.duration).toBe('Programma ilgst 30 dienas');
      expect([service.ageMin, service.ageMax]).toEqual([12, 18]);
      expect(service.costKind).toBe('free');
      expect(service.priceText).toBe('Valsts apmaksāts pakalpojums un pacientam tas ir bez maksas.');
    });

    it('003 table 5: AST diagnostics lists providers with addresses and phones', () => {
      const service = bySlug('ast-diagnostika');
      expect(service.ageMax).toBe(service.slug === 'bkus-pep-mammas-konsultacijas' ? 2 : 17);
      expect(service.accessRoutes).toEqual(['doctor']);
      const ludza = service.locations.find((location) => location.city === 'Ludza');
      expect(ludza).toMatchObject({ addressLine: 'Raiņa iela 43', municipality: 'ludzas-novads', phones: [{ number: '+37165707090' }] });
    });

    it('003 table 6: mentor programme “Līdzgaitnieks” of the probation service, 11–17', () => {
      const service = bySlug('mentoru-programma-lidzgaitnieks');
      expect(service.providers).toEqual(['valsts-probacijas-dienests']);
      expect(service.accessRoutes).toEqual(['court_or_probation']);
      expect([service.ageMin, service.ageMax]).toEqual([11, 17]);
      expect(service.purpose).toContain('mazināt atkārtotu likumpārkāpumu risku');
    });

    it('003 table 7: summer work programme of NVA for pupils aged 15–20', () => {
      const service = bySlug('valsts-skolenu-vasaras-nodarbinatibas-programma');
      expect(service.providers).toEqual(['nodarbinatibas-valsts-agentura']);
      expect([service.ageMin, service.ageMax]).toEqual([15, 20]);
      expect(service.demand).toContain('10 405 skolēni');
    });

    it('002: the PEP mother supports mothers of children under three', () => {
      const service = bySlug('bkus-pep-mammas-konsultacijas');
      expect(service.recipientDescription).toBe('PEP mammas atbalsts var tikt nodrošināts mammām ar bērniem līdz 3 gadu vecumam.');
      expect(service.ageMax).toBe(2);
    });
  });

  it('is reproduced exactly by the extraction from the seed texts', () => {
    const extracted = extractServiceDataset(readSeeds());
    expect(toJson(extracted.services)).toBe(readFileSync(path.join(DATA_DIR, DATASET_FILES.services), 'utf8'));
    expect(toJson(extracted.organizations)).toBe(readFileSync(path.join(DATA_DIR, DATASET_FILES.organizations), 'utf8'));
    expect(toJson(extracted.domainNotes)).toBe(readFileSync(path.join(DATA_DIR, DATASET_FILES.domainNotes), 'utf8'));
  });
});
