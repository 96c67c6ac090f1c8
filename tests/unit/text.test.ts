import { describe, expect, it } from 'vitest';
import { slugify } from '@/lib/text/slug';
import { formatPhone, telHref } from '@/lib/text/phone';
import { recordHash } from '@/lib/catalogue/record-hash';
import { ARTIFACT_PATTERN, crisisNumber, e164Phone } from '@/lib/validation/common';

describe('slugify', () => {
  it.each([
    ['Talsu novads', 'talsu-novads'],
    ['Rīga', 'riga'],
    ['Ķekavas novads', 'kekavas-novads'],
    ['Biedrība “Baltā māja”', 'biedriba-balta-maja'],
    ['  Dienas centrs — “Ģimeņu atbalsts” ', 'dienas-centrs-gimenu-atbalsts'],
  ])('%s → %s', (name, expected) => expect(slugify(name)).toBe(expected));

  it('never ends in a hyphen when cut to length', () => {
    const slug = slugify(`${'a'.repeat(119)} b`);
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('formats Latvian E.164 numbers for reading and keeps short numbers', () => {
    expect(formatPhone('+37167222922')).toBe('+371 6722 2922');
    expect(formatPhone('116111')).toBe('116111');
  });

  it('builds tel: links that dial', () => {
    expect(telHref('+371 6722 2922')).toBe('tel:+37167222922');
    expect(telHref('112')).toBe('tel:112');
  });

  it('accepts only valid Latvian numbers', () => {
    expect(e164Phone.safeParse('+37127722292').success).toBe(true);
    expect(e164Phone.safeParse('+3712772229').success).toBe(false);
    expect(e164Phone.safeParse('27722292').success).toBe(false);
    expect(e164Phone.safeParse('+37107722292').success).toBe(false);
    expect(crisisNumber.safeParse('116111').success).toBe(true);
    expect(crisisNumber.safeParse('112').success).toBe(true);
    expect(crisisNumber.safeParse('+37167222922').success).toBe(true);
    expect(crisisNumber.safeParse('99').success).toBe(false);
  });
});

describe('PDF artifacts', () => {
  it.each(['soci\u00adālais', 'Ĝoti', 'pakalpo-\njums', 'two  spaces', ' leading', 'trailing ', '► bullet'])(
    'flags %j',
    (text) => expect(ARTIFACT_PATTERN.test(text)).toBe(true),
  );

  it.each(['Sociālais dienests', 'Pirmā rindkopa.\n\nOtrā rindkopa.', '– punkts\n– otrs punkts', 'Rīgas Stradiņa universitāte'])(
    'accepts clean text %j',
    (text) => expect(ARTIFACT_PATTERN.test(text)).toBe(false),
  );
});

describe('recordHash', () => {
  it('ignores key order and undefined values, but not content', () => {
    expect(recordHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(recordHash({ b: [1, { d: 3, c: 2 }], a: 1, e: undefined }));
    expect(recordHash({ a: 1 })).not.toBe(recordHash({ a: 2 }));
    expect(recordHash({ a: [1, 2] })).not.toBe(recordHash({ a: [2, 1] }));
  });
});
