import { z } from 'zod';
import { cleanText } from '@/lib/validation/common';
import {
  MAX_TEXT_LENGTH,
  normalizePhoneInput,
  parsePhoneLines,
  tidyLine,
  tidyText,
  toBoolean,
  toInteger,
  toIsoDate,
  toList,
  toOptionalChoice,
  toRows,
  toTriState,
  withoutUndefined,
} from './input';

/**
 * Admin form fields: a coordinator-friendly reading (./input) in front of a rule taken from the dataset
 * schemas, so a form is checked by exactly the rules the importer and the API use.
 */

/**
 * Refuses input longer than any form field should send before tidying it, so the (possibly unbounded) dataset
 * rule never sees it.
 */
const bounded =
  (maximum: number, tidy: (value: unknown) => unknown) =>
  (value: unknown, ctx: z.core.$RefinementCtx): unknown => {
    if (typeof value === 'string' && value.length > maximum) {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum, inclusive: true, input: value, message: 'text.too_long' });
      return z.NEVER;
    }
    return tidy(value);
  };

/** Multi-line text (descriptions, hours). */
export const textField = <T extends z.ZodType>(rule: T) => z.preprocess(bounded(MAX_TEXT_LENGTH, tidyText), rule);

/** One line of text (names, short labels). */
export const lineField = <T extends z.ZodType>(rule: T) => z.preprocess(bounded(MAX_TEXT_LENGTH, tidyLine), rule);

export const choiceField = <T extends z.ZodType>(rule: T) => z.preprocess(toOptionalChoice, rule);
export const listField = <T extends z.ZodType>(rule: T) => z.preprocess(toList, rule);
export const checkboxField = <T extends z.ZodType>(rule: T) => z.preprocess(toBoolean, rule);
export const integerField = <T extends z.ZodType>(rule: T) => z.preprocess(toInteger, rule);
export const dateField = <T extends z.ZodType>(rule: T) => z.preprocess(toIsoDate, rule);

/** Yes / no / not stated. */
export const triStateField = <T extends z.ZodType>(rule: T) => z.preprocess(toTriState, rule);

/** An e-mail address: surrounding spaces and a "mailto:" prefix are dropped. */
export const emailField = <T extends z.ZodType>(rule: T) =>
  z.preprocess((v) => {
    const line = tidyLine(v);
    return typeof line === 'string' ? line.replace(/^mailto:/i, '') : line;
  }, rule);

/** A web address: "www.example.lv" gets https:// (the only reading of it). */
export const urlField = <T extends z.ZodType>(rule: T) =>
  z.preprocess((v) => {
    const line = tidyLine(v);
    if (typeof line !== 'string') return line;
    return /^www\./i.test(line) ? `https://${line}` : line;
  }, rule);

/** At most this many phones on one entry or place. */
export const MAX_PHONES = 30;
const MAX_PHONE_LINES_LENGTH = 5_000;

/** Phones as lines of a text area ("2 777 2292 | darba dienās"). */
export const phoneLinesField = <T extends z.ZodType>(rule: T) =>
  z.preprocess(bounded(MAX_PHONE_LINES_LENGTH, parsePhoneLines), rule).superRefine((phones, ctx) => {
    if (Array.isArray(phones) && phones.length > MAX_PHONES) {
      ctx.addIssue({ code: 'too_big', origin: 'array', maximum: MAX_PHONES, inclusive: true, input: phones, message: 'list.too_long' });
    }
  });

/** One phone number, typed as people type it; `allowShort` for crisis lines (112, 116111). */
export const phoneField = <T extends z.ZodType>(rule: T, options: { allowShort?: boolean } = {}) =>
  z.preprocess((v) => normalizePhoneInput(v, options), rule);

/**
 * References to other entries (providers, complementary services) as typed: a name or a slug per input.
 * They are resolved to slugs by the domain service, which knows the catalogue.
 */
export const referencesField = z.preprocess(toList, z.array(cleanText.max(300)).max(50));

/** At most this many rows (places, channels) on one entry. */
export const MAX_ROWS = 50;

/** Numbered rows, each tidied by `tidyRow` before the dataset rule for the list checks them. */
export const rowsField = <T extends z.ZodType>(tidyRow: (row: Record<string, unknown>) => Record<string, unknown>, rule: T) =>
  z
    .preprocess((v) => {
      const rows = toRows(v);
      if (!Array.isArray(rows)) return rows;
      return rows.map((row) => (typeof row === 'object' && row !== null && !Array.isArray(row) ? tidyRow(row as Record<string, unknown>) : row));
    }, rule)
    .superRefine((rows, ctx) => {
      if (Array.isArray(rows) && rows.length > MAX_ROWS) {
        ctx.addIssue({ code: 'too_big', origin: 'array', maximum: MAX_ROWS, inclusive: true, input: rows, message: 'list.too_long' });
      }
    });

/** "LV 1010", "lv-1010", "1010" → "LV-1010". */
export function tidyPostalCode(value: unknown): unknown {
  const line = tidyLine(value);
  if (typeof line !== 'string') return line;
  const match = /^(?:LV[\s-]?)?(\d{4})$/i.exec(line);
  return match ? `LV-${match[1]}` : line;
}

/** A row's text longer than this is cut: the dataset rule (at most 300 characters) refuses it anyway. */
const cut = (value: unknown) => (typeof value === 'string' && value.length > MAX_TEXT_LENGTH ? value.slice(0, MAX_TEXT_LENGTH) : value);

/** A place's row as the dataset's location record expects it. */
export function tidyLocationRow(row: Record<string, unknown>, options: { confidentialFlag: boolean; municipality: boolean; email: boolean }) {
  const phones = parsePhoneLines(typeof row.phones === 'string' ? row.phones.slice(0, MAX_PHONE_LINES_LENGTH) : row.phones);
  return withoutUndefined({
    name: tidyLine(cut(row.name)),
    addressLine: tidyLine(cut(row.addressLine)),
    city: tidyLine(cut(row.city)),
    postalCode: tidyPostalCode(cut(row.postalCode)),
    municipality: options.municipality ? toOptionalChoice(row.municipality) : undefined,
    phones: Array.isArray(phones) && phones.length === 0 ? undefined : phones,
    email: options.email ? tidyLine(cut(row.email)) : undefined,
    hours: tidyText(cut(row.hours)),
    confidential: options.confidentialFlag ? toBoolean(row.confidential) : undefined,
  });
}
