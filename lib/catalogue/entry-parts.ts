import type { Prisma } from '@/lib/generated/prisma/client';
import { foldDiacritics } from '@/lib/search/latvian';
import { addFieldError, type FieldErrors } from '@/lib/validation/admin/errors';
import type { LocationRecord, PhoneRecord } from '@/lib/validation/dataset/service';

/** Pieces several kinds of entry share: phones, places, municipalities and references to other entries. */

type Tx = Prisma.TransactionClient;

/** YYYY-MM-DD of a DATE column. */
export const isoDay = (date: Date | null): string | undefined => (date ? date.toISOString().slice(0, 10) : undefined);

/** A DATE column's value from YYYY-MM-DD. */
export const dayOf = (iso: string | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** null → undefined: the form values leave out what the database leaves empty. */
export const opt = <T>(value: T | null): T | undefined => value ?? undefined;

export const phonesInclude = { orderBy: { position: 'asc' }, select: { number: true, description: true } } as const;

export function phoneValues(phones: { number: string; description: string | null }[]): PhoneRecord[] {
  return phones.map((p) => ({ number: p.number, ...(p.description ? { description: p.description } : {}) }));
}

export function phoneRows(phones: readonly PhoneRecord[] | undefined) {
  return (phones ?? []).map((p, position) => ({ number: p.number, description: p.description ?? null, position }));
}

export const locationSelect = {
  name: true,
  addressLine: true,
  city: true,
  postalCode: true,
  email: true,
  hours: true,
  confidential: true,
  position: true,
  municipality: { select: { slug: true } },
  phones: phonesInclude,
} satisfies Prisma.LocationSelect;

type LocationRow = Prisma.LocationGetPayload<{ select: typeof locationSelect }>;

/** A stored place as form values (the dataset's location record shape). */
export function locationValue(row: LocationRow): LocationRecord {
  const phones = phoneValues(row.phones);
  return {
    ...(row.name ? { name: row.name } : {}),
    ...(row.addressLine ? { addressLine: row.addressLine } : {}),
    ...(row.city ? { city: row.city } : {}),
    ...(row.postalCode ? { postalCode: row.postalCode } : {}),
    ...(row.municipality ? { municipality: row.municipality.slug } : {}),
    ...(phones.length > 0 ? { phones } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.hours ? { hours: row.hours } : {}),
    confidential: row.confidential,
  };
}

/** Columns of a new place. */
export function locationData(value: Partial<LocationRecord> & { addressLine?: string }, municipalityId: string | null, position: number) {
  return {
    position,
    name: value.name ?? null,
    addressLine: value.addressLine ?? null,
    city: value.city ?? null,
    postalCode: value.postalCode ?? null,
    municipalityId,
    email: value.email ?? null,
    hours: value.hours ?? null,
    confidential: value.confidential ?? false,
    phones: { create: phoneRows(value.phones) },
  };
}

/** Municipality ids by slug. */
export async function municipalityIds(tx: Tx): Promise<Map<string, string>> {
  return new Map((await tx.municipality.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
}

/** Checks slugs of municipalities; unknown ones become field errors of `field`. */
export function checkMunicipalities(ids: Map<string, string>, slugs: readonly string[], field: string, errors: FieldErrors): { ids: string[]; errors: FieldErrors } {
  let out = errors;
  const found: string[] = [];
  slugs.forEach((slug, i) => {
    const id = ids.get(slug);
    if (id) found.push(id);
    else out = addFieldError(out, field, { key: 'reference.unknown', item: i + 1, value: slug });
  });
  return { ids: found, errors: out };
}

export interface Referable {
  id: string;
  slug: string;
  name: string;
}

const key = (text: string) => foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Finds the entries typed in a list field: by slug, or by name (case and diacritics ignored). Duplicates are
 * dropped; unknown, ambiguous and self references are field errors naming what was typed.
 */
export function resolveReferences(
  candidates: readonly Referable[],
  typed: readonly string[],
  field: string,
  errors: FieldErrors,
  selfId: string | null,
): { found: Referable[]; errors: FieldErrors } {
  const bySlug = new Map(candidates.map((c) => [c.slug, c]));
  const byName = new Map<string, Referable[]>();
  for (const c of candidates) byName.set(key(c.name), [...(byName.get(key(c.name)) ?? []), c]);
  let out = errors;
  const found: Referable[] = [];
  typed.forEach((text, i) => {
    const item = i + 1;
    const matches = bySlug.has(text) ? [bySlug.get(text)!] : (byName.get(key(text)) ?? []);
    if (matches.length === 0) out = addFieldError(out, field, { key: 'reference.unknown', item, value: text });
    else if (matches.length > 1) out = addFieldError(out, field, { key: 'reference.ambiguous', item, value: text });
    else if (matches[0]!.id === selfId) out = addFieldError(out, field, { key: 'reference.self', item, value: text });
    else if (!found.some((f) => f.id === matches[0]!.id)) found.push(matches[0]!);
  });
  return { found, errors: out };
}
