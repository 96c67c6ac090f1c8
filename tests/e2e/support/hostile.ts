import fc from 'fast-check';

/** Values nobody's form would send: random, huge, malformed and hostile (Unicode edge cases, injections). */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE "Service"; --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '\uFEFF\u202E',
    '𝕜𝕣𝕚𝕫𝕖',
    'ā'.repeat(5000),
    'x'.repeat(20_000),
    '-1',
    '1e309',
    'NaN',
    '[]',
    '{"$ne":null}',
    'social,social,social',
  ),
);
