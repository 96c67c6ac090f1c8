import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_PATTERN, LATVIAN_E164, SHORT_NUMBER, email, httpUrl } from '@/lib/validation/common';
import { crisisLineDataset, crisisLineRecord, type CrisisLineRecord } from '@/lib/validation/dataset/crisis-line';
import { datasetJson } from '@/scripts/extract/municipal-social-services';
import { CRISIS_LINES_FILE, extractCrisisLines, readCrisisSeeds } from '@/scripts/extract/crisis-lines';

const seeds = readCrisisSeeds();
const fileText = readFileSync(CRISIS_LINES_FILE, 'utf8');
const lines = crisisLineDataset.parse(JSON.parse(fileText));

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function line(phoneNumber: string): CrisisLineRecord {
  const found = lines.find((l) => l.phoneNumber === phoneNumber);
  if (!found) throw new Error(`no crisis line ${phoneNumber}`);
  return found;
}

const phoneChannels = lines.flatMap((l) => l.channels.filter((c) => c.kind === 'phone').map((c) => c.value));

describe('crisis lines dataset', () => {
  it('validates every record against the dataset schema', () => {
    expect(crisisLineDataset.safeParse(JSON.parse(fileText)).success).toBe(true);
    expect(lines).toHaveLength(13);
  });

  it('includes 112, 113, 116111, 116123, 116006 and the Interior Ministry peer-support lines', () => {
    for (const number of ['112', '113', '116111', '116123', '116006']) expect(line(number).slug).toBeTruthy();
    // seed 001: "Rīgā - 67023553, 25667470, 28618182 / Daugavpilī - 26369561 / Jelgavā – 25667164 / …"
    const interiorMinistry = [
      '+37167023553',
      '+37125667470',
      '+37128618182',
      '+37126369561',
      '+37125667164',
      '+37125666401',
      '+37125668915',
    ];
    for (const number of interiorMinistry) expect(phoneChannels).toContain(number);
    const iem = lines.filter((l) => l.slug.startsWith('iem-vsc-psihologi-'));
    expect(iem).toHaveLength(5);
    for (const l of iem) expect(l.audience).toBe('Iekšlietu ministrijas amatpersonas ar speciālo dienesta pakāpi');
  });

  it('marks only 112 and 113 as emergency numbers, reachable at all times and listed first', () => {
    expect(lines.filter((l) => l.isEmergency).map((l) => l.phoneNumber)).toEqual(['112', '113']);
    for (const number of ['112', '113']) {
      expect(line(number).is24x7).toBe(true);
      expect(line(number).position).toBeLessThan(2);
    }
  });

  it('matches the seed texts for the lines of seeds 002 and 003', () => {
    expect(line('116111').operatorName).toBe('Bērnu aizsardzības centrs');
    expect(line('116006').name).toBe('Atbalsta tālrunis noziedzīgos nodarījumos cietušajiem');
    expect(line('+37129323202').audience).toBe('Azartspēļu atkarīgie un viņu tuvinieki');
    expect(line('+37125737363').operatorName).toBe('SIA “Bērnu un pusaudžu resursu centrs”');
    const hospital = line('+37125606580');
    expect(hospital.email).toBe('atbalstaprojekts@bkus.lv');
    expect(hospital.validUntil).toBe('2027-06-30');
    expect(seeds['002']).toContain('⏰ Darba laiks: 9:00 – 17:00');
    expect(hospital.channels[0]?.schedule).toEqual([{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }]);
  });

  it('has only valid Latvian numbers: E.164 or a short national number', () => {
    for (const number of [...lines.map((l) => l.phoneNumber), ...phoneChannels]) {
      expect(LATVIAN_E164.test(number) || SHORT_NUMBER.test(number), number).toBe(true);
    }
  });

  it('has well-formed e-mail addresses and URLs', () => {
    for (const l of lines) {
      for (const address of [l.email, ...l.channels.filter((c) => c.kind === 'email').map((c) => c.value)]) {
        if (address !== undefined) expect(email.safeParse(address).success, address).toBe(true);
      }
      const channelUrls = l.channels.filter((c) => c.kind === 'web' || c.kind === 'chat').map((c) => c.value);
      for (const url of [l.website, l.chatUrl, ...channelUrls]) {
        if (url !== undefined) expect(httpUrl.safeParse(url).success, url).toBe(true);
      }
    }
  });

  it('gives every line with stated hours either is24x7 or a machine-readable schedule', () => {
    for (const l of lines) {
      if (l.hours) expect(l.is24x7 || l.channels.some((c) => c.schedule !== undefined), l.slug).toBe(true);
      for (const c of l.channels) {
        if (c.hours) expect(c.is24x7 || c.schedule !== undefined, `${l.slug} ${c.value}`).toBe(true);
        for (const opening of c.schedule ?? []) {
          for (const day of opening.days) expect(day).toBeGreaterThanOrEqual(1);
          expect(opening.from < opening.to).toBe(true);
        }
      }
    }
  });

  it('has unique slugs and numbers, and positions 0…n−1 in order', () => {
    expect(new Set(lines.map((l) => l.slug)).size).toBe(lines.length);
    expect(new Set(phoneChannels).size).toBe(phoneChannels.length);
    expect(lines.map((l) => l.position)).toEqual(lines.map((_, i) => i));
  });

  it('leaves no PDF artifacts in any text', () => {
    for (const text of strings(lines)) {
      expect(ARTIFACT_PATTERN.test(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('rejects a line whose hours have no schedule', () => {
    const hospital = line('+37125606580');
    const withoutSchedule = {
      ...hospital,
      channels: hospital.channels.map((c) => ({ kind: c.kind, value: c.value, hours: c.hours, is24x7: c.is24x7 })),
    };
    expect(crisisLineRecord.safeParse(withoutSchedule).success).toBe(false);
  });
});

describe('crisis lines extraction', () => {
  it('re-builds from the seeds exactly what is committed', () => {
    expect(datasetJson(extractCrisisLines(seeds))).toBe(fileText);
  });

  it('fails when a quoted passage or number is not in the seed', () => {
    const wrongNumber = { ...seeds, '003': seeds['003'].replace('tālr. 116006', 'tālr. 116007') };
    expect(() => extractCrisisLines(wrongNumber)).toThrow(/does not contain/);
    const wrongDigit = { ...seeds, '001': seeds['001'].replace('25667164', '25667165') };
    expect(() => extractCrisisLines(wrongDigit)).toThrow(/does not contain/);
  });
});
