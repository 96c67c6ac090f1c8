/**
 * Extracts the municipalities and their social services from appendix 3 of seed 003
 * ("3.pielikums. Pašvaldību sociālo dienestu kontaktinformācija") and writes
 * prisma/data/municipalities.json and prisma/data/municipal-social-services.json.
 *
 *   npm run data:extract:municipal        (seeds from ../shared/seeds, or SEEDS_DIR)
 *
 * The appendix is a three-column PDF table flattened to text: municipality and service name are broken over
 * several lines, a page break inserts the repeated table header and the page's link annotations (URLs without a
 * trailing space), and a name can continue on the next page. Everything the PDF broke and could not be read by a
 * rule is in the explicit correction tables below; each names the printed text it replaces, so a change of the
 * seed fails here instead of passing silently. Any record that does not validate stops the script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { slugify } from '@/lib/text/slug';
import {
  municipalityDataset,
  municipalSocialServiceDataset,
  type MunicipalityRecord,
  type MunicipalLocationRecord,
  type MunicipalSocialServiceRecord,
} from '@/lib/validation/dataset/municipal';
import type { PhoneRecord } from '@/lib/validation/dataset/service';

// ---------------------------------------------------------------------------------------------------------------
// Seeds and output

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = process.env.SEEDS_DIR ?? path.resolve(PROJECT_ROOT, '../shared/seeds');
export const DATA_DIR = path.join(PROJECT_ROOT, 'prisma/data');

/** Text of the seed whose file name starts with `id` ("003"). */
export function readSeed(id: string, seedsDir: string = SEEDS_DIR): string {
  const files: Record<string, string> = {
    '001': '001_df502e4cf3ec0e93.txt',
    '002': '002_702b08c1e883ff6b.txt',
    '003': '003_37068a9cc46fe536.txt',
  };
  const file = files[id];
  if (!file) throw new Error(`Unknown seed ${id}`);
  return readFileSync(path.join(seedsDir, file), 'utf8');
}

/** The committed form of a dataset: pretty-printed JSON with a final newline. */
export function datasetJson(records: unknown[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** Parses with a dataset schema; on failure names every invalid record and field, then throws. */
export function validateDataset<T>(schema: z.ZodType<T>, records: unknown, label: string): T {
  const result = schema.safeParse(records);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${label}[${i.path.join('.')}]: ${i.message}`);
    throw new Error(`Invalid ${label}:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function isMainModule(metaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && metaUrl === pathToFileURL(path.resolve(entry)).href;
}

// ---------------------------------------------------------------------------------------------------------------
// Municipalities and planning regions

type Region = MunicipalityRecord['planningRegion'];

interface MunicipalityEntry {
  name: string;
  kind: MunicipalityRecord['kind'];
  planningRegion: Region;
  /** how appendix 3 labels the row: "Talsu novads", "Rīgas valstspilsēta" */
  appendixLabel: string;
}

const stateCity = (name: string, genitive: string, planningRegion: Region): MunicipalityEntry => ({
  name,
  kind: 'valstspilseta',
  planningRegion,
  appendixLabel: `${genitive} valstspilsēta`,
});
const novads = (name: string, planningRegion: Region): MunicipalityEntry => ({
  name,
  kind: 'novads',
  planningRegion,
  appendixLabel: name,
});

/**
 * The 43 municipalities of the 2021 reform (Administratīvo teritoriju un apdzīvoto vietu likums, with Varakļānu
 * novads kept by the Constitutional Court) and their planning regions as set by Cabinet Regulation No. 418 of
 * 22 June 2021 "Noteikumi par plānošanas reģionu teritorijām" (in force 1 July 2021). The seed does not state
 * regions. Note: since 2021 Tukuma novads belongs to Kurzeme and Limbažu, Ogres, Saulkrastu and Varakļānu novads
 * to Vidzeme; the Rīga planning region is Rīga, Jūrmala and seven novadi. (The statistical region "Pierīga" is a
 * different, larger division and is not what this field means.)
 */
export const MUNICIPALITIES: readonly MunicipalityEntry[] = [
  stateCity('Daugavpils', 'Daugavpils', 'latgale'),
  stateCity('Jelgava', 'Jelgavas', 'zemgale'),
  stateCity('Jūrmala', 'Jūrmalas', 'riga'),
  stateCity('Liepāja', 'Liepājas', 'kurzeme'),
  stateCity('Rēzekne', 'Rēzeknes', 'latgale'),
  stateCity('Rīga', 'Rīgas', 'riga'),
  stateCity('Ventspils', 'Ventspils', 'kurzeme'),
  novads('Aizkraukles novads', 'zemgale'),
  novads('Alūksnes novads', 'vidzeme'),
  novads('Augšdaugavas novads', 'latgale'),
  novads('Ādažu novads', 'riga'),
  novads('Balvu novads', 'latgale'),
  novads('Bauskas novads', 'zemgale'),
  novads('Cēsu novads', 'vidzeme'),
  novads('Dienvidkurzemes novads', 'kurzeme'),
  novads('Dobeles novads', 'zemgale'),
  novads('Gulbenes novads', 'vidzeme'),
  novads('Jelgavas novads', 'zemgale'),
  novads('Jēkabpils novads', 'zemgale'),
  novads('Krāslavas novads', 'latgale'),
  novads('Kuldīgas novads', 'kurzeme'),
  novads('Ķekavas novads', 'riga'),
  novads('Limbažu novads', 'vidzeme'),
  novads('Līvānu novads', 'latgale'),
  novads('Ludzas novads', 'latgale'),
  novads('Madonas novads', 'vidzeme'),
  novads('Mārupes novads', 'riga'),
  novads('Ogres novads', 'vidzeme'),
  novads('Olaines novads', 'riga'),
  novads('Preiļu novads', 'latgale'),
  novads('Rēzeknes novads', 'latgale'),
  novads('Ropažu novads', 'riga'),
  novads('Salaspils novads', 'riga'),
  novads('Saldus novads', 'kurzeme'),
  novads('Saulkrastu novads', 'vidzeme'),
  novads('Siguldas novads', 'riga'),
  novads('Smiltenes novads', 'vidzeme'),
  novads('Talsu novads', 'kurzeme'),
  novads('Tukuma novads', 'kurzeme'),
  novads('Valkas novads', 'vidzeme'),
  novads('Valmieras novads', 'vidzeme'),
  novads('Varakļānu novads', 'vidzeme'),
  novads('Ventspils novads', 'kurzeme'),
];

/** Rows of appendix 3; the table has one row per municipality except as noted in MUNICIPALITIES_WITHOUT_ROW. */
export const APPENDIX_ROW_COUNT = 42;

/**
 * Municipalities with no row in appendix 3. Each must still be named in the seed (`evidence`), so the list of
 * municipalities comes from the source.
 */
const MUNICIPALITIES_WITHOUT_ROW: readonly { name: string; evidence: string; reason: string }[] = [
  {
    name: 'Jelgavas novads',
    evidence: '(Jelgavas novada pašvaldība)',
    reason: 'the row labelled "Jelgavas novads" has the contacts of Jelgava state city (ROW_MUNICIPALITY_CORRECTIONS)',
  },
];

/**
 * A row whose municipality label contradicts its own contacts. Jelgavas sociālo lietu pārvalde at Pulkveža Oskara
 * Kalpaka iela 9 with soc@soc.jelgava.lv and www.jelgava.lv is the institution of Jelgava state city (the domain
 * of Jelgavas novads is jelgavasnovads.lv); without this row the table would list only six of the seven state cities.
 */
const ROW_MUNICIPALITY_CORRECTIONS: readonly { printed: string; serviceName: string; municipality: string }[] = [
  { printed: 'Jelgavas novads', serviceName: 'Jelgavas sociālo lietu pārvalde', municipality: 'Jelgava' },
];

// ---------------------------------------------------------------------------------------------------------------
// Corrections of PDF breakage and misprints, each checked against the printed text

/** Words the PDF split over two lines without a hyphen (name columns). */
const NAME_WORD_JOINS: readonly { printed: string; corrected: string }[] = [
  { printed: 'Dienvidkurze mes', corrected: 'Dienvidkurzemes' },
];

/** Service names as printed → as published, keyed by municipality slug. */
const SERVICE_NAME_CORRECTIONS: Readonly<Record<string, { printed: string; corrected: string; reason: string }>> = {
  'adazu-novads': {
    printed: 'Sociālais dienests',
    corrected: 'Ādažu novada Sociālais dienests',
    reason: 'the printed name omits the municipality; the service website path is /adazu-novada-socialais-dienests',
  },
  'ogres-novads': {
    printed: 'Sociālais dienests',
    corrected: 'Ogres novada Sociālais dienests',
    reason: 'the printed name omits the municipality; the service website path is /ogres-novada-socialais-dienests',
  },
  jurmala: {
    printed: 'Jūrmalas valstspilsētas pašvaldības Sociālais dienest',
    corrected: 'Jūrmalas valstspilsētas pašvaldības Sociālais dienests',
    reason: 'last letter lost',
  },
  'livanu-novads': {
    printed: 'Līvānu novada pašvaldības Sociālais dienest',
    corrected: 'Līvānu novada pašvaldības Sociālais dienests',
    reason: 'last letter lost',
  },
  'olaines-novads': {
    printed: 'Olaines novada pašvaldības aģentūras “Olaines sociālais dienests”',
    corrected: 'Olaines novada pašvaldības aģentūra “Olaines sociālais dienests”',
    reason: 'genitive "aģentūras" in a name; the institution is the agency itself',
  },
};

/** Addresses the general reader cannot split (no commas, locative order, two places in one cell). */
const ADDRESS_CORRECTIONS: Readonly<
  Record<string, { printed: readonly string[]; locations: readonly MunicipalLocationRecord[]; reason: string }>
> = {
  'gulbenes-novads': {
    printed: ['Dīķa iela 1 Gulbene Gulbenes novads, LV-4401'],
    locations: [{ addressLine: 'Dīķa iela 1', city: 'Gulbene', postalCode: 'LV-4401' }],
    reason: 'commas missing between street, town and municipality',
  },
  jurmala: {
    printed: ['Talsu šosejā 31, 25. korpuss'],
    locations: [{ addressLine: 'Talsu šoseja 31 k-25', city: 'Jūrmala' }],
    reason: 'locative case; building number written out; the town is the state city',
  },
  'kekavas-novads': {
    printed: [
      'Gaismas iela 19, k -8, Ķekava, Ķekavas pagasts, Ķekavas novads, LV – 2123, “Adatiņas”, Daugmales pagasts, ' +
        'Ķekavas novads, LV – 2124 Uzvaras prospekts 1A Baložu pilsēta, Ķekavas novads, LV – 2128, Pārupes iela 3, ' +
        'Baldone, Ķekavas novads, LV 2125,',
    ],
    locations: [
      { addressLine: 'Gaismas iela 19 k-8', city: 'Ķekava', postalCode: 'LV-2123' },
      { addressLine: '“Adatiņas”, Daugmales pagasts', postalCode: 'LV-2124' },
      { addressLine: 'Uzvaras prospekts 1A', city: 'Baloži', postalCode: 'LV-2128' },
      { addressLine: 'Pārupes iela 3', city: 'Baldone', postalCode: 'LV-2125' },
    ],
    reason: 'four places in one cell; building number split ("k -8"); "Baložu pilsēta" is the town of Baloži',
  },
  'limbazu-novads': {
    printed: ['Limbažos, Klostera ielā 2'],
    locations: [{ addressLine: 'Klostera iela 2', city: 'Limbaži' }],
    reason: 'town first, in the locative case',
  },
  ventspils: {
    printed: ['Raiņa iela 10 un Talsu iela 39.'],
    locations: [
      { addressLine: 'Raiņa iela 10', city: 'Ventspils' },
      { addressLine: 'Talsu iela 39', city: 'Ventspils' },
    ],
    reason: 'two places joined by "un"; the town is the state city',
  },
};

/** Text after the website URL in its cell. */
const WEBSITE_TRAILING_TEXT: Readonly<Record<string, string>> = {
  'saldus-novads': '/',
};

/** Town names printed in the locative case ("Alūksnē") → nominative. */
const LOCATIVE_TOWNS: Readonly<Record<string, string>> = {
  Alūksnē: 'Alūksne',
  Daugavpilī: 'Daugavpils',
  Olainē: 'Olaine',
};

/** Street words printed in the locative case or capitalised. */
const STREET_WORDS: Readonly<Record<string, string>> = {
  ielā: 'iela',
  Iela: 'iela',
  šosejā: 'šoseja',
};

// ---------------------------------------------------------------------------------------------------------------
// Reading the table

const APPENDIX_TITLE = '3.pielikums. Pašvaldību sociālo dienestu kontaktinformācija';
const NEXT_APPENDIX = /^4\. pielikums\./;
const PAGE_HEADER = [
  'Pilsētas,',
  'pašvaldības',
  'nosaukums',
  'Sociālā',
  'dienesta',
  'nosaukums',
  'Sociālā dienesta kontaktinformācija',
];
/**
 * A PDF link annotation: a bare URL, in a run of such lines at the end of a page. Table text lines are each
 * followed by an empty line; annotation lines are not.
 */
const LINK_ANNOTATION = /^(?:https?:\/\/|mailto:|tel:)\S+$/;
/** "Ķekavas novads", "Rīgas valstspilsēta": the start of a row. */
const MUNICIPALITY_LABEL = /(?:^|\s)(\p{Lu}\p{Ll}+ (?:novads|valstspilsēta))(?=\s|$)/u;

type CellField = 'address' | 'phones' | 'email' | 'website';
const CELL_LABELS: readonly { field: CellField; pattern: RegExp }[] = [
  { field: 'address', pattern: /^Adrese(?: ([^:]+))?:\s*(.*)$/ },
  { field: 'phones', pattern: /^()Kontakttālrunis:?\s*(.*)$/ },
  { field: 'email', pattern: /^()e-pasts:\s*(.*)$/i },
  { field: 'website', pattern: /^()vietne:\s*(.*)$/i },
];

interface Token {
  text: string;
  line: number;
  /** first text after a page header */
  afterPageBreak: boolean;
}

interface CellText {
  text: string;
  line: number;
  /** "Carnikavā" in "Adrese Carnikavā:" */
  qualifier?: string;
}

/** One row of appendix 3 as printed, before corrections. */
export interface AppendixRow {
  line: number;
  municipalityLabel: string;
  serviceName: string;
  addresses: CellText[];
  phones?: CellText;
  email?: CellText;
  website?: CellText;
}

interface AppendixText {
  tokens: Token[];
  links: Set<string>;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function appendixText(seed: string): AppendixText {
  const lines = seed.split('\n');
  const start = lines.findIndex((l) => collapse(l) === APPENDIX_TITLE);
  if (start < 0) throw new Error(`Appendix 3 title not found: "${APPENDIX_TITLE}"`);
  const end = lines.findIndex((l, i) => i > start && NEXT_APPENDIX.test(collapse(l)));
  if (end < 0) throw new Error('End of appendix 3 (4. pielikums) not found');

  const tokens: Token[] = [];
  const links = new Set<string>();
  let afterPageBreak = true;
  for (let i = start + 1; i < end; i++) {
    const raw = lines[i] ?? '';
    const text = collapse(raw);
    if (text === '') continue;
    if (LINK_ANNOTATION.test(raw) && (lines[i + 1] ?? '') !== '') {
      links.add(raw);
      afterPageBreak = true;
      continue;
    }
    if (text === PAGE_HEADER[0]) {
      let j = i;
      for (const expected of PAGE_HEADER.slice(1)) {
        do j++;
        while (j < end && collapse(lines[j] ?? '') === '');
        if (collapse(lines[j] ?? '') !== expected) {
          throw new Error(`003:${j + 1}: table header expected "${expected}", found "${lines[j] ?? ''}"`);
        }
      }
      i = j;
      afterPageBreak = true;
      continue;
    }
    tokens.push({ text, line: i + 1, afterPageBreak });
    afterPageBreak = false;
  }
  return { tokens, links };
}

function applyWordJoins(text: string): string {
  let out = text;
  for (const join of NAME_WORD_JOINS) out = out.replaceAll(join.printed, join.corrected);
  return out;
}

/** A lower-case URL piece continuing a URL that the PDF broke after "-" or "/". */
function continuesUrl(url: string, piece: string): boolean {
  return (url === '' || /[-/]$/.test(url)) && /^[a-z0-9][a-z0-9\-._~/%?=&#:]*$/.test(piece);
}

/**
 * Name-column text collected since the last cell: it may end the previous row's service name (a name broken by a
 * page break) and start a new row at a municipality label.
 */
function takeNameText(parts: Token[], current: AppendixRow | undefined, rows: AppendixRow[]): AppendixRow | undefined {
  const joined = (count: number): string => applyWordJoins(parts.slice(0, count).map((p) => p.text).join(' '));
  const text = joined(parts.length);
  const label = MUNICIPALITY_LABEL.exec(text);
  const labelAt = label ? label.index + label[0].indexOf(label[1] ?? '') : text.length;
  const continuation = text.slice(0, labelAt).trim();
  if (continuation) {
    if (!current) throw new Error(`003:${parts[0]?.line}: text before the first row: "${continuation}"`);
    current.serviceName = `${current.serviceName} ${continuation}`;
  }
  if (!label?.[1]) return current;
  const labelPart = parts.findIndex((_, i) => joined(i + 1).length > labelAt);
  const row: AppendixRow = {
    line: parts[labelPart]?.line ?? 0,
    municipalityLabel: label[1],
    serviceName: text.slice(labelAt + label[1].length).trim(),
    addresses: [],
  };
  rows.push(row);
  return row;
}

/** The rows of appendix 3 as printed (PDF line breaks and page breaks undone), and its link annotations. */
export function readAppendixRows(seed: string): { rows: AppendixRow[]; links: Set<string> } {
  const { tokens, links } = appendixText(seed);
  const rows: AppendixRow[] = [];
  let current: AppendixRow | undefined;
  let field: CellField | 'name' = 'name';
  let nameParts: Token[] = [];

  for (const token of tokens) {
    const cell = CELL_LABELS.map((c) => ({ field: c.field, match: c.pattern.exec(token.text) })).find((c) => c.match);
    if (cell?.match) {
      if (nameParts.length > 0) {
        current = takeNameText(nameParts, current, rows);
        nameParts = [];
      }
      if (!current) throw new Error(`003:${token.line}: contact cell before the first row`);
      const value: CellText = { text: cell.match[2] ?? '', line: token.line };
      if (cell.match[1]) value.qualifier = cell.match[1];
      if (cell.field === 'address') current.addresses.push(value);
      else if (current[cell.field]) throw new Error(`003:${token.line}: second ${cell.field} in one row`);
      else current[cell.field] = value;
      field = cell.field;
      continue;
    }
    if (!current || nameParts.length > 0 || token.afterPageBreak || field === 'name') {
      nameParts.push(token);
      continue;
    }
    if (field === 'address') {
      const last = current.addresses.at(-1);
      if (last) last.text = `${last.text} ${token.text}`;
      continue;
    }
    if (field === 'website' && current.website && continuesUrl(current.website.text, token.text)) {
      current.website.text += token.text;
      continue;
    }
    if (field === 'website') {
      nameParts.push(token);
      continue;
    }
    throw new Error(`003:${token.line}: unexpected text after the ${field} cell: "${token.text}"`);
  }
  if (nameParts.length > 0) current = takeNameText(nameParts, current, rows);
  return { rows, links };
}

// ---------------------------------------------------------------------------------------------------------------
// From printed rows to records

function nationalNumber(printed: string, line: number): string {
  let digits = printed.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('371')) digits = digits.slice(3);
  if (!/^[2-9]\d{7}$/.test(digits)) throw new Error(`003:${line}: not a Latvian phone number: "${printed}"`);
  return `+371${digits}`;
}

/** "63350107 (Kuldīga); 63331295 (Skrunda)", "+371 654 23700", "67935814, 67957398,25690997" */
function parsePhones(cell: CellText): PhoneRecord[] {
  return cell.text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([^()]*?)\s*(?:\(([^)]+)\))?$/.exec(part);
      if (!m?.[1]) throw new Error(`003:${cell.line}: cannot read phone "${part}"`);
      const phone: PhoneRecord = { number: nationalNumber(m[1], cell.line) };
      if (m[2]) phone.description = m[2].trim();
      return phone;
    });
}

const POSTAL_CODE = /\bLV\s*[-–]?\s*(\d{4})\b/g;

/** "Daugavas iela 1, Aizkraukle, LV-5101" → street, town, postal code; pagasts/novads parts are dropped. */
function parseAddress(cell: CellText): MunicipalLocationRecord {
  const postal = [...cell.text.matchAll(POSTAL_CODE)];
  if (postal.length > 1) throw new Error(`003:${cell.line}: several postal codes in one address: "${cell.text}"`);
  const rest = cell.text.replace(POSTAL_CODE, '').replace(/\bLatvija\b/, '');
  const parts = rest
    .split(',')
    .map((p) => collapse(p).replace(/\.$/, ''))
    .filter(Boolean);
  const [street, ...others] = parts;
  if (!street) throw new Error(`003:${cell.line}: empty address`);
  const adminUnits = others.filter((p) => /(?:novads|nov\.?|pilsēta)$/.test(p));
  const parishes = others.filter((p) => /pagasts$/.test(p));
  const towns = others.filter((p) => !adminUnits.includes(p) && !parishes.includes(p));
  if (towns.length > 1) throw new Error(`003:${cell.line}: cannot tell the town in "${cell.text}"`);
  const town = towns[0];
  const location: MunicipalLocationRecord = {
    addressLine: [normaliseStreet(street), ...(town ? [] : parishes)].join(', '),
  };
  if (town) location.city = LOCATIVE_TOWNS[town] ?? town;
  const code = postal[0]?.[1];
  if (code) location.postalCode = `LV-${code}`;
  return location;
}

function normaliseStreet(street: string): string {
  return street
    .split(' ')
    .map((w) => STREET_WORDS[w] ?? w)
    .join(' ');
}

function resolveMunicipality(row: AppendixRow): MunicipalityEntry {
  const correction = ROW_MUNICIPALITY_CORRECTIONS.find((c) => c.printed === row.municipalityLabel);
  const name =
    correction && row.serviceName === correction.serviceName
      ? correction.municipality
      : MUNICIPALITIES.find((m) => m.appendixLabel === row.municipalityLabel)?.name;
  const entry = MUNICIPALITIES.find((m) => m.name === name);
  if (!entry) throw new Error(`003:${row.line}: unknown municipality "${row.municipalityLabel}"`);
  return entry;
}

function serviceName(row: AppendixRow, municipalitySlug: string): string {
  const correction = SERVICE_NAME_CORRECTIONS[municipalitySlug];
  if (!correction) return row.serviceName;
  if (correction.printed !== row.serviceName) {
    const found = `seed has "${row.serviceName}"`;
    throw new Error(`003:${row.line}: name correction expects "${correction.printed}", ${found}`);
  }
  return correction.corrected;
}

function locations(
  row: AppendixRow,
  municipality: MunicipalityEntry,
  municipalitySlug: string,
): MunicipalLocationRecord[] {
  const correction = ADDRESS_CORRECTIONS[municipalitySlug];
  if (correction) {
    const printed = JSON.stringify(row.addresses.map((a) => a.text));
    const expected = JSON.stringify(correction.printed);
    if (printed !== expected) {
      throw new Error(`003:${row.line}: address correction expects ${expected}, seed has ${printed}`);
    }
    return correction.locations.map((l) => ({ ...l }));
  }
  return row.addresses.map((cell) => {
    const location = parseAddress(cell);
    // A state city's own service without a town in its address is in that city.
    if (!location.city && municipality.kind === 'valstspilseta') location.city = municipality.name;
    // "Adrese Carnikavā:" must name the town that the address gives.
    if (cell.qualifier && !location.city?.startsWith(cell.qualifier.slice(0, -1))) {
      throw new Error(`003:${cell.line}: address labelled "${cell.qualifier}" is in "${location.city ?? '?'}"`);
    }
    return location;
  });
}

function website(row: AppendixRow, municipalitySlug: string, links: Set<string>): string | undefined {
  if (!row.website) return undefined;
  const [url = '', ...trailing] = row.website.text.split(' ');
  const expectedTrailing = WEBSITE_TRAILING_TEXT[municipalitySlug] ?? '';
  if (trailing.join(' ') !== expectedTrailing) {
    throw new Error(`003:${row.website.line}: unexpected text after the URL: "${trailing.join(' ')}"`);
  }
  // The PDF's own link annotation confirms the URL was rejoined correctly.
  if (!links.has(url)) throw new Error(`003:${row.website.line}: URL ${url} is not among the PDF's links`);
  return url;
}

export interface MunicipalDataset {
  municipalities: MunicipalityRecord[];
  socialServices: MunicipalSocialServiceRecord[];
}

/** Both municipal datasets from the text of seed 003: pure, validated, in a stable order. */
export function extractMunicipalDataset(seed003: string): MunicipalDataset {
  const { rows, links } = readAppendixRows(seed003);
  if (rows.length !== APPENDIX_ROW_COUNT) {
    throw new Error(`Appendix 3 has ${rows.length} rows, expected ${APPENDIX_ROW_COUNT}`);
  }

  const rowsByMunicipality = new Map<string, AppendixRow>();
  const socialServices = rows.map((row): MunicipalSocialServiceRecord => {
    const municipality = resolveMunicipality(row);
    const municipalitySlug = slugify(municipality.name);
    if (rowsByMunicipality.has(municipality.name)) {
      throw new Error(`003:${row.line}: second row for ${municipality.name}`);
    }
    rowsByMunicipality.set(municipality.name, row);
    if (!row.phones) throw new Error(`003:${row.line}: row without a phone`);
    const name = serviceName(row, municipalitySlug);
    const url = website(row, municipalitySlug, links);
    const email = row.email?.text.trim();
    return {
      slug: slugify(name),
      name,
      municipality: municipalitySlug,
      ...(email ? { email } : {}),
      ...(url ? { website: url } : {}),
      phones: parsePhones(row.phones),
      locations: locations(row, municipality, municipalitySlug),
      sourceRef: `003, 3. pielikums, ${row.line}. rinda`,
    };
  });

  const normalisedSeed = collapse(seed003);
  for (const missing of MUNICIPALITIES_WITHOUT_ROW) {
    if (rowsByMunicipality.has(missing.name)) throw new Error(`${missing.name} has a row after all`);
    if (!normalisedSeed.includes(missing.evidence)) throw new Error(`Seed 003 does not name ${missing.name}`);
  }
  const unmatched = MUNICIPALITIES.filter(
    (m) => !rowsByMunicipality.has(m.name) && !MUNICIPALITIES_WITHOUT_ROW.some((w) => w.name === m.name),
  );
  if (unmatched.length > 0) throw new Error(`No row in appendix 3 for ${unmatched.map((m) => m.name).join(', ')}`);

  const municipalities = MUNICIPALITIES.map(
    (m): MunicipalityRecord => ({
      slug: slugify(m.name),
      name: m.name,
      kind: m.kind,
      planningRegion: m.planningRegion,
    }),
  ).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

  const validMunicipalities = validateDataset(municipalityDataset, municipalities, 'municipalities');
  const validServices = validateDataset(municipalSocialServiceDataset, socialServices, 'municipal-social-services');
  assertUnique(validMunicipalities.map((m) => m.slug), 'municipality slug');
  assertUnique(validServices.map((s) => s.slug), 'social service slug');
  return { municipalities: validMunicipalities, socialServices: validServices };
}

function assertUnique(values: string[], label: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) throw new Error(`Duplicate ${label}: ${v}`);
    seen.add(v);
  }
}

export const MUNICIPALITIES_FILE = path.join(DATA_DIR, 'municipalities.json');
export const MUNICIPAL_SOCIAL_SERVICES_FILE = path.join(DATA_DIR, 'municipal-social-services.json');

if (isMainModule(import.meta.url)) {
  const { municipalities, socialServices } = extractMunicipalDataset(readSeed('003'));
  writeFileSync(MUNICIPALITIES_FILE, datasetJson(municipalities));
  writeFileSync(MUNICIPAL_SOCIAL_SERVICES_FILE, datasetJson(socialServices));
  console.info(
    `Wrote ${municipalities.length} municipalities and ${socialServices.length} social services to ${DATA_DIR}`,
  );
}
