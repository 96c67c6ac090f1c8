import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/text/slug';
import { ARTIFACT_PATTERN, LATVIAN_E164, email, httpUrl } from '@/lib/validation/common';
import {
  municipalityDataset,
  municipalSocialServiceDataset,
  type MunicipalSocialServiceRecord,
} from '@/lib/validation/dataset/municipal';
import {
  APPENDIX_ROW_COUNT,
  MUNICIPAL_SOCIAL_SERVICES_FILE,
  MUNICIPALITIES_FILE,
  datasetJson,
  extractMunicipalDataset,
  readAppendixRows,
  readSeed,
} from '@/scripts/extract/municipal-social-services';

const seed = readSeed('003');
const municipalitiesText = readFileSync(MUNICIPALITIES_FILE, 'utf8');
const servicesText = readFileSync(MUNICIPAL_SOCIAL_SERVICES_FILE, 'utf8');
const municipalities = municipalityDataset.parse(JSON.parse(municipalitiesText));
const services = municipalSocialServiceDataset.parse(JSON.parse(servicesText));

/** Appendix 3 as printed, every whitespace removed: numbers broken by spaces ("654 23700") read as one. */
const appendix = (() => {
  const start = seed.indexOf('3.pielikums. Pašvaldību sociālo dienestu kontaktinformācija');
  const end = seed.indexOf('4. pielikums. Vispārīgs pakalpojumu');
  return seed.slice(start, end);
})();
const appendixCompact = appendix.replace(/\s+/g, '');

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function allPhones(s: MunicipalSocialServiceRecord): string[] {
  return [...s.phones, ...s.locations.flatMap((l) => l.phones ?? [])].map((p) => p.number);
}

function service(municipality: string): MunicipalSocialServiceRecord {
  const found = services.find((s) => s.municipality === municipality);
  if (!found) throw new Error(`no social service for ${municipality}`);
  return found;
}

describe('municipal dataset: structure', () => {
  it('validates every record against the dataset schemas (parse above would have thrown)', () => {
    expect(municipalityDataset.safeParse(JSON.parse(municipalitiesText)).success).toBe(true);
    expect(municipalSocialServiceDataset.safeParse(JSON.parse(servicesText)).success).toBe(true);
  });

  it('has one social service per row of appendix 3 and all 43 municipalities', () => {
    // Independent count: each row of the appendix has exactly one "Kontakttālrunis" cell.
    const phoneCells = appendix.match(/Kontakttālrunis/g) ?? [];
    expect(phoneCells).toHaveLength(APPENDIX_ROW_COUNT);
    expect(readAppendixRows(seed).rows).toHaveLength(APPENDIX_ROW_COUNT);
    expect(services).toHaveLength(42);
    expect(municipalities).toHaveLength(43);
  });

  it('has the 7 state cities and the planning regions of Cabinet Regulation No. 418 (2021)', () => {
    const cities = municipalities.filter((m) => m.kind === 'valstspilseta').map((m) => m.slug);
    expect(cities).toEqual(['daugavpils', 'jelgava', 'jurmala', 'liepaja', 'rezekne', 'riga', 'ventspils']);
    expect(municipalities.filter((m) => m.kind === 'novads')).toHaveLength(36);
    for (const m of municipalities) {
      expect(m.planningRegion, m.slug).toMatch(/^(riga|vidzeme|kurzeme|zemgale|latgale)$/);
      expect(m.kind, m.slug).toMatch(/^(novads|valstspilseta)$/);
    }
    const inRegion = (region: string) =>
      municipalities
        .filter((m) => m.planningRegion === region)
        .map((m) => m.slug)
        .sort();
    expect(inRegion('riga')).toEqual([
      'adazu-novads',
      'jurmala',
      'kekavas-novads',
      'marupes-novads',
      'olaines-novads',
      'riga',
      'ropazu-novads',
      'salaspils-novads',
      'siguldas-novads',
    ]);
    expect(inRegion('kurzeme')).toEqual([
      'dienvidkurzemes-novads',
      'kuldigas-novads',
      'liepaja',
      'saldus-novads',
      'talsu-novads',
      'tukuma-novads',
      'ventspils',
      'ventspils-novads',
    ]);
    expect(inRegion('vidzeme')).toEqual([
      'aluksnes-novads',
      'cesu-novads',
      'gulbenes-novads',
      'limbazu-novads',
      'madonas-novads',
      'ogres-novads',
      'saulkrastu-novads',
      'smiltenes-novads',
      'valkas-novads',
      'valmieras-novads',
      'varaklanu-novads',
    ]);
    expect(inRegion('latgale')).toEqual([
      'augsdaugavas-novads',
      'balvu-novads',
      'daugavpils',
      'kraslavas-novads',
      'livanu-novads',
      'ludzas-novads',
      'preilu-novads',
      'rezekne',
      'rezeknes-novads',
    ]);
    expect(inRegion('zemgale')).toEqual([
      'aizkraukles-novads',
      'bauskas-novads',
      'dobeles-novads',
      'jekabpils-novads',
      'jelgava',
      'jelgavas-novads',
    ]);
  });

  it('has unique slugs made by slugify() from the name', () => {
    expect(new Set(municipalities.map((m) => m.slug)).size).toBe(municipalities.length);
    expect(new Set(services.map((s) => s.slug)).size).toBe(services.length);
    for (const m of municipalities) expect(m.slug).toBe(slugify(m.name));
    for (const s of services) expect(s.slug).toBe(slugify(s.name));
    expect(municipalities.find((m) => m.name === 'Talsu novads')?.slug).toBe('talsu-novads');
    expect(municipalities.find((m) => m.name === 'Rīga')?.slug).toBe('riga');
  });

  it('links every social service to an existing municipality, at most one each', () => {
    const slugs = new Set(municipalities.map((m) => m.slug));
    for (const s of services) expect(slugs.has(s.municipality), s.slug).toBe(true);
    expect(new Set(services.map((s) => s.municipality)).size).toBe(services.length);
    // Appendix 3 has no row of its own for Jelgavas novads (see the report and the extraction script).
    expect([...slugs].filter((m) => !services.some((s) => s.municipality === m))).toEqual(['jelgavas-novads']);
  });

  it('has only valid Latvian phone numbers, each printed in appendix 3', () => {
    for (const s of services) {
      expect(allPhones(s).length, s.slug).toBeGreaterThan(0);
      for (const number of allPhones(s)) {
        expect(number, s.slug).toMatch(LATVIAN_E164);
        expect(appendixCompact, `${s.slug} ${number}`).toContain(number.slice(4));
      }
    }
  });

  it('has well-formed e-mail addresses and URLs, each printed in appendix 3', () => {
    for (const s of services) {
      expect(s.email, s.slug).toBeDefined();
      expect(email.safeParse(s.email).success, `${s.slug} ${s.email}`).toBe(true);
      expect(appendix, s.slug).toContain(s.email);
      expect(s.website, s.slug).toBeDefined();
      expect(httpUrl.safeParse(s.website).success, `${s.slug} ${s.website}`).toBe(true);
      // The PDF's link annotation of the website stands alone on a line.
      expect(appendix.split('\n'), s.slug).toContain(s.website);
    }
  });

  it('has well-formed addresses: postal codes LV-NNNN and no leftover municipality parts', () => {
    for (const s of services) {
      for (const l of s.locations) {
        if (l.postalCode) expect(l.postalCode).toMatch(/^LV-\d{4}$/);
        expect(l.addressLine, s.slug).not.toMatch(/novads|LV[ -]?\d|Latvija|(?:^|\s)ielā(?:\s|$)/);
      }
    }
  });

  it('leaves no PDF artifacts in any text', () => {
    for (const text of [...strings(municipalities), ...strings(services)]) {
      expect(ARTIFACT_PATTERN.test(text), JSON.stringify(text)).toBe(false);
      expect(text, JSON.stringify(text)).not.toMatch(/\s{2,}|^\s|\s$/);
    }
  });
});

describe('municipal dataset: spot checks against seed 003, appendix 3', () => {
  it('Aizkraukles novads (line 7334): phone and e-mail as printed and linked', () => {
    const s = service('aizkraukles-novads');
    expect(s.name).toBe('Aizkraukles novada Sociālais dienests');
    expect(s.phones).toEqual([{ number: '+37165133940' }]);
    expect(s.email).toBe('soccentrs@aizkraukle.lv');
    expect(s.locations).toEqual([{ addressLine: 'Daugavas iela 1', city: 'Aizkraukle', postalCode: 'LV-5101' }]);
    // the PDF's own link annotations of this row
    expect(seed).toContain('\ntel:65133940\nmailto:soccentrs@aizkraukle.lv\n');
  });

  it('Daugavpils (line 7476): grouped digits, a name and website continued on the next page', () => {
    const s = service('daugavpils');
    expect(appendix).toContain('Kontakttālrunis +371 654 23700');
    expect(s.phones).toEqual([{ number: '+37165423700' }]);
    expect(s.name).toBe('Daugavpils pilsētas pašvaldības iestāde “Sociālais dienests”');
    expect(s.email).toBe('socd@socd.lv');
    expect(s.website).toBe('https://socd.lv/kontakti/');
  });

  it('Kuldīgas novads (line 7686): two numbers with the place each serves', () => {
    const s = service('kuldigas-novads');
    expect(s.phones).toEqual([
      { number: '+37163350107', description: 'Kuldīga' },
      { number: '+37163331295', description: 'Skrunda' },
    ]);
    expect(s.email).toBe('soc.dienests@kuldiga.lv');
    expect(s.name).toBe('Kuldīgas novada pašvaldības aģentūra “Sociālais dienests”');
  });

  it('Ķekavas novads (line 7738): four numbers and four places', () => {
    const s = service('kekavas-novads');
    expect(s.phones.map((p) => p.number)).toEqual(['+37167935814', '+37167957398', '+37167916469', '+37125690997']);
    expect(s.locations.map((l) => [l.city, l.postalCode])).toEqual([
      ['Ķekava', 'LV-2123'],
      [undefined, 'LV-2124'],
      ['Baloži', 'LV-2128'],
      ['Baldone', 'LV-2125'],
    ]);
  });

  it('Rīga (line 8053): phone, e-mail and address', () => {
    const s = service('riga');
    expect(s.name).toBe('Rīgas sociālais dienests');
    expect(s.phones).toEqual([{ number: '+37167105048' }]);
    expect(s.email).toBe('soc@riga.lv');
    expect(s.locations).toEqual([{ addressLine: 'Baznīcas iela 19/23', city: 'Rīga', postalCode: 'LV-1010' }]);
  });

  it('Ventspils novads (line 8379) and Preiļu novads (line 7969): e-mail confirmed by the mailto link', () => {
    expect(service('ventspils-novads').email).toBe('soc.dienests@ventspilsnd.lv');
    expect(service('ventspils-novads').phones).toEqual([{ number: '+37163620510' }]);
    expect(seed).toContain('\nmailto:soc.dienests@ventspilsnd.lv\n');
    expect(service('preilu-novads').email).toBe('aija.bizane@preili.lv');
    expect(seed).toContain('\nmailto:aija.bizane@preili.lv\n');
  });

  it('Jelgava (line 7596): the row labelled "Jelgavas novads" is the state city’s sociālo lietu pārvalde', () => {
    expect(appendix).toMatch(/Jelgavas\s+novads\s+Jelgavas\s+sociālo lietu\s+pārvalde/);
    const s = service('jelgava');
    expect(s.name).toBe('Jelgavas sociālo lietu pārvalde');
    expect(s.phones.map((p) => p.number)).toEqual(['+37163048914', '+37163007224']);
    expect(s.email).toBe('soc@soc.jelgava.lv');
  });

  it('Dienvidkurzemes novads (line 7530): the word the PDF split without a hyphen is whole', () => {
    expect(appendix).toContain('Dienvidkurze\n\nmes novads');
    expect(service('dienvidkurzemes-novads').name).toBe('Dienvidkurzemes novada sociālais dienests');
  });

  it('Jūrmala and Līvāni: the truncated "dienest" is completed', () => {
    expect(service('jurmala').name).toBe('Jūrmalas valstspilsētas pašvaldības Sociālais dienests');
    expect(service('livanu-novads').name).toBe('Līvānu novada pašvaldības Sociālais dienests');
  });
});

describe('municipal dataset: extraction', () => {
  it('re-extracts from the seed exactly what is committed', () => {
    const { municipalities: m, socialServices: s } = extractMunicipalDataset(seed);
    expect(datasetJson(m)).toBe(municipalitiesText);
    expect(datasetJson(s)).toBe(servicesText);
  });

  it('gives identical output when run twice', () => {
    expect(JSON.stringify(extractMunicipalDataset(seed))).toBe(JSON.stringify(extractMunicipalDataset(seed)));
  });

  it('fails loudly on a broken number, a lost row or an unexpected name', () => {
    const shortNumber = seed.replace('Kontakttālrunis +371 65133940', 'Kontakttālrunis +371 6513394');
    expect(() => extractMunicipalDataset(shortNumber)).toThrow(/not a Latvian phone number/);
    expect(() => extractMunicipalDataset(seed.replace('Kontakttālrunis: +371 67105048', ''))).toThrow();
    expect(() => extractMunicipalDataset(seed.replace('Ogres novads  Sociālais', 'Ogres novads  Ogres'))).toThrow(
      /name correction expects/,
    );
  });
});
