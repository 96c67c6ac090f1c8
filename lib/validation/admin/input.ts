/**
 * Coordinator-friendly reading of form input, before the dataset rules (lib/validation/dataset) check it.
 *
 * Each function takes what a form sends (strings, repeated values, numbered rows) or an already typed value
 * (a stored snapshot being restored) and returns what the dataset schemas expect. Nothing is guessed: input
 * that cannot be read unambiguously is passed on unchanged, so the rule that follows refuses it with its
 * own message key.
 */

/** Longest text a form field accepts; the request body limit would refuse much more anyway. */
export const MAX_TEXT_LENGTH = 20_000;

/**
 * Text as people paste it: Windows line ends, tabs, runs of spaces, spaces at line ends, soft hyphens and
 * bullet glyphs from Word or PDF. The result satisfies `cleanText` unless the text carries real extraction
 * artifacts (broken glyphs), which stay and are reported. Empty → undefined (the field is left out).
 */
export function tidyText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00ad\u200b\ufeff]/g, '')
    .replace(/[\u000b\u000c]/g, '\n')
    .replace(/[\t\u00a0\u2007\u202f]/g, ' ')
    .replace(/^[ ]*[•►\uf0b7\uf0a7][ ]*/gm, '– ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}

/** A single-line value (a name, an e-mail, a URL): inner line breaks become spaces. */
export function tidyLine(value: unknown): unknown {
  const tidy = tidyText(value);
  return typeof tidy === 'string' ? tidy.replace(/\s*\n\s*/g, ' ') : tidy;
}

/** Repeated form values (checkboxes, rows of inputs): always a list of non-empty strings. */
export function toList(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return [];
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((v) => (typeof v === 'string' ? tidyLine(v) : v))
    .filter((v) => v !== undefined && v !== '');
}

/** A checkbox: present ("on") is true, absent is false; typed booleans pass. */
export function toBoolean(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null || value === '') return false;
  if (value === 'on' || value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  return value;
}

/** Yes / no / "the source does not say" (a select with an empty option). */
export function toTriState(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null || value === '') return undefined;
  if (value === 'yes' || value === 'true') return true;
  if (value === 'no' || value === 'false') return false;
  return value;
}

/** A whole number typed in a field ("12", " 12 "); anything else is passed on to be refused. */
export function toInteger(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^-?\d{1,4}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A date as `<input type="date">` sends it (YYYY-MM-DD) or as typed in Latvia (DD.MM.YYYY). */
export function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const latvian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(trimmed);
  if (latvian) return `${latvian[3]}-${latvian[2]!.padStart(2, '0')}-${latvian[1]!.padStart(2, '0')}`;
  return trimmed;
}

/** An optional choice from a select: the empty option means "not stated". */
export function toOptionalChoice(value: unknown): unknown {
  return value === '' || value === null ? undefined : value;
}

/**
 * A Latvian phone number as people type it: "2 777 2292", "+371 27 772 292", "0037127772292", "(+371) 6722-2922"
 * → "+37127772292". Eight digits starting 2–9 are a Latvian number without its country code, which is
 * unambiguous. Short national numbers (112, 116111) stay as typed when `allowShort`. Anything else is returned
 * as typed, so the E.164 rule refuses it.
 */
export function normalizePhoneInput(value: unknown, options: { allowShort?: boolean } = {}): unknown {
  if (typeof value !== 'string') return value;
  const typed = value.trim();
  if (typed === '') return undefined;
  if (!/^[+\d\s().\-/\u00a0]+$/.test(typed)) return typed;
  const digits = typed.replace(/[^\d+]/g, '');
  if (/^\+371[2-9]\d{7}$/.test(digits)) return digits;
  if (/^00371[2-9]\d{7}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^371[2-9]\d{7}$/.test(digits)) return `+${digits}`;
  if (/^[2-9]\d{7}$/.test(digits)) return `+371${digits}`;
  if (options.allowShort && /^1\d{2,5}$/.test(digits)) return digits;
  return typed;
}

/** Separators between a number and its description on one line: "2 777 2292 | darba dienās". */
const PHONE_LINE_SEPARATOR = /\s*(?:[|;]|\s[—–-]\s)\s*/;

/**
 * Phones as lines of a text area, one per line: a number, optionally followed by "|" or ";" (or a dash between
 * spaces) and what the number is for. Typed lists of `{ number, description }` pass unchanged.
 */
export function parsePhoneLines(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null) return [];
  if (typeof value !== 'string') return value;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const separator = PHONE_LINE_SEPARATOR.exec(line);
      const number = separator ? line.slice(0, separator.index) : line;
      const description = separator ? line.slice(separator.index + separator[0].length) : '';
      const tidyDescription = tidyLine(description);
      return {
        number: normalizePhoneInput(number),
        ...(tidyDescription === undefined ? {} : { description: tidyDescription }),
      };
    });
}

/** The text-area form of phones, the inverse of parsePhoneLines. */
export function formatPhoneLines(phones: readonly { number: string; description?: string | null }[]): string {
  return phones.map((p) => (p.description ? `${p.number} | ${p.description}` : p.number)).join('\n');
}

/**
 * Numbered rows of a form (`locations.0.name`, `locations.1.name` …, already nested by `formDataToObject`):
 * a list in row order, without rows marked for removal and without rows left entirely blank.
 */
export function toRows(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return [];
  const rows = Array.isArray(value) ? value : typeof value === 'object' ? Object.values(value) : value;
  if (!Array.isArray(rows)) return rows;
  return rows.filter((row) => {
    if (typeof row !== 'object' || row === null) return true;
    const record = row as Record<string, unknown>;
    if (record.remove === 'on' || record.remove === true) return false;
    return Object.entries(record).some(([key, v]) => key !== 'remove' && isFilled(v));
  }).map((row) => {
    if (typeof row !== 'object' || row === null) return row;
    return Object.fromEntries(Object.entries(row as Record<string, unknown>).filter(([key]) => key !== 'remove'));
  });
}

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isFilled);
  // An unticked checkbox sends nothing; a typed `false` (a restored snapshot) is not input either.
  return value !== undefined && value !== null && value !== false;
}

/** Drops the keys whose value is undefined, so `.strict()` record schemas see only what was given. */
export function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
