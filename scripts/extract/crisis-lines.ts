/**
 * Builds prisma/data/crisis-lines.json: the crisis and support lines named in the seeds, plus the national
 * emergency numbers.
 *
 *   npm run data:extract:crisis        (seeds from ../shared/seeds, or SEEDS_DIR)
 *
 * The lines are scattered through prose, so this is a curated table rather than a parser. Every line quotes the
 * seed passages it comes from (`evidence`); the build fails unless each passage is in the seed text (whitespace
 * and line breaks aside) and every phone number, e-mail address and website of the line appears in them. Only
 * 112 and 113 have no seed passage: the seeds do not mention them and the catalogue must show them anyway.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crisisLineDataset, type CrisisLineRecord } from '@/lib/validation/dataset/crisis-line';
import { DATA_DIR, datasetJson, isMainModule, readSeed, validateDataset } from './municipal-social-services';

type SeedId = '001' | '002' | '003';
export type SeedTexts = Readonly<Record<SeedId, string>>;

interface Evidence {
  seed: SeedId;
  snippet: string;
}

interface CuratedLine {
  /** seed passages; 'national-emergency-number' only for 112 and 113 */
  evidence: readonly Evidence[] | 'national-emergency-number';
  line: Omit<CrisisLineRecord, 'position'>;
}

const NATIONAL_EMERGENCY_NUMBERS = ['112', '113'];
const ALWAYS = { hours: 'Visu diennakti', is24x7: true } as const;

/** Interior Ministry (IeM VSC) psychologists by city, seed 001 "divu līmeņu" peer-support leaflet. */
function interiorMinistryPsychologists(
  city: string,
  slugCity: string,
  printed: string,
  numbers: string[],
): CuratedLine {
  const [first] = numbers;
  if (!first) throw new Error(`No number for ${city}`);
  return {
    evidence: [
      { seed: '001', snippet: 'lūdzu, zvaniet IeM VSC Psiholoģiskā atbalsta nodaļas psihologiem:' },
      { seed: '001', snippet: printed },
      {
        seed: '001',
        snippet:
          'Iekšlietu ministrijas (turpmāk - IeM) amatpersonām ar speciālo dienesta pakāpi (turpmāk – amatpersona) ir ' +
          'pieejams bezmaksas psiholoģiskais atbalsts, kuru sniedz Iekšlietu ministrijas veselības un sporta centra ' +
          '(turpmāk - IeM VSC) Psiholoģiskā atbalsta nodaļas psihologi.',
      },
    ],
    line: {
      slug: `iem-vsc-psihologi-${slugCity}`,
      name: `IeM VSC Psiholoģiskā atbalsta nodaļas psihologi, ${city}`,
      phoneNumber: first,
      operatorName: 'Iekšlietu ministrijas veselības un sporta centra Psiholoģiskā atbalsta nodaļa',
      is24x7: false,
      audience: 'Iekšlietu ministrijas amatpersonas ar speciālo dienesta pakāpi',
      topics: ['psychological_support'],
      languages: [],
      description:
        'IeM VSC Psiholoģiskā atbalsta nodaļas psihologi sniedz bezmaksas psiholoģisko atbalstu Iekšlietu ' +
        'ministrijas amatpersonām ar speciālo dienesta pakāpi. Bukletā šie tālruņi norādīti jautājumiem par kolēģu ' +
        'atbalsta personām (divu līmeņu psiholoģiskā atbalsta modelis IeM resorā no 2024. gada).',
      isEmergency: false,
      channels: numbers.map((value) => ({ kind: 'phone' as const, value, is24x7: false })),
      sourceRef: `001, Kolēģu atbalsta persona, kontakti (${city})`,
    },
  };
}

/** In display order: emergency numbers first, then lines for everyone, then lines for a specific group. */
export const CURATED_LINES: readonly CuratedLine[] = [
  {
    evidence: 'national-emergency-number',
    line: {
      slug: 'arkartas-palidzibas-numurs-112',
      name: 'Vienotais ārkārtas palīdzības numurs',
      phoneNumber: '112',
      ...ALWAYS,
      topics: ['emergency'],
      freeOfCharge: true,
      languages: [],
      isEmergency: true,
      channels: [{ kind: 'phone', value: '112', ...ALWAYS }],
      sourceRef: 'Valsts ārkārtas palīdzības numurs (sēklās nav minēts)',
    },
  },
  {
    evidence: 'national-emergency-number',
    line: {
      slug: 'neatliekama-mediciniska-palidziba-113',
      name: 'Neatliekamā medicīniskā palīdzība',
      phoneNumber: '113',
      ...ALWAYS,
      topics: ['emergency', 'medical_emergency'],
      freeOfCharge: true,
      languages: [],
      isEmergency: true,
      channels: [{ kind: 'phone', value: '113', ...ALWAYS }],
      sourceRef: 'Valsts ārkārtas palīdzības numurs (sēklās nav minēts)',
    },
  },
  {
    evidence: [
      {
        seed: '003',
        snippet: 'Krīzes tālruņi ► Bērnu aizsardzības centra Bērnu un pusaudžu uzticības tālrunis – tālr. 116111;',
      },
    ],
    line: {
      slug: 'bernu-un-pusaudzu-uzticibas-talrunis',
      name: 'Bērnu un pusaudžu uzticības tālrunis',
      phoneNumber: '116111',
      operatorName: 'Bērnu aizsardzības centrs',
      is24x7: false,
      audience: 'Bērni un pusaudži',
      topics: ['children_and_adolescents', 'emotional_support'],
      languages: [],
      isEmergency: false,
      channels: [{ kind: 'phone', value: '116111', is24x7: false }],
      sourceRef: '003, Krīzes tālruņa pakalpojums',
    },
  },
  {
    evidence: [{ seed: '003', snippet: 'Biedrība “Skalbes” vienotais krīzes tālrunis – tālr. 116 123;' }],
    line: {
      slug: 'vienotais-krizes-talrunis',
      name: 'Vienotais krīzes tālrunis',
      phoneNumber: '116123',
      operatorName: 'Biedrība “Skalbes”',
      is24x7: false,
      topics: ['crisis', 'emotional_support'],
      languages: [],
      isEmergency: false,
      channels: [{ kind: 'phone', value: '116123', is24x7: false }],
      sourceRef: '003, Krīzes tālruņa pakalpojums',
    },
  },
  {
    evidence: [
      {
        seed: '003',
        snippet: 'Biedrība “Skalbes” atbalsta tālrunis noziedzīgos nodarījumos cietušajiem – tālr. 116006',
      },
    ],
    line: {
      slug: 'atbalsta-talrunis-noziedzigos-nodarijumos-cietusajiem',
      name: 'Atbalsta tālrunis noziedzīgos nodarījumos cietušajiem',
      phoneNumber: '116006',
      operatorName: 'Biedrība “Skalbes”',
      is24x7: false,
      audience: 'Noziedzīgos nodarījumos cietušie',
      topics: ['crime_victims'],
      languages: [],
      isEmergency: false,
      channels: [{ kind: 'phone', value: '116006', is24x7: false }],
      sourceRef: '003, Krīzes tālruņa pakalpojums',
    },
  },
  {
    evidence: [
      {
        seed: '003',
        // The seed writes the company name in straight quotes; the record uses Latvian quotes like the others.
        snippet: 'SIA "Bērnu un pusaudžu resursu centrs" mentālās veselības atbalsta tālrunis – tālr. 25737363.',
      },
    ],
    line: {
      slug: 'mentalas-veselibas-atbalsta-talrunis',
      name: 'Mentālās veselības atbalsta tālrunis',
      phoneNumber: '+37125737363',
      operatorName: 'SIA “Bērnu un pusaudžu resursu centrs”',
      is24x7: false,
      topics: ['mental_health'],
      languages: [],
      isEmergency: false,
      channels: [{ kind: 'phone', value: '+37125737363', is24x7: false }],
      sourceRef: '003, Krīzes tālruņa pakalpojums',
    },
  },
  {
    evidence: [
      {
        seed: '003',
        snippet:
          'Biedrība “Skalbes” atbalsta tālrunis azartspēļu atkarīgajiem un viņu tuviniekiem – tālr. 29323202;',
      },
    ],
    line: {
      slug: 'atbalsta-talrunis-azartspelu-atkarigajiem',
      name: 'Atbalsta tālrunis azartspēļu atkarīgajiem un viņu tuviniekiem',
      phoneNumber: '+37129323202',
      operatorName: 'Biedrība “Skalbes”',
      is24x7: false,
      audience: 'Azartspēļu atkarīgie un viņu tuvinieki',
      topics: ['gambling_addiction'],
      languages: [],
      isEmergency: false,
      channels: [{ kind: 'phone', value: '+37129323202', is24x7: false }],
      sourceRef: '003, Krīzes tālruņa pakalpojums',
    },
  },
  {
    evidence: [
      { seed: '002', snippet: '«Atbalsta sistēmas izveide bērniem ar smagām diagnozēm un viņu ģimenes locekļiem»' },
      {
        seed: '002',
        snippet:
          'Bērni līdz 18 gadu vecumam (neieskaitot) ar smagu diagnozi vai funkcionāliem traucējumiem, iespējamu vai ' +
          'esošu invaliditāti, kā arī bērna ģimenes locekļi (bērna vecāki, aizbildnis, audžuģimenes, kā arī citas ' +
          'personas, ar ko bērns dzīvo vienā mājsaimniecībā), kuriem ir nepieciešams psihosociāls atbalsts.',
      },
      { seed: '002', snippet: 'Projektu īsteno Bērnu klīniskā universitātes slimnīca (turpmāk – BKUS).' },
      { seed: '002', snippet: 'psihosociālo atbalstu projekta ietvaros sniedz līdz 2027. gada 30. jūnijam.' },
      { seed: '002', snippet: 'Kontaktinformācija saziņai: 📞 25606580 ✉️ atbalstaprojekts@bkus.lv' },
      { seed: '002', snippet: '⏰ Darba laiks: 9:00 – 17:00' },
      // The printed "www.bkus.lv" is linked to this address.
      { seed: '002', snippet: 'http://www.bkus.lv/' },
    ],
    line: {
      slug: 'bkus-psihosocialais-atbalsts-berniem-ar-smagam-diagnozem',
      name: 'Atbalsta sistēmas izveide bērniem ar smagām diagnozēm un viņu ģimenes locekļiem',
      phoneNumber: '+37125606580',
      operatorName: 'Bērnu klīniskā universitātes slimnīca',
      hours: 'Darba laiks 9:00–17:00',
      is24x7: false,
      audience:
        'Bērni līdz 18 gadu vecumam (neieskaitot) ar smagu diagnozi vai funkcionāliem traucējumiem, iespējamu vai ' +
        'esošu invaliditāti, un bērna ģimenes locekļi (vecāki, aizbildnis, audžuģimenes un citas personas, ar ko ' +
        'bērns dzīvo vienā mājsaimniecībā), kuriem nepieciešams psihosociāls atbalsts',
      topics: ['serious_illness', 'psychosocial_support'],
      languages: [],
      email: 'atbalstaprojekts@bkus.lv',
      website: 'http://www.bkus.lv/',
      description:
        'Bērnu klīniskās universitātes slimnīcas projekta kontakttālrunis. Projektā ģimenēm pieejamas sociālā ' +
        'darbinieka, psihologa, kapelāna un PEP mammas konsultācijas un atbalsta grupas; psihosociālo atbalstu ' +
        'projekta ietvaros sniedz līdz 2027. gada 30. jūnijam.',
      isEmergency: false,
      validUntil: '2027-06-30',
      channels: [
        {
          kind: 'phone',
          value: '+37125606580',
          hours: 'Darba laiks 9:00–17:00',
          is24x7: false,
          // The seed gives the hours, not the days; "darba laiks" is read as working days (Monday to Friday).
          schedule: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
        },
        { kind: 'email', value: 'atbalstaprojekts@bkus.lv', is24x7: false },
      ],
      sourceRef: '002, Kontaktinformācija saziņai',
    },
  },
  interiorMinistryPsychologists('Rīga', 'riga', 'Rīgā - 67023553, 25667470, 28618182', [
    '+37167023553',
    '+37125667470',
    '+37128618182',
  ]),
  interiorMinistryPsychologists('Daugavpils', 'daugavpils', 'Daugavpilī - 26369561', ['+37126369561']),
  interiorMinistryPsychologists('Jelgava', 'jelgava', 'Jelgavā – 25667164', ['+37125667164']),
  interiorMinistryPsychologists('Valmiera', 'valmiera', 'Valmierā - 25666401', ['+37125666401']),
  interiorMinistryPsychologists('Liepāja', 'liepaja', 'Liepājā – 25668915', ['+37125668915']),
];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Numbers as a seed prints them ("116 123", "25606580") → "116123"; an 8-digit number gets +371. */
function printedNumbers(snippet: string): Set<string> {
  const numbers = new Set<string>();
  for (const m of snippet.matchAll(/\d+(?: \d+)*/g)) {
    const digits = m[0].replace(/ /g, '');
    numbers.add(digits.length === 8 ? `+371${digits}` : digits);
  }
  return numbers;
}

function checkEvidence(curated: CuratedLine, seeds: SeedTexts): void {
  const { line, evidence } = curated;
  const phones = [line.phoneNumber, ...line.channels.filter((c) => c.kind === 'phone').map((c) => c.value)];
  if (evidence === 'national-emergency-number') {
    for (const phone of phones) {
      if (!NATIONAL_EMERGENCY_NUMBERS.includes(phone)) throw new Error(`${line.slug}: ${phone} needs seed evidence`);
    }
    return;
  }
  for (const e of evidence) {
    if (!collapse(seeds[e.seed]).includes(collapse(e.snippet))) {
      throw new Error(`${line.slug}: seed ${e.seed} does not contain "${e.snippet}"`);
    }
  }
  const printed = new Set(evidence.flatMap((e) => [...printedNumbers(e.snippet)]));
  for (const phone of phones) {
    if (!printed.has(phone)) throw new Error(`${line.slug}: ${phone} is not printed in its evidence`);
  }
  const quoted = evidence.map((e) => e.snippet).join(' ');
  const addresses = [
    line.email,
    line.website,
    line.chatUrl,
    ...line.channels.filter((c) => c.kind !== 'phone' && c.kind !== 'sms').map((c) => c.value),
  ];
  for (const address of addresses) {
    if (address !== undefined && !quoted.includes(address)) {
      throw new Error(`${line.slug}: ${address} is not printed in its evidence`);
    }
  }
}

/** The crisis lines dataset from the seed texts: pure, validated, in display order. */
export function extractCrisisLines(seeds: SeedTexts): CrisisLineRecord[] {
  const records = CURATED_LINES.map((curated, position): CrisisLineRecord => {
    checkEvidence(curated, seeds);
    return { ...curated.line, position };
  });
  const lines = validateDataset(crisisLineDataset, records, 'crisis-lines');
  for (const key of ['slug', 'phoneNumber'] as const) {
    const values = lines.map((l) => l[key]);
    const duplicate = values.find((v, i) => values.indexOf(v) !== i);
    if (duplicate) throw new Error(`Duplicate crisis line ${key}: ${duplicate}`);
  }
  return lines;
}

export function readCrisisSeeds(): SeedTexts {
  return { '001': readSeed('001'), '002': readSeed('002'), '003': readSeed('003') };
}

export const CRISIS_LINES_FILE = path.join(DATA_DIR, 'crisis-lines.json');

if (isMainModule(import.meta.url)) {
  const lines = extractCrisisLines(readCrisisSeeds());
  writeFileSync(CRISIS_LINES_FILE, datasetJson(lines));
  console.info(`Wrote ${lines.length} crisis lines to ${CRISIS_LINES_FILE}`);
}
