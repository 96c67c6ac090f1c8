/**
 * Extracts the curated dataset of described services, their providers and the section-wide notes
 * from the seed texts (PDF text) into prisma/data/{services,organizations,domain-notes}.json.
 *
 *   npm run data:extract:services
 *
 * Seeds (shared/seeds):
 *   003 — the national report on support for children with behaviour or addiction problems: table 2
 *         (section-wide notes of the social domain), table 3 (social services), tables 4–7 (education and
 *         culture, health, justice, employment) and the section introductions.
 *   002 — the children's hospital (BKUS) psychosocial support project, which ends on 30 June 2027.
 *   000 — the psychologists' guidelines on remote work: its vocabulary (klātienē / attālināti, video /
 *         telefoniski) is what the delivery modes follow.
 *
 * How it works: every text field is cut from the seed by explicit line ranges (1-based, as `sed -n`
 * shows them) and cleaned by `SeedText.prose`: page breaks, footnote blocks, link annotations and
 * table labels interleaved at page breaks are dropped, lines are joined, "►" bullets become lines
 * starting with "– ". Structured values (ages, phones, e-mails, addresses) are written in the tables
 * below and each is checked against the seed line it comes from, so a value the text does not give
 * cannot slip in. Where the PDF text itself is broken, `LINE_FIXES` says so, line by line.
 * Everything is validated with the dataset schemas; any mismatch throws.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACT_PATTERN } from '@/lib/validation/common';
import { slugify } from '@/lib/text/slug';
import {
  domainNoteRecord,
  organizationRecord,
  serviceRecord,
  type DomainNoteRecord,
  type LocationRecord,
  type OrganizationRecord,
  type PhoneRecord,
  type ServiceRecord,
} from '@/lib/validation/dataset/service';

// ---------------------------------------------------------------------------------------------
// Seed text access and cleaning
// ---------------------------------------------------------------------------------------------

/** A line range [from, to], inclusive; `strip` is a table label printed on the first line. */
export interface LineRange {
  from: number;
  to: number;
  strip?: string;
}

const r = (from: number, to: number, strip?: string): LineRange => ({ from, to, strip });

/** A replacement on one seed line: the PDF text is broken there (glued footnote number, typo…). */
interface LineFix {
  line: number;
  from: string;
  to: string;
  why: string;
}

const BULLET = /^[►•·⮚]\s*/u;
const SUB_BULLET = /^●\s*/u;
/** "1. Sociālās…", "(1) Likum…", "1) izdarījis…"; not "13. pants" continuing a sentence. */
const NUMBERED = /^(?:\d{1,2}\.\s\p{Lu}|\(\d{1,2}\)\s|\d{1,2}\)\s)/u;
/** Lines of the narrow label column that the PDF interleaves with the text at a page break. */
const LABEL_FRAGMENTS = new Set([
  'Intervences',
  'metodes/instrumenti,',
  'kas tiek izmantotas',
  'pakalpojuma',
  'nodrošināšanā',
  'Pakalpojuma',
  'uzdevumi',
]);
/** A footnote marker: the number alone on its line (page numbers carry trailing spaces). */
const FOOTNOTE_MARKER = /^\d{1,2}$/;
/** A page number at the top of a page: digits and trailing spaces. */
const PAGE_NUMBER = /^\d{1,3}\s+$/;
/** A link annotation the PDF appends after a page (no trailing space, unlike text lines). */
const LINK_ANNOTATION = /^(?:https?:\/\/|mailto:)\S+$/;
/** A line shorter than this that ends a sentence closes its paragraph. */
const SHORT_LINE = 60;

interface Kept {
  line: number;
  text: string;
  /** a whitespace-only line (the PDF's paragraph gap) came before it */
  gapBefore: boolean;
}

export class SeedText {
  private readonly lines: string[];

  constructor(
    readonly id: string,
    text: string,
    fixes: readonly LineFix[] = [],
    /** lines that begin a bullet whose "►" the PDF lost (the last item of some lists) */
    private readonly lostBullets: ReadonlySet<number> = new Set(),
  ) {
    this.lines = text.split('\n');
    for (const fix of fixes) {
      const current = this.raw(fix.line);
      if (!current.includes(fix.from)) {
        throw new Error(`${id}:${fix.line}: fix "${fix.from}" not found in "${current}"`);
      }
      this.lines[fix.line - 1] = current.replace(fix.from, fix.to);
    }
  }

  /** The raw text of a 1-based line. */
  raw(line: number): string {
    const text = this.lines[line - 1];
    if (text === undefined) throw new Error(`${this.id}: no line ${line}`);
    return text;
  }

  /** Asserts that `line` contains `literal` and returns the literal: every structured value is grounded. */
  at(line: number, literal: string): string {
    const text = this.raw(line).replace(/\s+/g, ' ');
    if (!text.includes(literal)) {
      throw new Error(`${this.id}:${line}: "${literal}" not found in "${this.raw(line)}"`);
    }
    return literal;
  }

  /** Number of lines. */
  get length(): number {
    return this.lines.length;
  }

  /** The cleaned prose of one or more line ranges. */
  prose(...ranges: LineRange[]): string {
    const kept = this.keep(ranges);
    const text = render(kept, this.lostBullets);
    if (text === '') throw new Error(`${this.id}: empty text in ${describe(ranges)}`);
    const artifact = ARTIFACT_PATTERN.exec(text);
    if (artifact) {
      throw new Error(`${this.id}: artifact ${JSON.stringify(artifact[0])} in ${describe(ranges)}: ${text}`);
    }
    return text;
  }

  /** The part of the cleaned prose from the phrase `start` to the phrase `end`, both included. */
  excerpt(ranges: LineRange | LineRange[], start: string, end: string): string {
    const text = this.prose(...(Array.isArray(ranges) ? ranges : [ranges]));
    const from = text.indexOf(start);
    if (from < 0) throw new Error(`${this.id}: excerpt start "${start}" not found in: ${text}`);
    const to = text.indexOf(end, from);
    if (to < 0) throw new Error(`${this.id}: excerpt end "${end}" not found in: ${text}`);
    return text.slice(from, to + end.length);
  }

  /** Drops footnotes, page numbers, link annotations and label fragments; strips a leading label. */
  private keep(ranges: LineRange[]): Kept[] {
    const kept: Kept[] = [];
    for (const range of ranges) {
      if (range.from > range.to) throw new Error(`${this.id}: bad range ${describe([range])}`);
      let gap = false;
      let inFootnote = false;
      let afterMarker = false;
      let first = true;
      for (let line = range.from; line <= range.to; line++) {
        const raw = this.raw(line);
        if (FOOTNOTE_MARKER.test(raw)) {
          // The gap before a footnote block is the page's foot, not a paragraph break.
          gap = false;
          inFootnote = true;
          afterMarker = true;
          continue;
        }
        if (inFootnote) {
          if (raw.trim() === '') continue;
          // The footnote's first line follows its marker; its continuation lines have no leading
          // space; the next page begins with a space-indented line.
          if (afterMarker || !raw.startsWith(' ')) {
            afterMarker = false;
            continue;
          }
          inFootnote = false;
        }
        if (raw === '') continue;
        if (raw.trim() === '') {
          gap = true;
          continue;
        }
        if (PAGE_NUMBER.test(raw) || LINK_ANNOTATION.test(raw)) continue;
        let text = raw.trim().replace(/\s+/g, ' ');
        if (first && range.strip !== undefined) {
          if (!text.startsWith(range.strip)) {
            throw new Error(`${this.id}:${line}: label "${range.strip}" not found in "${text}"`);
          }
          text = text.slice(range.strip.length).trim();
        }
        first = false;
        if (text === '' || LABEL_FRAGMENTS.has(text)) continue;
        kept.push({ line, text, gapBefore: gap && kept.length > 0 });
        gap = false;
      }
    }
    return kept;
  }
}

type ItemKind = 'para' | 'bullet' | 'numbered';

/** Joins kept lines into paragraphs (blank line between) and bullet lines ("– …", one per line). */
function render(kept: Kept[], lostBullets: ReadonlySet<number>): string {
  const items: { kind: ItemKind; text: string }[] = [];
  let previous: Kept | undefined;
  for (const current of kept) {
    let text = current.text;
    const last = items[items.length - 1];
    if (BULLET.test(text) || lostBullets.has(current.line)) {
      items.push({ kind: 'bullet', text: text.replace(BULLET, '') });
    } else if (SUB_BULLET.test(text) && last && last.kind === 'bullet') {
      // Sub-items of a bullet continue its sentence ("Risināt konkrētās problēmas: a; b; c.").
      last.text += ` ${text.replace(SUB_BULLET, '')}`;
    } else if (NUMBERED.test(text)) {
      items.push({ kind: 'numbered', text });
    } else if (
      !last ||
      (current.gapBefore && /^[\p{Lu}\d“"(]/u.test(text)) ||
      (previous !== undefined &&
        /[.!?:]$/.test(previous.text) &&
        previous.text.length < SHORT_LINE &&
        /^[\p{Lu}\d]/u.test(text))
    ) {
      text = text.replace(SUB_BULLET, '');
      items.push({ kind: 'para', text });
    } else {
      last.text += ` ${text}`;
    }
    previous = current;
  }
  let out = '';
  items.forEach((item, index) => {
    const line = item.kind === 'bullet' ? `– ${item.text}` : item.text;
    if (index === 0) {
      out = line;
      return;
    }
    const before = items[index - 1];
    const listContinues = item.kind !== 'para' && (before?.kind !== 'para' || before.text.endsWith(':'));
    out += (listContinues ? '\n' : '\n\n') + line;
  });
  return out.replace(/ ([.,;:])/g, '$1').trim();
}

function describe(ranges: LineRange[]): string {
  return ranges.map((range) => `${range.from}–${range.to}`).join(', ');
}

/** "29164747", "+371 29164747", "657 07090" → "+37129164747". */
export function latvianPhone(text: string): string {
  const digits = text.replace(/^\+371/, '').replace(/\D/g, '');
  const number = `+371${digits}`;
  if (!/^\+371[2-9]\d{7}$/.test(number)) throw new Error(`not a Latvian phone number: "${text}"`);
  return number;
}

// ---------------------------------------------------------------------------------------------
// Corrections of the PDF text
// ---------------------------------------------------------------------------------------------

/** Seed 003: footnote numbers glued to words, typos that garble a word, stray spaces. */
const REPORT_FIXES: LineFix[] = [
  { line: 677, from: ').8 Lai', to: ') Lai', why: 'footnote 8' },
  { line: 924, from: 'pantu9', to: 'pantu', why: 'footnote 9' },
  { line: 928, from: 'reģistrā10', to: 'reģistrā', why: 'footnote 10' },
  { line: 964, from: 'AST).11', to: 'AST).', why: 'footnote 11' },
  { line: 978, from: 'lapā.12', to: 'lapā.', why: 'footnote 12' },
  { line: 1006, from: 'lapā.13', to: 'lapā.', why: 'footnote 13' },
  { line: 1012, from: 'Sertificētas PEP mammu reģistrs', to: 'Sertificēto PEP mammu reģistrs', why: 'case ending' },
  { line: 1014, from: 'lapā.14', to: 'lapā.', why: 'footnote 14' },
  { line: 1054, from: 'pants15)', to: 'pants)', why: 'footnote 15' },
  { line: 1289, from: 'wacap', to: 'WhatsApp', why: 'garbled product name' },
  { line: 2900, from: 'Vecākiem', to: 'Vecākiem:', why: 'sub-heading of a list in a table cell' },
  { line: 2912, from: 'Jauniešiem', to: 'Jauniešiem:', why: 'sub-heading of a list in a table cell' },
  { line: 3242, from: 'vadībā17,', to: 'vadībā,', why: 'footnote 17' },
  { line: 3246, from: 'grūtībām.18', to: 'grūtībām.', why: 'footnote 18' },
  { line: 3646, from: 'vecinot', to: 'veicinot', why: 'typo' },
  { line: 4141, from: '“ Resiliences', to: '“Resiliences', why: 'stray space' },
  { line: 4219, from: 'resiliences20', to: 'resiliences', why: 'footnote 20' },
  { line: 4319, from: 'salutoģenēze,21', to: 'salutoģenēze,', why: 'footnote 21' },
  { line: 4704, from: '“Liepāja” .', to: '“Liepāja”.', why: 'stray space' },
  { line: 4815, from: 'metode,22', to: 'metode,', why: 'footnote 22' },
  { line: 5377, from: '(VIIS)23', to: '(VIIS)', why: 'footnote 23' },
  { line: 5595, from: 'attīstību.24', to: 'attīstību.', why: 'footnote 24' },
  { line: 5623, from: 'nometnes.gov.lv25,', to: 'nometnes.gov.lv,', why: 'footnote 25' },
  { line: 5635, from: 'kārtība”26', to: 'kārtība”', why: 'footnote 26' },
  { line: 5847, from: 'likumā27', to: 'likumā', why: 'footnote 27' },
  { line: 5847, from: 'aktos28', to: 'aktos', why: 'footnote 28' },
  { line: 5888, from: 'reģistrā29', to: 'reģistrā', why: 'footnote 29' },
  { line: 5955, from: 'apmeklējumam30:', to: 'apmeklējumam:', why: 'footnote 30' },
  { line: 6513, from: 'minūtes;31', to: 'minūtes;', why: 'footnote 31' },
  { line: 6539, from: 'telpā;32', to: 'telpā;', why: 'footnote 32' },
  { line: 6603, from: 'Rīga,Vienības', to: 'Rīga, Vienības', why: 'missing space' },
  { line: 6673, from: 'info@pusaudzim.lv..', to: 'info@pusaudzim.lv.', why: 'double full stop' },
  { line: 6725, from: 'algoritma.33', to: 'algoritma.', why: 'footnote 33' },
  { line: 6774, from: 'bērniem,34', to: 'bērniem,', why: 'footnote 34' },
  { line: 6774, from: 'likums35)', to: 'likums)', why: 'footnote 35' },
  { line: 7098, from: 'Pieprasījums36', to: 'Pieprasījums', why: 'footnote 36 glued to the row label' },
  { line: 7200, from: 'pants37,', to: 'pants,', why: 'footnote 37' },
  { line: 7202, from: 'rokasgrāmata”38)', to: 'rokasgrāmata”)', why: 'footnote 38' },
  { line: 7209, from: 'datubāze.39', to: 'datubāze.', why: 'footnote 39' },
  { line: 7215, from: '(JSPA).40', to: '(JSPA).', why: 'footnote 40' },
];

/** Seed 003: the last item of these lists lost its "►" in the PDF text. */
const REPORT_LOST_BULLETS = new Set([1257, 1372, 1437, 1509]);

// ---------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------

/** The 43 municipalities since the 2021 reform, as slugify(official name). */
export const MUNICIPALITY_SLUGS = new Set([
  'riga', 'daugavpils', 'jelgava', 'jurmala', 'liepaja', 'rezekne', 'ventspils',
  'adazu-novads', 'aizkraukles-novads', 'aluksnes-novads', 'augsdaugavas-novads', 'balvu-novads',
  'bauskas-novads', 'cesu-novads', 'dienvidkurzemes-novads', 'dobeles-novads', 'gulbenes-novads',
  'jelgavas-novads', 'jekabpils-novads', 'kraslavas-novads', 'kuldigas-novads', 'kekavas-novads',
  'limbazu-novads', 'livanu-novads', 'ludzas-novads', 'madonas-novads', 'marupes-novads',
  'ogres-novads', 'olaines-novads', 'preilu-novads', 'rezeknes-novads', 'ropazu-novads',
  'salaspils-novads', 'saldus-novads', 'saulkrastu-novads', 'siguldas-novads', 'smiltenes-novads',
  'talsu-novads', 'tukuma-novads', 'valkas-novads', 'valmieras-novads', 'varaklanu-novads',
  'ventspils-novads',
]);

/** The bibliographic name of seed 003, used where a service's information source is the report itself. */
const REPORT_REF = '003';
const HOSPITAL_REF = '002';

// ---------------------------------------------------------------------------------------------
// Records under construction
// ---------------------------------------------------------------------------------------------

type ServiceDraft = Partial<ServiceRecord> & Pick<ServiceRecord, 'name' | 'domain' | 'sourceRef'>;

function complete(draft: ServiceDraft): ServiceRecord {
  return {
    ...draft,
    slug: draft.slug ?? slugify(draft.name),
    audiences: draft.audiences ?? [],
    deliveryModes: draft.deliveryModes ?? [],
    accessRoutes: draft.accessRoutes ?? [],
    complementaryServices: draft.complementaryServices ?? [],
    phones: draft.phones ?? [],
    locations: draft.locations ?? [],
    areaNational: draft.areaNational ?? false,
    areaRegions: draft.areaRegions ?? [],
    areaMunicipalities: draft.areaMunicipalities ?? [],
    providers: draft.providers ?? [],
    status: 'published',
  };
}

/** "Label: text" — a labelled table row kept inside a text field. */
function labelled(label: string, text: string): string {
  return `${label}:${text.startsWith('– ') ? '\n' : ' '}${text}`;
}

function joinParagraphs(...parts: (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n\n');
}

/** A value that holds because the seed says so on `line` (checked). */
function stated<T>(seed: SeedText, line: number, literal: string, value: T): T {
  seed.at(line, literal);
  return value;
}

function phone(seed: SeedText, line: number, literal: string, description?: string): PhoneRecord {
  const number = latvianPhone(seed.at(line, literal));
  return description === undefined ? { number } : { number, description };
}

interface OrganizationSpec {
  slug: string;
  name: string;
  legalStatus?: string;
  description?: string;
  website?: string;
  email?: string;
  phones?: PhoneRecord[];
  sourceRef: string;
}

// ---------------------------------------------------------------------------------------------
// Organisations (ind. 10, 11): named as the seeds name them; the legal form when the name gives it
// ---------------------------------------------------------------------------------------------

function organizationSpecs(report: SeedText, hospital: SeedText): OrganizationSpec[] {
  const t3 = `${REPORT_REF}, 3. tabula`;
  /** An organisation named on a seed line; `fragment` must be on that line. */
  const named = (
    seed: SeedText,
    line: number,
    fragment: string,
    spec: Omit<OrganizationSpec, 'slug' | 'sourceRef'> & { slug?: string; sourceRef?: string },
    sourceRef: string,
  ): OrganizationSpec => {
    seed.at(line, fragment);
    return { ...spec, slug: spec.slug ?? slugify(spec.name), sourceRef: spec.sourceRef ?? sourceRef };
  };
  const municipality = (line: number, fragment: string, name: string): OrganizationSpec =>
    named(report, line, fragment, { name }, t3);
  return [
    // Social domain, table 3
    named(report, 1303, 'Bērnu aizsardzības centrs', { name: 'Bērnu aizsardzības centrs' }, t3),
    named(report, 1265, 'Biedrība “Skalbes”', { name: 'Skalbes', legalStatus: 'biedrība' }, t3),
    named(report, 2858, 'SIA "Bērnu un pusaudžu resursu centrs"', {
      name: 'Bērnu un pusaudžu resursu centrs',
      legalStatus: 'SIA',
      email: report.at(4020, 'info@pusaudzucentrs.lv'),
    }, t3),
    municipality(1551, 'Talsu novada pašvaldība', 'Talsu novada pašvaldība'),
    municipality(1639, 'Ventspils valstspilsētas pašvaldība', 'Ventspils valstspilsētas pašvaldība'),
    municipality(1678, 'Ventspils novada pašvaldība', 'Ventspils novada pašvaldība'),
    municipality(1714, 'Liepājas valstspilsētas pašvaldība', 'Liepājas valstspilsētas pašvaldība'),
    municipality(1803, 'Jelgavas valstspilsētas pašvaldība', 'Jelgavas valstspilsētas pašvaldība'),
    municipality(1910, 'Jelgavas novada pašvaldība', 'Jelgavas novada pašvaldība'),
    municipality(1984, 'Jēkabpils novada pašvaldība', 'Jēkabpils novada pašvaldība'),
    municipality(2029, 'Rīgas valstspilsētas pašvaldība', 'Rīgas valstspilsētas pašvaldība'),
    municipality(2150, 'Mārupes novada pašvaldība', 'Mārupes novada pašvaldība'),
    // The PDF has "Olaines nevada pašvaldība".
    municipality(2192, 'Olaines nevada pašvaldība', 'Olaines novada pašvaldība'),
    municipality(2228, 'Ķekavas novada pašvaldība', 'Ķekavas novada pašvaldība'),
    municipality(2269, 'Salaspils novada pašvaldība', 'Salaspils novada pašvaldība'),
    // "(Ropažu, Siguldas, Limbažu, Preiļu novada pašvaldība)": four municipalities.
    municipality(2440, 'Ropažu,', 'Ropažu novada pašvaldība'),
    municipality(2440, 'Siguldas,', 'Siguldas novada pašvaldība'),
    municipality(2440, 'Limbažu,', 'Limbažu novada pašvaldība'),
    municipality(2440, 'Preiļu novada pašvaldība', 'Preiļu novada pašvaldība'),
    municipality(2482, 'Ogres novada pašvaldība', 'Ogres novada pašvaldība'),
    municipality(2585, 'Balvu novada pašvaldība', 'Balvu novada pašvaldība'),
    municipality(2632, 'Rēzeknes valstspilsētas pašvaldība', 'Rēzeknes valstspilsētas pašvaldība'),
    municipality(2678, 'Līvānu novada pašvaldība', 'Līvānu novada pašvaldība'),
    municipality(2716, 'Daugavpils valstspilsētas pašvaldība', 'Daugavpils valstspilsētas pašvaldība'),
    // "(pašvaldības nodrošina, piemēram, Dobeles novads, Jelgavas valstspilsēta)"
    municipality(2755, 'Dobeles novads', 'Dobeles novada pašvaldība'),
    named(report, 2797, 'Centrs “Dardedze”', { name: 'Centrs “Dardedze”', legalStatus: 'nodibinājums' }, t3),
    named(report, 2953, 'Allažu bērnu un ģimenes atbalsta centrs', {
      name: 'Allažu bērnu un ģimenes atbalsta centrs',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 3023, 'Latgales Reģionālais atbalsta centrs "Rasas pērles"', {
      name: 'Latgales Reģionālais atbalsta centrs “Rasas pērles”',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 3078, 'Nodibinājums "Latvijas bērnu atbalsta fonds"', {
      name: 'Latvijas bērnu atbalsta fonds',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 3508, 'Biedrība "Palēciens Tev"', { name: 'Palēciens Tev', legalStatus: 'biedrība' }, t3),
    named(report, 3577, 'Latvijas SOS Bērnu ciematu asociācija', { name: 'Latvijas SOS Bērnu ciematu asociācija' }, t3),
    named(report, 4083, 'Biedrība "Resiliences centrs"', { name: 'Resiliences centrs', legalStatus: 'biedrība' }, t3),
    named(report, 4331, 'Biedrība "Latvijas Samariešu apvienība', {
      name: 'Latvijas Samariešu apvienība',
      legalStatus: 'biedrība',
    }, t3),
    named(report, 4415, 'Biedrība "Centrs MARTA”', { name: 'Centrs MARTA', legalStatus: 'biedrība' }, t3),
    named(report, 4467, 'Biedrība "Papardes zieds"', { name: 'Papardes zieds', legalStatus: 'biedrība' }, t3),
    named(report, 4538, 'Biedrība “Mentor Latvia”', { name: 'Mentor Latvia', legalStatus: 'biedrība' }, t3),
    named(report, 4594, 'Biedrība ģimenes atbalstam „Tēvi”', {
      name: 'Biedrība ģimenes atbalstam “Tēvi”',
      legalStatus: 'biedrība',
    }, t3),
    named(report, 4654, 'Nodibinājums "Sociālā atbalsta un izglītības fonds"', {
      name: 'Sociālā atbalsta un izglītības fonds',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 4825, 'Nodibinājums “Latvijas bērnu fonds”', {
      name: 'Latvijas bērnu fonds',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 4893, 'Biedrība "DIA+LOGS"', {
      name: 'DIA+LOGS',
      legalStatus: 'biedrība',
      website: report.at(4996, 'https://www.diacentrs.lv/pakalpojumi/'),
    }, t3),
    named(report, 5135, 'Nodibinājumu “Zantes ģimenes atbalsta centrs”', {
      name: 'Zantes ģimenes atbalsta centrs',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 5141, 'Nodibinājumu “Centrs Valdardze”', { name: 'Centrs Valdardze', legalStatus: 'nodibinājums' }, t3),
    named(report, 5143, 'Krīzes centru ģimenēm ar bērniem “PASPĀRNE”', {
      name: 'Krīzes centrs ģimenēm ar bērniem “PASPĀRNE”',
    }, t3),
    named(report, 5145, 'Dobeles novada Sociālā dienesta Sociālo pakalpojumu centru', {
      name: 'Dobeles novada Sociālā dienesta Sociālo pakalpojumu centrs',
    }, t3),
    named(report, 5293, 'Nodibinājums “Talsu sieviešu un bērnu krīžu centrs”', {
      name: 'Talsu sieviešu un bērnu krīžu centrs',
      legalStatus: 'nodibinājums',
    }, t3),
    named(report, 5297, 'Biedrības ,,Sociālo pakalpojumu attīstības centrs” Krīzes centrs', {
      name: 'Sociālo pakalpojumu attīstības centrs',
      legalStatus: 'biedrība',
      description: `Krīzes centrs ${report.at(5299, '“Mīlgrāvis”')}.`,
    }, t3),
    named(report, 5307, 'SIA „Mācību centrs MKB”', { name: 'Mācību centrs MKB', legalStatus: 'SIA' }, t3),
    // Education and culture, table 4
    named(report, 5758, 'Jaunsardzes centrs', {
      name: 'Jaunsardzes centrs',
      description: report.prose(r(5756, 5762)),
    }, `${REPORT_REF}, 4. tabula`),
    // Health, table 5
    named(report, 6208, '“Nacionālais psihiskās veselības centra”', {
      name: 'Nacionālais psihiskās veselības centrs',
      legalStatus: 'VSIA',
    }, `${REPORT_REF}, 5. tabula`),
    named(report, 6286, 'VSIA "Slimnīca "Ģintermuiža""', {
      name: 'Slimnīca “Ģintermuiža”',
      legalStatus: 'VSIA',
    }, `${REPORT_REF}, 5. tabula`),
    named(report, 6449, 'Bērnu Klīniskā universitātes slimnīca', {
      name: 'Bērnu klīniskā universitātes slimnīca',
      website: hospital.at(607, 'http://www.bkus.lv/'),
    }, `${REPORT_REF}, 5. tabula; ${HOSPITAL_REF}`),
    named(report, 6433, 'Talsu veselības centrs', { name: 'Talsu veselības centrs' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6435, 'Balvu un Gulbenes slimnīcu apvienība', {
      name: 'Balvu un Gulbenes slimnīcu apvienība',
    }, `${REPORT_REF}, 5. tabula`),
    named(report, 6437, 'Rīgas veselības centrs', { name: 'Rīgas veselības centrs' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6441, 'Biedrība “Nepaliec Viens”', { name: 'Nepaliec Viens', legalStatus: 'biedrība' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6443, 'Bērnu psihoneiroloģiskā slimnīca "Ainaži"', {
      name: 'Bērnu psihoneiroloģiskā slimnīca “Ainaži”',
    }, `${REPORT_REF}, 5. tabula`),
    named(report, 6453, 'Bauskas slimnīca', { name: 'Bauskas slimnīca' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6455, 'Daugavpils psihoneiroloģiskā slimnīca', {
      name: 'Daugavpils psihoneiroloģiskā slimnīca',
    }, `${REPORT_REF}, 5. tabula`),
    named(report, 6573, 'Salaspils veselības centrs', { name: 'Salaspils veselības centrs' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6585, 'Ogres rajona slimnīca', { name: 'Ogres rajona slimnīca' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6587, 'Aizkraukles klīnika', { name: 'Aizkraukles klīnika' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6589, 'Strenču psihoneiroloģiskā slimnīca', {
      name: 'Strenču psihoneiroloģiskā slimnīca',
    }, `${REPORT_REF}, 5. tabula`),
    named(report, 6591, 'Ilzes Embrikas Ārsta prakse', { name: 'Ilzes Embrikas ārsta prakse' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6593, 'Piejūras slimnīca', { name: 'Piejūras slimnīca' }, `${REPORT_REF}, 5. tabula`),
    named(report, 6605, 'Ludzas medicīnas centra', { name: 'Ludzas medicīnas centrs' }, `${REPORT_REF}, 5. tabula`),
    // Justice, table 6
    named(report, 6811, 'Valsts probācijas dienests', { name: 'Valsts probācijas dienests' }, `${REPORT_REF}, 6. tabula`),
    // Employment, table 7
    named(report, 7023, 'Nodarbinātības valsts aģentūra', { name: 'Nodarbinātības valsts aģentūra' }, `${REPORT_REF}, 7. tabula`),
    named(report, 7223, 'SIA “Dabas zirgi”', {
      name: 'Dabas zirgi',
      legalStatus: 'SIA',
      website: `https://${report.at(7273, 'www.dabaszirgi.lv')}`,
    }, `${REPORT_REF}, 7. tabula`),
    // The hospital project (seed 002)
    named(hospital, 247, 'biedrība “PEP mammu apvienība”', {
      name: 'PEP mammu apvienība',
      legalStatus: 'biedrība',
      website: report.at(1096, 'https://pep.lv/musu-pep-mammas/'),
    }, `${HOSPITAL_REF}; ${REPORT_REF}, 3. tabula`),
    named(hospital, 279, 'biedrības „Latvijas Kristīgā', {
      name: 'Latvijas Kristīgā alianse bāreņiem',
      legalStatus: 'biedrība',
      description: `Iniciatīva “${hospital.at(281, 'Lielas rūpes par mazajiem')}”.`,
    }, HOSPITAL_REF),
  ];
}

// ---------------------------------------------------------------------------------------------
// Social domain (seed 003, table 3)
// ---------------------------------------------------------------------------------------------

const GENERIC_PROVIDERS = 'Gan pašvaldību sociālie dienesti, gan citi pakalpojuma sniedzēji';

function socialServices(report: SeedText): ServiceDraft[] {
  const sourceRef = `${REPORT_REF}, 3. tabula`;
  const domain = 'social' as const;
  /** Purpose (from the "Pakalpojuma mērķis" row), tasks and methods rows. */
  const rows = (purpose: [number, number], tasks?: [number, number], methods?: [number, number]) => ({
    purpose: report.prose(r(purpose[0], purpose[1], 'Pakalpojuma mērķis')),
    ...(tasks ? { tasks: report.prose(r(tasks[0], tasks[1])) } : {}),
    ...(methods ? { methods: report.prose(r(methods[0], methods[1])) } : {}),
  });
  /** A service of one or more municipalities: the municipality's body provides it there. */
  const municipal = (providers: string[], municipalities: string[]) => ({
    level: 'municipal' as const,
    providers,
    areaMunicipalities: municipalities,
  });
  /** "(Gan pašvaldību sociālie dienesti, gan citi pakalpojuma sniedzēji)": a type of service, no one provider. */
  const generic = (line: number) => ({
    accessDescription: `Pakalpojumu sniedz ${report.at(line, GENERIC_PROVIDERS).replace(/^Gan/, 'gan')}.`,
  });
  const base = { domain, sourceRef };

  return [
    {
      ...base,
      name: report.at(788, 'Sociālā darba pakalpojums'),
      ...rows([791, 797], [799, 817], [819, 857]),
      level: 'municipal',
      // "(Katrā pašvaldībā tiek nodrošināts)"
      areaNational: stated(report, 789, 'Katrā pašvaldībā tiek nodrošināts', true),
      audiences: ['children', 'families'],
    },
    {
      ...base,
      name: report.at(859, 'Speciālistu konsultācijas'),
      ...rows([863, 867], [869, 898], [900, 918]),
      ...generic(861),
      specialists: joinParagraphs(
        labelled('Psihologa konsultācijas', report.prose(r(924, 938))),
        labelled('Lietišķās uzvedības analīzes (ABA) speciālista konsultācijas', report.prose(r(948, 1006))),
        labelled('PEP mammas konsultācijas', report.prose(r(1012, 1014))),
      ),
      complementaryServices: ['psihoterapeita-un-psihologa-konsultacijas', 'ast-diagnostika', 'agrinas-intervences-pakalpojums'],
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(1016, 'Psiholoģiskās izpētes pakalpojums'),
      ...rows([1020, 1024], [1026, 1055]),
      ...generic(1018),
    },
    {
      ...base,
      name: report.at(1056, 'Mediācijas pakalpojums'),
      ...rows([1058, 1079], [1080, 1122], [1124, 1141]),
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(1142, 'Ģimenes asistenta pakalpojums'),
      ...rows([1146, 1153], [1154, 1175], [1176, 1205]),
      ...generic(1144),
      deliveryModes: ['at_home'],
      audiences: ['parents', 'families'],
    },
    {
      ...base,
      name: report.at(1206, 'Krīzes tālruņa pakalpojums'),
      ...rows([1208, 1226], [1227, 1260], [1279, 1300]),
      accessDescription: labelled('Krīzes tālruņi', report.prose(r(1261, 1278, 'Krīzes tālruņi'))),
      providers: ['bernu-aizsardzibas-centrs', 'skalbes', 'bernu-un-pusaudzu-resursu-centrs'],
      phones: [
        phone(report, 1273, '29323202', 'Biedrība “Skalbes”: atbalsta tālrunis azartspēļu atkarīgajiem un viņu tuviniekiem'),
        phone(report, 1277, '25737363', 'SIA “Bērnu un pusaudžu resursu centrs”: mentālās veselības atbalsta tālrunis'),
      ],
      deliveryModes: ['phone', 'email_chat'],
      areaNational: true,
      audiences: ['children', 'adolescents', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(1301, 'E-konsultāciju pakalpojums'),
      ...rows([1305, 1311], [1313, 1330]),
      level: 'national',
      providers: ['bernu-aizsardzibas-centrs'],
      deliveryModes: ['email_chat'],
      areaNational: true,
    },
    {
      ...base,
      name: report.at(1332, 'Mentora (sociālā mentora) pakalpojums'),
      ...rows([1336, 1342], [1344, 1374], [1376, 1400]),
      ...generic(1334),
      audiences: ['children', 'adolescents', 'young_adults', 'families'],
    },
    {
      ...base,
      name: report.at(1402, 'Krīzes centra pakalpojums'),
      ...rows([1406, 1410], [1412, 1439], [1441, 1463]),
      ...generic(1404),
      deliveryModes: ['residential'],
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      // The PDF glues footnote 16 to the name: "pakalpojums16".
      name: report.at(1465, 'Dienas centra (atbalsta centra) pakalpojums'),
      ...rows([1469, 1475], [1477, 1511], [1513, 1547]),
      ...generic(1467),
      ageMin: Number(report.at(1469, '7')),
      ageMax: Number(report.at(1469, '18')),
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(1549, 'Sociālās atbalsta grupas pakalpojums'),
      slug: 'socialas-atbalsta-grupas-pakalpojums-talsu-novads',
      ...rows([1553, 1557], [1559, 1573], [1575, 1589]),
      ...municipal(['talsu-novada-pasvaldiba'], ['talsu-novads']),
    },
    {
      ...base,
      name: report.at(1591, 'Daudzfunkcionālā sociālo pakalpojumu centra pakalpojumi'),
      ...rows([1595, 1601], [1603, 1615], [1617, 1635]),
      ...municipal(['talsu-novada-pasvaldiba'], ['talsu-novads']),
    },
    {
      ...base,
      name: report.at(1637, 'Sociālās rehabilitācijas pakalpojums no apreibinošām vielām un procesiem atkarīgām personām'),
      slug: 'socialas-rehabilitacijas-pakalpojums-atkarigam-personam-ventspils',
      ...rows([1641, 1647], [1649, 1657], [1659, 1674]),
      ...municipal(['ventspils-valstspilsetas-pasvaldiba'], ['ventspils']),
      audiences: ['children'],
    },
    {
      ...base,
      name: report.at(1676, 'Atbalsta un pašpalīdzības grupas'),
      slug: 'atbalsta-un-paspalidzibas-grupas-ventspils-novads',
      ...rows([1680, 1682], [1684, 1692], [1694, 1710]),
      ...municipal(['ventspils-novada-pasvaldiba'], ['ventspils-novads']),
    },
    {
      ...base,
      name: report.at(1712, 'Agrīnās intervences pakalpojums ģimenei ar bērniem'),
      ...rows([1716, 1718], [1720, 1728], [1730, 1746]),
      ...municipal(['liepajas-valstspilsetas-pasvaldiba'], ['liepaja']),
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      // The PDF has "Atkarību profilakses centr pakalpojums".
      name: `${report.at(1748, 'Atkarību profilakses centr')}a pakalpojums`,
      ...rows([1752, 1756], [1758, 1780], [1782, 1799]),
      ...municipal(['liepajas-valstspilsetas-pasvaldiba'], ['liepaja']),
    },
    {
      ...base,
      name: report.at(1801, 'Terapeitiskās spēles pakalpojums'),
      ...rows([1805, 1807], [1809, 1819], [1821, 1833]),
      ...municipal(['jelgavas-valstspilsetas-pasvaldiba'], ['jelgava']),
      volume: `${report.at(1831, '27 nodarbības ciklā')}.`.replace(/^27/, 'Terapeitiskās spēles: 27'),
      audiences: ['children', 'parents', 'families', 'foster_families'],
    },
    {
      ...base,
      name: report.at(1835, 'Sociālās rehabilitācijas pakalpojumi atkarīgai (līdzatkarīgai) personai'),
      ...rows([1839, 1841], [1843, 1849], [1851, 1863]),
      ...municipal(['jelgavas-valstspilsetas-pasvaldiba'], ['jelgava']),
    },
    {
      ...base,
      name: report.at(1867, 'Uzvedības sociālās korekcijas programma'),
      slug: 'uzvedibas-socialas-korekcijas-programma-jelgava',
      ...rows([1871, 1875], [1877, 1887], [1889, 1907]),
      ...municipal(['jelgavas-valstspilsetas-pasvaldiba'], ['jelgava']),
      duration: report.excerpt(r(1899, 1907), 'Pakalpojums tiek nodrošināts līdz 12 mēnešiem', 'gadījumā.'),
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(1908, 'Aktivitāšu centra pakalpojums'),
      ...rows([1912, 1916], [1918, 1926], [1928, 1942]),
      ...municipal(['jelgavas-novada-pasvaldiba'], ['jelgavas-novads']),
    },
    {
      ...base,
      name: report.at(1946, 'Atkarību profilakses pakalpojums'),
      slug: 'atkaribu-profilakses-pakalpojums-jelgavas-novads',
      ...rows([1950, 1954], [1956, 1964], [1966, 1980]),
      ...municipal(['jelgavas-novada-pasvaldiba'], ['jelgavas-novads']),
      audiences: ['families'],
    },
    {
      ...base,
      // The PDF has "Atkarību profilakses pakalpojuma".
      name: `${report.at(1982, 'Atkarību profilakses pakalpojum')}s`,
      slug: 'atkaribu-profilakses-pakalpojums-jekabpils-novads',
      ...rows([1986, 1990], [1992, 2004], [2006, 2025]),
      ...municipal(['jekabpils-novada-pasvaldiba'], ['jekabpils-novads']),
    },
    {
      ...base,
      name: report.at(2027, 'Atbalsta ģimenes un uzticības personas pakalpojums'),
      ...rows([2031, 2033], [2035, 2045], [2047, 2065]),
      ...municipal(['rigas-valstspilsetas-pasvaldiba'], ['riga']),
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(2067, 'Sociālās rehabilitācijas programmas īstenošana'),
      slug: 'socialas-rehabilitacijas-programmas-istenosana-riga',
      ...rows([2071, 2073], [2075, 2089], [2091, 2107]),
      ...municipal(['rigas-valstspilsetas-pasvaldiba'], ['riga']),
    },
    {
      ...base,
      name: report.at(2109, 'Kopienas centra pakalpojums'),
      ...rows([2113, 2117], [2119, 2129], [2130, 2144]),
      ...municipal(['rigas-valstspilsetas-pasvaldiba'], ['riga']),
    },
    {
      ...base,
      name: report.at(2148, 'Sociālās rehabilitācijas pakalpojums bērniem un jauniešiem ar uzvedības vai atkarības problēmām'),
      ...rows([2152, 2156], [2158, 2168], [2170, 2188]),
      ...municipal(['marupes-novada-pasvaldiba'], ['marupes-novads']),
      // "mentora atbalsts … personām no 12 līdz 24 gadiem, … programmas no 13 līdz 24 gadiem"
      ageMin: Number(report.at(2180, '12')),
      ageMax: Number(report.at(2182, '24')),
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(2180, 2184), 'mentora atbalsts', 'no 13 līdz 24 gadiem'),
      intensity: report.excerpt(r(2180, 2182), 'mentora atbalsts līdz 60 stundām mēnesī', 'mēnesī'),
      audiences: ['children', 'adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(2190, 'HIV profilakses punkta pakalpojums'),
      ...rows([2194, 2198], [2200, 2208], [2210, 2224]),
      ...municipal(['olaines-novada-pasvaldiba'], ['olaines-novads']),
    },
    {
      ...base,
      name: report.at(2226, 'Informācijas sniegšana psihiskās veselības jomā'),
      ...rows([2230, 2234], [2236, 2244], [2246, 2261]),
      ...municipal(['kekavas-novada-pasvaldiba'], ['kekavas-novads']),
      specialists: 'Ārsts narkologs – psihiatrs.',
      audiences: ['families'],
    },
    {
      ...base,
      name: report.at(2267, 'Sociālās rehabilitācijas programmas īstenošanas pakalpojums'),
      ...rows([2271, 2273], [2275, 2289], [2291, 2309]),
      ...municipal(['salaspils-novada-pasvaldiba'], ['salaspils-novads']),
    },
    {
      ...base,
      name: report.at(2311, 'Sociālās rehabilitācijas pakalpojums no apreibinošām vielām un procesiem atkarīgiem bērniem'),
      ...rows([2315, 2317], [2319, 2329], [2331, 2353]),
      ...municipal(['salaspils-novada-pasvaldiba'], ['salaspils-novads']),
      audiences: ['children', 'adolescents'],
    },
    {
      ...base,
      name: `${report.at(2355, 'Sociālās rehabilitācijas pakalpojums institūcijā no apreibinošām vielām un procesiem atkarīgām')} ${report.at(2357, 'personām')}`,
      ...rows([2361, 2366], [2368, 2376], [2378, 2396]),
      ...municipal(['salaspils-novada-pasvaldiba'], ['salaspils-novads']),
      deliveryModes: ['residential'],
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(2361, 2361, 'Pakalpojuma mērķis'), 'bērniem un pilngadīgām personām', 'pilngadīgām personām'),
      audiences: ['children', 'adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(2398, 'Kopienas (sociālā) centra pakalpojums'),
      ...rows([2402, 2404], [2406, 2418], [2420, 2436]),
      ...municipal(['salaspils-novada-pasvaldiba'], ['salaspils-novads']),
    },
    {
      ...base,
      name: report.at(2438, 'Sociālās rehabilitācijas pakalpojums institūcijā bērniem vai ģimenēm ar bērniem'),
      ...rows([2442, 2446], [2448, 2462], [2464, 2478]),
      ...municipal(
        ['ropazu-novada-pasvaldiba', 'siguldas-novada-pasvaldiba', 'limbazu-novada-pasvaldiba', 'preilu-novada-pasvaldiba'],
        ['ropazu-novads', 'siguldas-novads', 'limbazu-novads', 'preilu-novads'],
      ),
      deliveryModes: ['residential'],
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(2480, 'Ģimenes atbalsta dienas centra pakalpojums'),
      ...rows([2483, 2489], [2491, 2509], [2511, 2529]),
      ...municipal(['ogres-novada-pasvaldiba'], ['ogres-novads']),
      ageMin: Number(report.at(2483, '5')),
      ageMax: Number(report.at(2483, '18')),
      audiences: ['children', 'adolescents', 'families'],
    },
    {
      ...base,
      name: report.at(2531, 'Profilakses punkta pakalpojums'),
      ...rows([2535, 2539], [2541, 2561], [2563, 2581]),
      ...municipal(['ogres-novada-pasvaldiba'], ['ogres-novads']),
    },
    {
      ...base,
      name: report.at(2583, 'Uzvedības sociālās korekcijas programma'),
      slug: 'uzvedibas-socialas-korekcijas-programma-balvu-novads',
      ...rows([2587, 2595], [2596, 2608], [2610, 2628]),
      ...municipal(['balvu-novada-pasvaldiba'], ['balvu-novads']),
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(2630, 'Sociālās korekcijas programma bērniem ar uzvedības traucējumiem'),
      ...rows([2634, 2640], [2642, 2656], [2658, 2674]),
      ...municipal(['rezeknes-valstspilsetas-pasvaldiba'], ['rezekne']),
      specialists: report.excerpt(r(2668, 2670), 'sociālo darbinieku, sociālo rehabilitētāju un', 'psihologu'),
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(2676, 'Uzvedības sociālās korekcijas programmas pakalpojums'),
      ...rows([2680, 2682], [2684, 2694], [2696, 2712]),
      ...municipal(['livanu-novada-pasvaldiba'], ['livanu-novads']),
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(2714, 'Sociālās rehabilitācijas pakalpojumi'),
      slug: 'socialas-rehabilitacijas-pakalpojumi-daugavpils',
      ...rows([2717, 2725], [2727, 2735], [2737, 2751]),
      ...municipal(['daugavpils-valstspilsetas-pasvaldiba'], ['daugavpils']),
      // "bāreņiem un bez vecāku gādības palikušiem bērniem līdz 24 gadu vecumam"
      ageMax: Number(report.at(2719, '24')) - 1,
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(2717, 2719, 'Pakalpojuma mērķis'), 'bāreņiem', 'līdz 24 gadu vecumam'),
      audiences: ['children', 'adolescents', 'young_adults', 'families'],
    },
    {
      ...base,
      name: report.at(2753, 'Izglītojošo un atbalsta grupu pakalpojums'),
      ...rows([2757, 2763], [2765, 2777], [2779, 2793]),
      // "(pašvaldības nodrošina, piemēram, Dobeles novads, Jelgavas valstspilsēta)": two examples.
      ...municipal(['dobeles-novada-pasvaldiba', 'jelgavas-valstspilsetas-pasvaldiba'], ['dobeles-novads', 'jelgava']),
      audiences: ['parents', 'families'],
    },
    {
      ...base,
      name: report.at(2795, 'Izglītojošas atbalsta grupas vecākiem'),
      ...rows([2799, 2805], [2807, 2827], [2838, 2854]),
      tasks: joinParagraphs(
        report.prose(r(2811, 2827)),
        labelled('Mācību tēmas', report.prose(r(2828, 2836, 'Mācību tēmas'))),
      ),
      providers: ['centrs-dardedze'],
      audiences: ['parents'],
    },
    {
      ...base,
      name: report.at(2856, 'Apmācības vecākiem un bērniem par mentālās veselības grūtībām'),
      ...rows([2860, 2870], [2872, 2898], [2924, 2947]),
      tasks: joinParagraphs(
        report.prose(r(2876, 2898)),
        labelled('Mācību tēmas', report.prose(r(2900, 2922, 'Mācību tēmas'))),
      ),
      providers: ['bernu-un-pusaudzu-resursu-centrs'],
      audiences: ['adolescents', 'parents'],
    },
    {
      ...base,
      name: `${report.at(2949, 'Sociālās rehabilitācijas pakalpojums bērniem ar uzvedības traucējumiem, kas cietuši no vardarbības')} “Foršā māja”`,
      slug: 'forsa-maja',
      alternateName: report.at(2951, 'Foršā māja'),
      ...rows([2955, 2969], [2971, 3019]),
      providers: ['allazu-bernu-un-gimenes-atbalsta-centrs'],
      ageMin: Number(report.at(2955, '5')),
      ageMax: Number(report.at(2955, '13')),
      audiences: ['children', 'parents'],
    },
    {
      ...base,
      name: report.at(3021, 'Sociālie pakalpojumi izglītības iestādē'),
      ...rows([3025, 3033], [3034, 3074]),
      providers: ['latgales-regionalais-atbalsta-centrs-rasas-perles'],
      audiences: ['children', 'adolescents', 'parents', 'professionals'],
    },
    {
      ...base,
      // The PDF has "Sociāls rehabilitācijas pakalpojums".
      name: `Sociālās rehabilitācijas pakalpojums ${report.at(3076, '“Ceļš pie sevis”')}`,
      alternateName: 'Ceļš pie sevis',
      ...rows([3080, 3090], [3092, 3133], [3135, 3183]),
      providers: ['latvijas-bernu-atbalsta-fonds'],
      audiences: ['children', 'parents'],
    },
    {
      ...base,
      // The PDF has "funkcionēšanās".
      name: `${report.at(3185, 'Sociālās rehabilitācijas pakalpojums vecākiem un bērniem sociālo')} funkcionēšanas spēju ${report.at(3187, 'atjaunošanai')}`,
      ...rows([3191, 3215], [3217, 3278], [3280, 3351]),
      providers: ['latvijas-bernu-atbalsta-fonds'],
      ageMin: Number(report.at(3195, '7-11').split('-')[0]),
      ageMax: Number(report.at(3195, '7-11').split('-')[1]),
      informationSource: `${report.at(3316, 'Nodibinājums "Latvijas bērnu atbalsta fonds" sniegtā informācija').replace('"Latvijas bērnu atbalsta fonds"', '“Latvijas bērnu atbalsta fonds”')}.`,
      audiences: ['children', 'parents', 'foster_families'],
    },
    {
      ...base,
      name: `Sociālās rehabilitācijas pakalpojums ${report.at(3353, '“Labirints”')}`,
      alternateName: 'Labirints',
      ...rows([3357, 3403], [3405, 3460], [3462, 3504]),
      providers: ['latvijas-bernu-atbalsta-fonds'],
      ageMin: Number(report.at(3359, '10-12').split('-')[0]),
      ageMax: Number(report.at(3359, '10-12').split('-')[1]),
      audiences: ['children', 'adolescents', 'parents', 'foster_families'],
    },
    {
      ...base,
      name: report.at(3506, 'Atbalsta un pašizaugsmes programma “Palēciens”'),
      ...rows([3510, 3518], [3520, 3549], [3551, 3573]),
      providers: ['paleciens-tev'],
      areaMunicipalities: [stated(report, 3510, 'Tukuma novadā', 'tukuma-novads')],
      ageMin: Number(report.at(3510, '13–17').split('–')[0]),
      ageMax: Number(report.at(3510, '13–17').split('–')[1]),
      audiences: ['adolescents'],
    },
    {
      ...base,
      name: report.at(3575, 'Atbalsts ģimenēm domstarpību risināšanā'),
      ...rows([3579, 3587], [3589, 3613], [3615, 3629]),
      providers: ['latvijas-sos-bernu-ciematu-asociacija'],
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      name: `${report.at(3631, 'Atbalsta programma "Pārinieks"')}`.replace('"Pārinieks"', '“Pārinieks”'),
      alternateName: report.prose(r(3631, 3635)).replace('"Pārinieks"-', '“Pārinieks” –').replace('58.pants', '58. pants'),
      ...rows([3639, 3646], [3648, 3684], [3730, 3757]),
      recipientDescription: labelled('Bērnu tiesību aizsardzības likuma 58. pants', report.prose(r(3692, 3728))),
      providers: ['latvijas-sos-bernu-ciematu-asociacija'],
      areaMunicipalities: ['riga'],
      audiences: ['adolescents', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(3759, 'SOS ģimeņu atbalsta centra pakalpojums'),
      ...rows([3763, 3771], [3773, 3801], [3803, 3819]),
      providers: ['latvijas-sos-bernu-ciematu-asociacija'],
      audiences: ['children', 'parents', 'families'],
    },
    {
      ...base,
      name: report.at(3821, 'Sociālās rehabilitācijas programmas īstenošana bērniem ar uzvedības traucējumiem'),
      ...rows([3825, 3839], [3841, 3886], [3888, 3906]),
      providers: ['latvijas-sos-bernu-ciematu-asociacija'],
      ageMin: Number(report.at(3825, '11')),
      ageMax: Number(report.at(3825, '16')),
      deliveryModes: ['residential'],
      audiences: ['children', 'adolescents'],
    },
    {
      ...base,
      name: report.at(3908, 'Programma "Piedzimstot bērniņam"').replace('"Piedzimstot bērniņam"', '“Piedzimstot bērniņam”'),
      ...rows([3912, 3918], [3920, 3946], [3948, 3964]),
      providers: ['latvijas-sos-bernu-ciematu-asociacija'],
      areaMunicipalities: [stated(report, 3912, 'Rīgas valstspilsētā', 'riga')],
      deliveryModes: ['at_home', 'in_person', 'remote_video'],
      deliveryDescription: report.excerpt(r(3924, 3930), 'Sniegt individuālas konsultācijas', 'klātienē un attālināti'),
      audiences: ['parents', 'families'],
    },
    bprcProgrammes(report, base),
    {
      ...base,
      name: report.at(4081, 'Saskarsmes veicināšanas programma “Dari!”'),
      ...rows([4085, 4093], [4095, 4125]),
      providers: ['resiliences-centrs'],
      duration: report.excerpt(r(4117, 4121), 'Otrajā posmā (6 mēneši)', 'individuālu atbalstu.'),
      audiences: ['adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(4127, 'Ielu jaunatnes darba pakalpojums'),
      ...rows([4131, 4137], [4147, 4171], [4175, 4203]),
      deliveryDescription: report.prose(r(4141, 4145)),
      providers: ['resiliences-centrs'],
      areaMunicipalities: ['riga'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: `${report.at(4205, 'Sociālās rehabilitācijas pakalpojums')} ${report.at(4207, 'jauniešiem ar smagām atkarības problēmām')}`,
      ...rows([4211, 4221], [4245, 4271], [4305, 4325]),
      targetGroup: report.prose(r(4227, 4243)),
      recipientDescription: labelled('Problēmas, kuras risinās pakalpojums', report.prose(r(4277, 4303))),
      providers: ['resiliences-centrs'],
      areaMunicipalities: [stated(report, 4211, 'Rīgas valstspilsētas', 'riga')],
      ageMin: Number(report.at(4227, '13-17').split('-')[0]),
      ageMax: Number(report.at(4227, '13-17').split('-')[1]),
      audiences: ['adolescents', 'parents'],
    },
    {
      ...base,
      name: `${report.at(4327, 'Sociālās rehabilitācijas pakalpojums - sociālās rehabilitācijas un atbalsta programma').replace(' - ', ' – ')} ${report.at(4329, '“Palēciens” jauniešiem ar uzvedības traucējumiem')}`,
      slug: 'paleciens-jauniesiem-ar-uzvedibas-traucejumiem',
      ...rows([4333, 4341], [4343, 4371], [4391, 4405]),
      providers: ['latvijas-samariesu-apvieniba'],
      audiences: ['adolescents', 'young_adults', 'parents'],
    },
    {
      ...base,
      name: report.at(4413, 'Izglītojošas un informatīvas nodarbības'),
      slug: 'izglitojosas-un-informativas-nodarbibas-centrs-marta',
      ...rows([4417, 4423], [4425, 4437], [4449, 4463]),
      tasks: joinParagraphs(
        report.prose(r(4429, 4437)),
        labelled('Nodarbību tēmas', report.prose(r(4439, 4447, 'Nodarbību tēmas'))),
      ),
      providers: ['centrs-marta'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(4465, 'Izglītojošas un informatīvas nodarbības'),
      slug: 'izglitojosas-un-informativas-nodarbibas-papardes-zieds',
      ...rows([4469, 4471], [4473, 4480], [4514, 4528]),
      tasks: joinParagraphs(
        `${report.prose(r(4477, 4479))}.`,
        labelled('Nodarbību tēmas', report.prose(r(4481, 4513, 'Nodarbību tēmas'))),
      ),
      specialists: 'Veselības veicināšanas konsultanti.',
      providers: ['papardes-zieds'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(4536, 'Grupu mentoringa programma'),
      ...rows([4540, 4544], [4546, 4570], [4572, 4586]),
      providers: ['mentor-latvia'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: `Dzimumu līdztiesības iniciatīva ${report.at(4590, '“vīru vakariņas”').replace('“vīru', '“Vīru')}`,
      alternateName: report.at(4592, '#GLOBALGUYTALK – Vīri sāksim sarunāties'),
      ...rows([4596, 4600], [4609, 4625], [4626, 4640]),
      purpose: report.prose(r(4596, 4600, 'Pakalpojuma mērķis'), r(4604, 4608)),
      providers: ['biedriba-gimenes-atbalstam-tevi'],
      deliveryModes: ['in_person', 'remote_video'],
      audiences: ['young_adults', 'parents'],
    },
    {
      ...base,
      name: `${report.at(4650, 'Atbalsta centra pakalpojums')} ${report.at(4652, 'audžuģimenēm, specializētajām audžuģimenēm, aizbildņiem un adoptētājiem')}`,
      ...rows([4656, 4664], [4666, 4700], [4710, 4753]),
      providers: ['sociala-atbalsta-un-izglitibas-fonds'],
      areaNational: stated(report, 4664, 'visā Latvijas teritorijā', true),
      locations: supportCentres(report),
      audiences: ['foster_families', 'parents', 'children'],
    },
    {
      ...base,
      name: report.at(4755, 'Agrīnā intervences programma'),
      ...rows([4759, 4763], [4765, 4797], [4799, 4821]),
      providers: ['sociala-atbalsta-un-izglitibas-fonds'],
      // "bērniem no 3 mēnešu līdz 3 gadu vecumam": under three years.
      ageMin: 0,
      ageMax: Number(report.at(4769, 'līdz 3 gadu').replace(/\D/g, '')) - 1,
      intensity: report.excerpt(r(4809, 4811), 'reizi nedēļā notiekošas grupu', 'nodarbības'),
      audiences: ['children', 'parents'],
    },
    {
      ...base,
      name: report.at(4823, 'Glābējsilītes pakalpojums'),
      ...rows([4827, 4851], [4853, 4867]),
      providers: ['latvijas-bernu-fonds'],
      locations: babyBoxes(report),
      areaMunicipalities: [...new Set(babyBoxes(report).map((location) => location.municipality ?? ''))],
      accessRoutes: ['self_referral'],
      audiences: ['parents'],
    },
    {
      ...base,
      name: report.at(4891, 'Kaitējuma mazināšanas programma'),
      ...rows([4895, 4905], [4907, 4943], [4945, 4986]),
      deliveryDescription: labelled('Mobilās vienības sniegšanas vietas', report.prose(r(4992, 4996))),
      website: report.at(4996, 'https://www.diacentrs.lv/pakalpojumi/'),
      providers: ['dia-logs'],
      costKind: 'free',
      priceText: report.excerpt(r(4911, 4911), 'Nodrošināt bezmaksas', 'psihologa konsultācijas'),
      areaRegions: [stated(report, 4935, 'Rīgā un Pierīgā', 'riga' as const)],
      deliveryModes: ['in_person'],
    },
    {
      ...base,
      name: report.at(4998, 'Sociālās rehabilitācijas pakalpojumi bērniem, kuri cietuši no prettiesiskām darbībām'),
      ...rows([5002, 5008], [5010, 5034], [5036, 5079]),
      deliveryDescription: report.prose(r(5085, 5117)),
      volume: report.excerpt(r(5085, 5091), 'ne vairāk kā divdesmit 45 minūšu konsultācijas', 'konsultācijas'),
      duration: report.excerpt(r(5091, 5095), 'sociālās rehabilitācijas kursu', 'līdz 60 dienām.'),
      cooperationConditions: report.prose(r(5129, 5133)).replace(/:$/, '.'),
      providers: [
        'latvijas-bernu-fonds',
        'zantes-gimenes-atbalsta-centrs',
        'allazu-bernu-un-gimenes-atbalsta-centrs',
        'latgales-regionalais-atbalsta-centrs-rasas-perles',
        'centrs-valdardze',
        'krizes-centrs-gimenem-ar-berniem-pasparne',
        'dobeles-novada-sociala-dienesta-socialo-pakalpojumu-centrs',
      ],
      // "Lai nodrošinātu pieejamību visos plānošanas reģionos"
      areaNational: stated(report, 5133, 'visos plānošanas reģionos', true),
      deliveryModes: ['at_home', 'residential'],
      audiences: ['children', 'adolescents', 'families'],
    },
    {
      ...base,
      name: report.at(5147, 'Sociālās rehabilitācijas pakalpojumi no vardarbības cietušām pilngadīgām personām'),
      ...rows([5151, 5163], [5165, 5188], [5190, 5220]),
      ...generic(5149),
      deliveryDescription: report.prose(r(5226, 5270)),
      providers: [
        'zantes-gimenes-atbalsta-centrs',
        'allazu-bernu-un-gimenes-atbalsta-centrs',
        'latgales-regionalais-atbalsta-centrs-rasas-perles',
        'centrs-valdardze',
        'krizes-centrs-gimenem-ar-berniem-pasparne',
        'dobeles-novada-sociala-dienesta-socialo-pakalpojumu-centrs',
        'talsu-sieviesu-un-bernu-krizu-centrs',
        'centrs-marta',
        'socialo-pakalpojumu-attistibas-centrs',
        'skalbes',
      ],
      ageMin: 18,
      availableAfter18: true,
      deliveryModes: ['residential', 'at_home', 'remote_video'],
      audiences: ['parents'],
    },
    {
      ...base,
      name: report.at(5305, 'Sociālās rehabilitācijas pakalpojumi vardarbību veikušām pilngadīgām personām'),
      ...rows([5309, 5313], [5315, 5331], [5353, 5371]),
      targetGroup: report.prose(r(5333, 5351, 'Mērķa grupa')),
      providers: ['macibu-centrs-mkb'],
      ageMin: 18,
      availableAfter18: true,
      accessRoutes: ['court_or_probation', 'police', 'social_service', 'orphans_court', 'self_referral'],
      audiences: ['parents'],
    },
  ];
}

/** City as the seed writes it (nominative or locative) → municipality slug. */
const CITY_MUNICIPALITY: Record<string, { city: string; municipality: string }> = {
  Rīga: { city: 'Rīga', municipality: 'riga' },
  Rīgā: { city: 'Rīga', municipality: 'riga' },
  Liepāja: { city: 'Liepāja', municipality: 'liepaja' },
  Liepājā: { city: 'Liepāja', municipality: 'liepaja' },
  Valmiera: { city: 'Valmiera', municipality: 'valmieras-novads' },
  Valmierā: { city: 'Valmiera', municipality: 'valmieras-novads' },
  Ventspils: { city: 'Ventspils', municipality: 'ventspils' },
  Ventspilī: { city: 'Ventspils', municipality: 'ventspils' },
  Daugavpils: { city: 'Daugavpils', municipality: 'daugavpils' },
  Daugavpilī: { city: 'Daugavpils', municipality: 'daugavpils' },
  Rēzekne: { city: 'Rēzekne', municipality: 'rezekne' },
  Rēzeknē: { city: 'Rēzekne', municipality: 'rezekne' },
  Jelgava: { city: 'Jelgava', municipality: 'jelgava' },
  Jelgavā: { city: 'Jelgava', municipality: 'jelgava' },
  Madonā: { city: 'Madona', municipality: 'madonas-novads' },
  Tukums: { city: 'Tukums', municipality: 'tukuma-novads' },
  Sigulda: { city: 'Sigulda', municipality: 'siguldas-novads' },
  Smiltene: { city: 'Smiltene', municipality: 'smiltenes-novads' },
  Salaspils: { city: 'Salaspils', municipality: 'salaspils-novads' },
  Ainaži: { city: 'Ainaži', municipality: 'limbazu-novads' },
  Ogre: { city: 'Ogre', municipality: 'ogres-novads' },
  Aizkraukle: { city: 'Aizkraukle', municipality: 'aizkraukles-novads' },
  Strenči: { city: 'Strenči', municipality: 'valmieras-novads' },
  Ludza: { city: 'Ludza', municipality: 'ludzas-novads' },
};

function place(name: string): { city: string; municipality: string } {
  const found = CITY_MUNICIPALITY[name];
  if (!found) throw new Error(`unknown city "${name}"`);
  return found;
}

/** SIA "Bērnu un pusaudžu resursu centrs": programmes for adolescents and their 13 branches. */
function bprcProgrammes(report: SeedText, base: { domain: 'social'; sourceRef: string }): ServiceDraft {
  const branchLines = [4018, 4022, 4026, 4030, 4034, 4038, 4042, 4046, 4050, 4054, 4058, 4073, 4077];
  const locations: LocationRecord[] = branchLines.map((line) => {
    const match = /^►\s*(.+?) - (.+), ([^,]+), tālr\. (\+371 \d{8}), e-pasts:\s*$/u.exec(report.raw(line).trim());
    if (!match) throw new Error(`003:${line}: branch line not understood: ${report.raw(line)}`);
    const [, name = '', addressLine = '', cityName = '', number = ''] = match;
    const { city, municipality } = place(cityName);
    return {
      name,
      addressLine,
      city,
      municipality,
      phones: [{ number: latvianPhone(number) }],
      email: report.raw(line + 2).trim(),
      confidential: false,
    };
  });
  return {
    ...base,
    slug: 'programmas-pusaudziem-mentalas-veselibas-grutibas',
    name: `${report.at(3965, 'Sociālās rehabilitācijas pakalpojums –')} ${report.at(3967, 'programmas pusaudžiem, kuri ir nonākuši mentālās veselības grūtībās')}`,
    purpose: report.prose(r(3981, 3989, 'Pakalpojuma mērķis')),
    tasks: joinParagraphs(
      report.prose(r(3995, 4015)),
      labelled('Programmu nosaukumi', report.prose(r(3975, 3979))),
    ),
    deliveryDescription: report.prose(r(4017, 4017, 'Filiāļu kontakti')),
    providers: ['bernu-un-pusaudzu-resursu-centrs'],
    locations,
    areaMunicipalities: [...new Set(locations.map((location) => location.municipality ?? ''))],
    complementaryServices: ['pirmreizeja-izvertesana-garastavokla-traucejumu-programmai'],
    deliveryModes: ['in_person'],
    audiences: ['adolescents', 'parents'],
  };
}

/** Nodibinājums "Sociālā atbalsta un izglītības fonds": its four support centres (names only). */
function supportCentres(report: SeedText): LocationRecord[] {
  const centres: [number, string, string][] = [
    [4702, 'Rīgas atbalsta centrs "Dūja"', 'Rīga'],
    [4704, 'Kurzemes ģimeņu atbalsta centrs “Liepāja”', 'Liepāja'],
    [4706, 'Latgales ģimeņu atbalsta centrs “Daugavpils”', 'Daugavpils'],
    [4708, 'Vidzemes ģimeņu atbalsta centrs “Smiltene”', 'Smiltene'],
  ];
  return centres.map(([line, name, cityName]) => ({
    name: report.at(line, name).replace('"Dūja"', '“Dūja”'),
    ...place(cityName),
    confidential: false,
  }));
}

/** Nodibinājums "Latvijas bērnu fonds": the eight baby boxes (city and phones; no address given). */
function babyBoxes(report: SeedText): LocationRecord[] {
  const lines = [4875, 4877, 4879, 4881, 4883, 4885, 4887, 4889];
  return lines.map((line) => {
    const match = /^►\s*(\p{L}+) — tālru(?:nis|ņi): (.+?)\s*$/u.exec(report.raw(line).trim());
    if (!match) throw new Error(`003:${line}: baby box line not understood: ${report.raw(line)}`);
    const [, cityName = '', numbers = ''] = match;
    return {
      name: 'Glābējsilīte',
      ...place(cityName),
      phones: numbers.split(/,\s*|\s+vai\s+/).map((number) => ({ number: latvianPhone(number) })),
      confidential: false,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Education and culture (table 4), health (table 5), justice (table 6), employment (table 7)
// ---------------------------------------------------------------------------------------------

const STATE_PAID = 'Valsts apmaksāts pakalpojums un pacientam tas ir bez maksas.';

function educationServices(report: SeedText): ServiceDraft[] {
  const base = { domain: 'education_culture' as const, sourceRef: `${REPORT_REF}, 4. tabula` };
  return [
    {
      ...base,
      name: report.at(5478, 'Interešu izglītības pakalpojums'),
      purpose: report.prose(r(5486, 5492)),
      tasks: report.prose(r(5498, 5516)),
      accessDescription: report.prose(r(5528, 5536)),
      duration: report.prose(r(5544, 5544)).replace('gads - no', 'gads – no'),
      fundingSource: report.excerpt(r(5552, 5556), 'Pašvaldībām ir tiesības', 'bezmaksas pakalpojuma veidus.'),
      priceText: report.prose(r(5552, 5579)),
      // "līdzmaksājuma sistēmu … Līdzdalības maksa ģimenēm svārstās no 1 eiro līdz 15 eiro mēnesī"
      costKind: stated(report, 5556, 'Līdzdalības maksa ģimenēm svārstās', 'partly_paid' as const),
      level: stated(report, 5480, 'Pašvaldību iestādes', 'municipal' as const),
      accessRoutes: ['self_referral'],
      audiences: ['children', 'adolescents'],
    },
    {
      ...base,
      name: report.at(5583, 'Bērnu nometnes'),
      purpose: report.prose(r(5591, 5595)),
      targetGroup: report.prose(r(5597, 5611, 'Mērķa grupa')),
      accessDescription: report.prose(r(5621, 5665), r(5688, 5698)),
      website: `https://${report.at(5623, 'nometnes.gov.lv')}/`,
      priceText: report.prose(r(5710, 5730)),
      accessRoutes: ['self_referral'],
      audiences: ['children', 'adolescents'],
    },
    {
      ...base,
      name: report.at(5732, 'Jaunsardzes centrs'),
      alternateName: 'Jaunsardze',
      purpose: report.prose(r(5740, 5742, 'Mērķis:')),
      tasks: report.prose(r(5748, 5752)),
      targetGroup: report.prose(r(5766, 5766, 'Mērķa grupa')),
      ageMin: Number(report.at(5766, '10')),
      ageMax: Number(report.at(5766, '21')),
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(5815, 5823), 'ja jaunietis ir sasniedzis 18 gadu vecumu', 'pašu.'),
      deliveryDescription: report.prose(r(5776, 5805)),
      intensity: report.excerpt(r(5776, 5782), 'Nodarbības notiek divas reizes nedēļā', 'patriotiskie pasākumi.'),
      accessDescription: report.prose(r(5815, 5823)),
      costKind: stated(report, 5780, 'Dalība visās aktivitātēs ir bez', 'free' as const),
      priceText: report.excerpt(r(5780, 5782), 'Dalība visās aktivitātēs ir bez', 'maksas.'),
      providers: ['jaunsardzes-centrs'],
      level: 'national',
      areaNational: stated(report, 5815, 'ikvienam Latvijas iedzīvotājam', true),
      accessRoutes: ['self_referral'],
      audiences: ['children', 'adolescents', 'young_adults'],
    },
  ];
}

function healthServices(report: SeedText): ServiceDraft[] {
  const base = { domain: 'health' as const, sourceRef: `${REPORT_REF}, 5. tabula` };
  const statePaid = (line: number) => ({
    fundingSource: 'Valsts',
    costKind: stated(report, line, STATE_PAID, 'free' as const),
    priceText: STATE_PAID,
    level: 'national' as const,
    areaNational: true,
  });
  const ast = astProviders(report);
  return [
    {
      ...base,
      name: report.at(5878, 'Ambulatora bērnu psihiatra konsultācija'),
      purpose: report.prose(r(5884, 5890)),
      accessDescription: report.prose(r(5902, 5949)),
      recipientDescription: report.prose(r(5955, 6021)),
      cooperationConditions: report.prose(r(6027, 6029), r(6043, 6059)),
      deliveryDescription: report.prose(r(6073, 6107)),
      intensity: report.excerpt(r(6073, 6079), 'Tās ilgums var būt apmēram 30–60', 'ilgāka).'),
      specialists: 'Bērnu psihiatrs.',
      fundingSource: 'Valsts',
      costKind: stated(report, 5914, 'Bez maksas pirmreizējā vizīte', 'free' as const),
      priceText: report.excerpt(r(5914, 5935), 'Bez maksas pirmreizējā vizīte', 'tostarp bērniem.'),
      level: 'national',
      areaNational: true,
      informationSource: `Nacionālais psihiskās veselības centrs, ${report.at(6034, 'npvc.lv')}.`,
      accessRoutes: ['doctor', 'self_referral'],
      deliveryModes: ['in_person'],
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(6109, 'Ambulatora narkologa konsultācija'),
      purpose: report.prose(r(6117, 6123)),
      tasks: report.prose(r(6127, 6152)),
      specialists: report.excerpt(r(6127, 6129), 'bērnu psihiatrs', 'narkologs'),
      accessDescription: report.prose(r(6160, 6164)),
      ...statePaid(6172),
      accessRoutes: ['self_referral', 'doctor'],
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(6176, 'Ārstniecības pārejas koordinācijas pakalpojums'),
      purpose: report.prose(r(6184, 6186)),
      targetGroup: report.prose(r(6190, 6194, 'Mērķa grupa')),
      // "kuri 6 mēnešu laikā sasniegs 18 gadu vecumu" … "līdz 25 gadu vecumam" (autism spectrum)
      ageMin: Number(report.at(6192, '18')) - 1,
      ageMax: Number(report.at(6248, '25')) - 1,
      availableAfter18: true,
      availableAfter18Note: report.prose(r(6246, 6248)),
      deliveryDescription: report.prose(r(6202, 6242)),
      duration: report.excerpt(r(6238, 6242), 'parasti ilgst no sešiem mēnešiem', 'vienam gadam'),
      accessDescription: report.prose(r(6260, 6266)),
      phones: [phone(report, 6264, '20293291', 'NPVC koordinators')],
      email: report.at(6264, 'evita.zelca@npvc.lv'),
      locations: [
        {
          name: 'Nacionālais psihiskās veselības centrs',
          addressLine: report.at(6216, 'Tvaika ielā 2').replace('ielā', 'iela'),
          ...place(report.at(6266, 'Rīgā').replace('Rīgā', 'Rīga')),
          hours: report.excerpt(r(6216, 6216), 'darba dienās', '15:00'),
          confidential: false,
        },
      ],
      providers: ['nacionalais-psihiskas-veselibas-centrs'],
      ...statePaid(6280),
      accessRoutes: ['doctor', 'self_referral'],
      deliveryModes: ['phone', 'in_person'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(6284, 'Pusaudžu narkoloģiskā motivācijas programma'),
      purpose: report.prose(r(6294, 6298)),
      targetGroup: report.prose(r(6300, 6306, 'Mērķa grupa')),
      ageMin: Number(report.at(6300, '12-18').split('-')[0]),
      ageMax: Number(report.at(6300, '12-18').split('-')[1]),
      volume: report.excerpt(r(6302, 6306), 'Programma vienlaikus uzņem', 'pusaudžus'),
      duration: report.excerpt(r(6314, 6314), 'Programma ilgst 30 dienas', '30 dienas'),
      intensity: report.excerpt(r(6316, 6318), 'Nodarbības notiek katru dienu', '20:00.'),
      specialists: report.excerpt(r(6314, 6316), 'narkologs', 'terapeitisko aktivitāšu vadītāji'),
      methods: report.prose(r(6314, 6328)),
      accessDescription: joinParagraphs(report.prose(r(6342, 6350)), report.prose(r(6356, 6358))),
      providers: ['slimnica-gintermuiza'],
      ...statePaid(6366),
      areaNational: false,
      accessRoutes: ['doctor', 'orphans_court'],
      audiences: ['adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(6372, 'Agrīnās intervences pakalpojums'),
      purpose: report.prose(r(6378, 6382)),
      targetGroup: report.prose(r(6384, 6388, 'Mērķa grupa')),
      ageMax: Number(report.at(6384, 'līdz 6 gadu').replace(/\D/g, '')) - 1,
      deliveryDescription: report.prose(r(6396, 6413)),
      specialists: report.excerpt(r(6398, 6402), 'klīniskais un veselības', 'ārsts psihiatrs'),
      accessDescription: report.prose(r(6425, 6427)),
      providers: [
        'talsu-veselibas-centrs',
        'balvu-un-gulbenes-slimnicu-apvieniba',
        'rigas-veselibas-centrs',
        'nepaliec-viens',
        'bernu-psihoneirologiska-slimnica-ainazi',
        'bernu-kliniska-universitates-slimnica',
        'slimnica-gintermuiza',
        'bauskas-slimnica',
        'daugavpils-psihoneirologiska-slimnica',
      ],
      complementaryNote: labelled('Pakalpojuma sniedzēji', report.prose(r(6433, 6455))),
      ...statePaid(6463),
      accessRoutes: ['doctor'],
      complementaryServices: ['ast-diagnostika'],
      audiences: ['children', 'parents'],
    },
    {
      ...base,
      name: report.at(6465, 'Autiska spektra traucējumu (AST) diagnostika'),
      slug: 'ast-diagnostika',
      purpose: report.prose(r(6471, 6483)),
      ageMax: Number(report.at(6479, 'līdz 18 gadu').replace(/\D/g, '')) - 1,
      methods: report.prose(r(6497, 6507)),
      deliveryDescription: report.prose(r(6509, 6513, 'Pakalpojuma'), r(6535, 6543)),
      accessDescription: report.prose(r(6553, 6557)),
      providers: ast.providers,
      locations: ast.locations,
      ...statePaid(6563),
      specialists: report.excerpt(r(6499, 6501), 'klīniskie un veselības psihologi', 'ADOS testu'),
      accessRoutes: ['doctor'],
      complementaryServices: ['agrinas-intervences-pakalpojums'],
      audiences: ['children', 'adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(6609, 'Pirmreizēja izvērtēšana uzņemšanai garastāvokļa traucējumu programmā bērniem'),
      slug: 'pirmreizeja-izvertesana-garastavokla-traucejumu-programmai',
      purpose: report.prose(r(6617, 6621)),
      targetGroup: report.prose(r(6623, 6623, 'Mērķa grupa')),
      ageMin: Number(report.at(6623, '12')),
      ageMax: Number(report.at(6623, '18')),
      deliveryDescription: joinParagraphs(report.prose(r(6651, 6657)), report.prose(r(6679, 6681))),
      accessDescription: report.prose(r(6667, 6673)),
      phones: [phone(report, 6673, '29164747')],
      email: report.at(6673, 'info@pusaudzim.lv'),
      providers: ['bernu-un-pusaudzu-resursu-centrs'],
      costKind: stated(report, 6679, 'Bezmaksas pirmreizējās izvērtēšanas konsultācijas', 'free' as const),
      priceText: report.excerpt(r(6679, 6681), 'Bezmaksas pirmreizējās izvērtēšanas konsultācijas', 'konsultācijas'),
      // "attālināti vai klātienē PRC filiālēs"
      deliveryModes: ['in_person', 'remote_video'],
      accessRoutes: ['self_referral'],
      complementaryServices: ['programmas-pusaudziem-mentalas-veselibas-grutibas'],
      audiences: ['adolescents', 'parents'],
    },
    {
      ...base,
      name: report.at(6683, 'Psihoterapeita un psihologa konsultācijas'),
      purpose: report.prose(r(6689, 6693)),
      targetGroup: report.prose(r(6695, 6715, 'Mērķa grupa')),
      ageMax: Number(report.at(6689, '18')) - 1,
      accessDescription: joinParagraphs(report.prose(r(6721, 6729)), report.prose(r(6735, 6737))),
      volume: report.excerpt(r(6725, 6727), 'līdz 10 valsts apmaksātām vizītēm', 'vizītēm'),
      ...statePaid(6743),
      // "Konsultācijas speciālisti var nodrošināt arī attālināti, izmantojot kādu no interneta platformām."
      deliveryModes: ['in_person', 'remote_video'],
      deliveryDescription: report.excerpt(r(6727, 6729), 'Konsultācijas', 'interneta platformām.'),
      accessRoutes: ['doctor'],
      audiences: ['children', 'adolescents'],
    },
  ];
}

/** The AST diagnostics providers, each with its address and phones (lines 6569–6607). */
function astProviders(report: SeedText): { providers: string[]; locations: LocationRecord[] } {
  const entries: { org: string; line: number; address: string; city: string; phones: [number, string][] }[] = [
    { org: 'daugavpils-psihoneirologiska-slimnica', line: 6569, address: 'L. Dārza 60/62', city: 'Daugavpils', phones: [[6571, '65402240']] },
    { org: 'salaspils-veselibas-centrs', line: 6573, address: 'Lauku iela 6/1', city: 'Salaspils', phones: [[6573, '27044808']] },
    { org: 'slimnica-gintermuiza', line: 6575, address: 'Filozofu iela 69', city: 'Jelgava', phones: [[6575, '63007495'], [6577, '26164021']] },
    { org: 'nepaliec-viens', line: 6579, address: 'Mārupes iela 14a', city: 'Rīga', phones: [[6579, '26191333']] },
    { org: 'bernu-psihoneirologiska-slimnica-ainazi', line: 6581, address: 'Valdemāra iela 46', city: 'Ainaži', phones: [[6583, '64024971'], [6583, '28351451']] },
    { org: 'ogres-rajona-slimnica', line: 6585, address: 'Slimnīcas iela 2', city: 'Ogre', phones: [[6585, '22307203']] },
    { org: 'aizkraukles-klinika', line: 6587, address: 'Bērzu iela 5', city: 'Aizkraukle', phones: [[6587, '65133875'], [6587, '65133870']] },
    { org: 'strencu-psihoneirologiska-slimnica', line: 6589, address: 'Valkas iela 11', city: 'Strenči', phones: [[6589, '64731580']] },
    { org: 'ilzes-embrikas-arsta-prakse', line: 6591, address: 'Atpūtas iela 16', city: 'Ventspils', phones: [[6591, '20214402']] },
    // "T: 263423253" has nine digits in the PDF and is left out; the children's line is kept.
    { org: 'piejuras-slimnica', line: 6593, address: 'Jūrmalas iela', city: 'Liepāja', phones: [[6595, '26120919']] },
    { org: 'bernu-kliniska-universitates-slimnica', line: 6597, address: 'Juglas iela 20', city: 'Rīga', phones: [[6599, '80708866']] },
    { org: 'bernu-kliniska-universitates-slimnica', line: 6601, address: 'Vienības gatve 45', city: 'Rīga', phones: [[6603, '80708866']] },
    { org: 'ludzas-medicinas-centrs', line: 6605, address: 'Raiņa iela 43', city: 'Ludza', phones: [[6607, '657 07090']] },
  ];
  const locations = entries.map((entry): LocationRecord => {
    const name = report.raw(entry.line).trim().replace(/^►\s*/, '').replace(/:.*$/, '').replace(/"(.+?)"/g, '“$1”');
    const entryText = `${report.raw(entry.line)} ${report.raw(entry.line + 2)}`.replace(/\s+/g, ' ');
    if (!entryText.includes(entry.address)) {
      throw new Error(`003:${entry.line}: address "${entry.address}" not found`);
    }
    return {
      name,
      addressLine: entry.address,
      ...place(entry.city),
      phones: entry.phones.map(([line, number]) => phone(report, line, number)),
      confidential: false,
    };
  });
  return { providers: [...new Set(entries.map((entry) => entry.org))], locations };
}

function justiceServices(report: SeedText): ServiceDraft[] {
  const base = {
    domain: 'justice' as const,
    sourceRef: `${REPORT_REF}, 6. tabula`,
    providers: ['valsts-probacijas-dienests'],
    level: 'national' as const,
    areaNational: true,
    accessRoutes: ['court_or_probation' as const],
  };
  return [
    {
      ...base,
      name: report.at(6809, 'Sociālās uzvedības korekcijas programma'),
      purpose: report.prose(r(6817, 6825)),
      targetGroup: report.prose(r(6827, 6829, 'Mērķa grupa')),
      // "no 18 gadu vecuma, retos gadījumos no 16 gadu vecuma"
      ageMin: Number(report.at(6829, '16')),
      availableAfter18: true,
      methods: labelled('Programmas', report.prose(r(6835, 6890))),
      intensity: report.excerpt(r(6899, 6901), 'parasti ietverot vienu klātienes', 'trīs stundas.'),
      duration: report.excerpt(r(6901, 6911), 'Programmu ilgums atšķiras', 'vienlaicīgi.'),
      deliveryModes: ['in_person'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(6913, 'Mentoru programma "Līdzgaitnieks"').replace('"Līdzgaitnieks"', '“Līdzgaitnieks”'),
      alternateName: 'Līdzgaitnieks',
      purpose: report.prose(r(6921, 6927)),
      targetGroup: report.prose(r(6929, 6935, 'Mērķa grupa')),
      ageMin: Number(report.at(6929, '11')),
      ageMax: Number(report.at(6929, '17')),
      deliveryDescription: report.prose(r(6943, 6959)),
      duration: report.prose(r(6965, 6967), r(6972, 6976)).replace(/ Tikšanās biežums.*$/, ''),
      intensity: report.excerpt(r(6978, 6980), 'Tikšanās biežums', 'vairākām stundām.'),
      specialists: report.excerpt(r(6945, 6947), 'Brīvprātīgie līdzgaitnieki', 'mācību programmu'),
      deliveryModes: ['in_person'],
      audiences: ['children', 'adolescents'],
    },
  ];
}

function employmentServices(report: SeedText): ServiceDraft[] {
  const base = { domain: 'employment' as const, sourceRef: `${REPORT_REF}, 7. tabula` };
  return [
    {
      ...base,
      name: report.at(7021, 'Valsts skolēnu vasaras nodarbinātības programma'),
      purpose: report.prose(r(7031, 7033)),
      targetGroup: report.prose(r(7037, 7039, 'Mērķa grupa')),
      ageMin: Number(report.at(7037, '15')),
      ageMax: Number(report.at(7037, '20')),
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(7094, 7096), 'jaunieši no 18 līdz 20 gadiem', '40 stundas nedēļā.'),
      duration: report.prose(r(7041, 7043, 'Laika periods')),
      accessDescription: report.prose(r(7049, 7082)),
      cooperationConditions: labelled('Darba samaksa', report.prose(r(7090, 7096))),
      demand: report.prose(r(7098, 7106, 'Pieprasījums')),
      fundingSource: `Valsts līdzfinansējums (${report.at(7031, 'valsts līdzfinansētās darba')} vietas).`,
      website: `https://${report.at(7051, 'nva.gov.lv')}`,
      providers: ['nodarbinatibas-valsts-agentura'],
      level: 'national',
      areaNational: true,
      accessRoutes: ['self_referral'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(7108, 'Brīvprātīgais darbs'),
      purpose: report.prose(r(7116, 7128, 'Mērķis:')),
      tasks: report.prose(r(7134, 7146)),
      targetGroup: report.prose(r(7148, 7162, 'Dalībnieki')),
      ageMin: Number(report.at(7152, '13')),
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(7156, 7158), 'No 18 gadu vecuma', 'brīvprātīgo darbu.'),
      cooperationConditions: report.prose(r(7170, 7183), r(7190, 7202)),
      informationSource: report.prose(r(7207, 7219)),
      areaNational: stated(report, 7148, 'Brīvprātīgajā darbā Latvijā', true),
      accessRoutes: ['self_referral'],
      audiences: ['adolescents', 'young_adults'],
    },
    {
      ...base,
      name: report.at(7221, 'Brīvprātīgais darbs'),
      slug: 'brivpratigais-darbs-dabas-zirgi',
      purpose: report.prose(r(7231, 7247)),
      targetGroup: report.prose(r(7249, 7263, 'Dalībnieki')),
      // "Bērni un jaunieši no ~7 gadu vecuma"
      ageMin: Number(report.at(7249, '~7').replace('~', '')),
      availableAfter18: true,
      availableAfter18Note: report.excerpt(r(7257, 7259), 'Pieaugušie', 'pasauli.'),
      accessDescription: report.prose(r(7269, 7277)),
      deliveryDescription: report.prose(r(7302, 7310)),
      phones: [phone(report, 7269, '+371 29330370')],
      email: report.at(7271, 'info@dabaszirgi.lv'),
      website: `https://${report.at(7273, 'www.dabaszirgi.lv')}`,
      locations: [
        {
          name: report.at(7308, '“Mežauļos”').replace('Mežauļos', 'Mežauļi'),
          addressLine: `“Mežauļi”, ${report.at(7308, 'Ķekavas pagastā').replace('pagastā', 'pagasts')}`,
          municipality: 'kekavas-novads',
          confidential: false,
        },
      ],
      providers: ['dabas-zirgi'],
      accessRoutes: ['self_referral'],
      deliveryModes: ['in_person'],
      audiences: ['children', 'adolescents', 'young_adults'],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The children's hospital psychosocial support project (seed 002)
// ---------------------------------------------------------------------------------------------

function hospitalServices(hospital: SeedText, report: SeedText): ServiceDraft[] {
  /** Each range is one step of the referral flow. */
  const steps = (...ranges: [number, number][]) =>
    ranges.map(([from, to]) => `– ${hospital.prose(r(from, to))}`).join('\n');
  const projectName = hospital.prose(r(4, 8)).replace(/^«|»$/g, '');
  const common = {
    domain: 'health' as const,
    sourceRef: `${HOSPITAL_REF}, Pakalpojumu klāsts`,
    purpose: hospital.prose(r(92, 106)),
    targetGroup: hospital.prose(r(36, 46)),
    // "Bērni līdz 18 gadu vecumam (neieskaitot)"
    ageMax: Number(hospital.at(36, 'līdz 18 gadu vecumam (neieskaitot)').replace(/\D/g, '')) - 1,
    availableAfter18: false,
    level: 'national' as const,
    areaNational: true,
    accessRoutes: ['doctor' as const],
    accessDescription: `${hospital.prose(r(289, 299))}:\n${steps([301, 301], [303, 303], [305, 307], [309, 311], [313, 313], [315, 315], [317, 321])}`,
    cooperationConditions: labelled('Par pakalpojuma pārklāšanos', hospital.prose(r(516, 524))),
    informationSource: `Projekta “${projectName}” ${hospital.at(10, 'informatīvā semināra materiāls')}.`,
    validUntil: stated(hospital, 58, 'līdz 2027. gada', stated(hospital, 60, '30. jūnijam', '2027-06-30')),
    phones: [phone(hospital, 594, '25606580', 'Projekta kontakttālrunis')],
    email: hospital.at(596, 'atbalstaprojekts@bkus.lv'),
    website: hospital.at(608, 'http://www.veselapasaule.lv/'),
    locations: [
      {
        name: 'Bērnu klīniskā universitātes slimnīca',
        addressLine: hospital.at(598, 'Vienības gatve 45'),
        // The city is given for this address in seed 003 (line 6603).
        ...place(report.at(6603, 'Rīga')),
        hours: hospital.at(600, '9:00 – 17:00').replace(' – ', '–'),
        confidential: false,
      },
    ],
    providers: ['bernu-kliniska-universitates-slimnica'],
    audiences: ['children', 'adolescents', 'parents', 'families', 'foster_families'] as ServiceRecord['audiences'],
  };
  // "Pakalpojumu klāsts BKUS klātienē un mērķa grupas dzīvesvietā"
  const atHospitalAndHome = {
    deliveryModes: ['in_person', 'at_home'] as ServiceRecord['deliveryModes'],
    deliveryDescription: `${hospital.excerpt(r(110, 112), 'BKUS klātienē', 'dzīvesvietā')}.`,
  };
  const atHospitalOnly = (line: number) => ({
    deliveryModes: ['in_person'] as ServiceRecord['deliveryModes'],
    deliveryDescription: stated(hospital, line, '(tikai', 'Tikai klātienē BKUS.'),
  });
  const slug = (name: string) => `bkus-${slugify(name)}`;
  const socialWorker = hospital.at(114, 'Sociālā darbinieka konsultācijas');
  const psychologist = hospital.at(116, 'Psihologa konsultācijas');
  const chaplain = hospital.at(118, 'Kapelāna konsultācijas');
  const pep = 'PEP mammas konsultācijas';
  const groups = hospital.at(124, 'Atbalsta grupas');
  const play = hospital.at(126, 'Pediatrijas spēles speciālista konsultācijas');
  const nanny = hospital.at(130, 'Auklītes pakalpojums');
  hospital.at(122, 'mammas konsultācijas');
  return [
    {
      ...common,
      ...atHospitalAndHome,
      slug: slug(socialWorker),
      name: socialWorker,
      tasks: joinParagraphs(hospital.prose(r(153, 169)), hospital.prose(r(173, 191))),
      volume: `Izvērtēšana – ${hospital.excerpt(r(309, 311), 'līdz 3 konsultācijām', 'konsultācijām')}.`,
      specialists: 'Sociālais darbinieks (gadījuma vadītājs BKUS).',
    },
    {
      ...common,
      ...atHospitalAndHome,
      slug: slug(psychologist),
      name: psychologist,
      specialists: 'Psihologs.',
    },
    {
      ...common,
      ...atHospitalAndHome,
      slug: slug(chaplain),
      name: chaplain,
      tasks: hospital.prose(r(201, 221)),
      specialists: 'Kapelāns.',
    },
    {
      ...common,
      ...atHospitalAndHome,
      slug: slug(pep),
      name: pep,
      tasks: hospital.prose(r(227, 243)),
      recipientDescription: hospital.prose(r(245, 245)),
      // "mammām ar bērniem līdz 3 gadu vecumam": children under three.
      ageMax: Number(hospital.at(245, 'līdz 3 gadu').replace(/\D/g, '')) - 1,
      providers: ['bernu-kliniska-universitates-slimnica', 'pep-mammu-apvieniba'],
      specialists: 'Pirmās emocionālās palīdzības (PEP) mamma.',
      audiences: ['children', 'parents'],
    },
    {
      ...common,
      ...atHospitalAndHome,
      slug: slug(groups),
      name: groups,
    },
    {
      ...common,
      ...atHospitalOnly(126),
      slug: slug(play),
      name: play,
      tasks: hospital.prose(r(253, 259)),
      specialists: 'Pediatrijas spēles speciālists.',
    },
    {
      ...common,
      ...atHospitalOnly(130),
      slug: slug(nanny),
      name: nanny,
      tasks: hospital.prose(r(265, 277)),
      providers: ['bernu-kliniska-universitates-slimnica', 'latvijas-kristiga-alianse-bareniem'],
      specialists: 'Auklīte.',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Section-wide notes
// ---------------------------------------------------------------------------------------------

function domainNotes(report: SeedText): DomainNoteRecord[] {
  const notes: Omit<DomainNoteRecord, 'position'>[] = [
    {
      slug: 'socialie-pakalpojumi-sadarbiba-ar-bernu',
      domain: 'social',
      title: report.at(602, 'Sadarbība ar bērnu'),
      body: report.prose(r(602, 616, 'Sadarbība ar bērnu')),
      sourceRef: `${REPORT_REF}, 2. tabula`,
    },
    {
      slug: 'socialie-pakalpojumi-sadarbiba-ar-gimeni',
      domain: 'social',
      title: report.at(618, 'Sadarbība ar ģimeni'),
      body: report.prose(r(618, 634, 'Sadarbība ar ģimeni')),
      sourceRef: `${REPORT_REF}, 2. tabula`,
    },
    {
      slug: 'socialie-pakalpojumi-sadarbiba-ar-specialistiem',
      domain: 'social',
      title: `${report.at(636, 'Sadarbība ar')} ${report.at(638, 'speciālistiem')}`,
      body: report.prose(r(640, 656)),
      sourceRef: `${REPORT_REF}, 2. tabula`,
    },
    {
      slug: 'socialo-pakalpojumu-pieprasisana-un-pieskirsana',
      domain: 'social',
      title: report.prose(r(659, 669)),
      body: report.prose(r(673, 715)),
      sourceRef: `${REPORT_REF}, 2. tabula`,
    },
    {
      slug: 'socialie-pakalpojumi-papildu-atbalsts',
      domain: 'social',
      title: report.prose(r(719, 727)),
      body: report.prose(r(731, 753)),
      sourceRef: `${REPORT_REF}, 2. tabula`,
    },
    {
      slug: 'izglitibas-un-kulturas-joma-ieklautie-pakalpojumi',
      domain: 'education_culture',
      title: 'Iekļautie pakalpojumi',
      body: joinParagraphs(
        report.prose(r(5375, 5385)),
        report.excerpt(r(5389, 5389), 'Interešu izglītības pakalpojums', 'sporta aktivitātes.'),
      ),
      sourceRef: `${REPORT_REF}, Izglītības un kultūras jomā pieejamie pakalpojumi`,
    },
    {
      slug: 'izglitibas-un-kulturas-joma-raditaji',
      domain: 'education_culture',
      title: 'Rādītāji, kas izglītības un kultūras jomā nav aprakstīti',
      body: report.prose(r(5397, 5449)),
      sourceRef: `${REPORT_REF}, Izglītības un kultūras jomā pieejamie pakalpojumi`,
    },
    {
      slug: 'veselibas-joma-raditaji',
      domain: 'health',
      title: 'Rādītāji, kas veselības jomā nav aprakstīti',
      body: report.prose(r(5827, 5855)),
      sourceRef: `${REPORT_REF}, Veselības jomā pieejamie pakalpojumi`,
    },
    {
      slug: 'tieslietu-joma-raditaji',
      domain: 'justice',
      title: 'Rādītāji, kas tieslietu jomā nav aprakstīti',
      body: report.prose(r(6758, 6786)),
      sourceRef: `${REPORT_REF}, Tieslietu jomā pieejamie pakalpojumi`,
    },
    {
      slug: 'nodarbinatibas-joma-raditaji',
      domain: 'employment',
      title: 'Rādītāji, kas nodarbinātības jomā nav aprakstīti',
      body: report.prose(r(6984, 6996)),
      sourceRef: `${REPORT_REF}, Nodarbinātības jomā pieejamie pakalpojumi`,
    },
  ];
  const positions = new Map<string, number>();
  return notes.map((note) => {
    const position = positions.get(note.domain) ?? 0;
    positions.set(note.domain, position + 1);
    return { ...note, position };
  });
}

// ---------------------------------------------------------------------------------------------
// Assembly and checks
// ---------------------------------------------------------------------------------------------

export interface SeedTexts {
  /** seed 003, the national report */
  report: string;
  /** seed 002, the children's hospital project */
  hospital: string;
}

export interface ServiceDatasetFiles {
  services: ServiceRecord[];
  organizations: OrganizationRecord[];
  domainNotes: DomainNoteRecord[];
}

function parseOrThrow<T>(kind: string, key: string, parse: () => { success: true; data: T } | { success: false; error: { issues: unknown[] } }): T {
  const result = parse();
  if (!result.success) {
    throw new Error(`${kind} "${key}" is invalid: ${JSON.stringify(result.error.issues, null, 2)}`);
  }
  return result.data;
}

function assertUnique(kind: string, slugs: string[]): void {
  const seen = new Set<string>();
  for (const value of slugs) {
    if (seen.has(value)) throw new Error(`duplicate ${kind} slug "${value}"`);
    seen.add(value);
  }
}

/** Pure: the dataset records from the seed texts. Throws on any invalid or unresolved record. */
export function extractServiceDataset(seeds: SeedTexts): ServiceDatasetFiles {
  const report = new SeedText('003', seeds.report, REPORT_FIXES, REPORT_LOST_BULLETS);
  const hospital = new SeedText('002', seeds.hospital);

  const organizations = organizationSpecs(report, hospital).map((spec) =>
    parseOrThrow('organization', spec.slug, () => organizationRecord.safeParse({ ...spec, phones: spec.phones ?? [] })),
  );
  const drafts: ServiceDraft[] = [
    ...socialServices(report),
    ...educationServices(report),
    ...healthServices(report),
    ...justiceServices(report),
    ...employmentServices(report),
    ...hospitalServices(hospital, report),
  ];
  const services = drafts.map((draft) => {
    const record = complete(draft);
    return parseOrThrow('service', record.slug, () => serviceRecord.safeParse(record));
  });
  const notes = domainNotes(report).map((note) =>
    parseOrThrow('domain note', note.slug, () => domainNoteRecord.safeParse(note)),
  );

  assertUnique('organization', organizations.map((organization) => organization.slug));
  assertUnique('service', services.map((service) => service.slug));
  assertUnique('domain note', notes.map((note) => note.slug));

  const organizationSlugs = new Set(organizations.map((organization) => organization.slug));
  const serviceSlugs = new Set(services.map((service) => service.slug));
  const used = new Set<string>();
  for (const service of services) {
    for (const provider of service.providers) {
      if (!organizationSlugs.has(provider)) throw new Error(`${service.slug}: unknown provider "${provider}"`);
      used.add(provider);
    }
    for (const other of service.complementaryServices) {
      if (!serviceSlugs.has(other) || other === service.slug) {
        throw new Error(`${service.slug}: unknown complementary service "${other}"`);
      }
    }
    const municipalities = [
      ...service.areaMunicipalities,
      ...service.locations.flatMap((location) => (location.municipality ? [location.municipality] : [])),
    ];
    for (const municipality of municipalities) {
      if (!MUNICIPALITY_SLUGS.has(municipality)) throw new Error(`${service.slug}: unknown municipality "${municipality}"`);
    }
  }
  const unused = [...organizationSlugs].filter((slug) => !used.has(slug));
  if (unused.length > 0) throw new Error(`organisations that provide no service: ${unused.join(', ')}`);

  return { services, organizations, domainNotes: notes };
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.join(REPO_ROOT, 'prisma', 'data');
export const DATASET_FILES = {
  services: 'services.json',
  organizations: 'organizations.json',
  domainNotes: 'domain-notes.json',
} as const;

/** The seeds live in shared/seeds beside the repository (SEEDS_DIR overrides). */
export function readSeeds(dir = process.env.SEEDS_DIR ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds')): SeedTexts {
  return {
    report: readFileSync(path.join(dir, '003_37068a9cc46fe536.txt'), 'utf8'),
    hospital: readFileSync(path.join(dir, '002_702b08c1e883ff6b.txt'), 'utf8'),
  };
}

/** Pretty-printed JSON with a final newline, as committed. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  const dataset = extractServiceDataset(readSeeds());
  for (const [key, file] of Object.entries(DATASET_FILES) as [keyof ServiceDatasetFiles, string][]) {
    writeFileSync(path.join(DATA_DIR, file), toJson(dataset[key]));
  }
  const counts = new Map<string, number>();
  for (const service of dataset.services) counts.set(service.domain, (counts.get(service.domain) ?? 0) + 1);
  console.info(
    `services: ${dataset.services.length} (${[...counts].map(([domain, count]) => `${domain} ${count}`).join(', ')}); ` +
      `organisations: ${dataset.organizations.length}; domain notes: ${dataset.domainNotes.length}`,
  );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
