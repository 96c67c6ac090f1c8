import { z } from 'zod';
import { costKind, deliveryMode, planningRegion, serviceDomain, slug, targetAudience } from './common';

/** Query parameters of the read-only open-data API (/api/v1/*). Lists accept a parameter repeated. */
const list = <T extends z.ZodType>(item: T) => z.array(item).max(20).default([]);

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
  lang: z.enum(['lv', 'en', 'ru']).optional(),
});

export const serviceListQuery = paginationQuery.extend({
  domain: list(serviceDomain),
  region: list(planningRegion),
  municipality: list(slug),
  cost: list(costKind),
  audience: list(targetAudience),
  delivery_mode: list(deliveryMode),
  age: z.coerce.number().int().min(0).max(120).optional(),
  organization_id: z.uuid().optional(),
});

export const organizationListQuery = paginationQuery;

export const municipalServiceListQuery = paginationQuery.extend({
  region: list(planningRegion),
  municipality: list(slug),
});

export const crisisLineListQuery = paginationQuery.extend({
  always_open: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

/** The keys whose values may repeat (?domain=social&domain=health). Others must appear once. */
export const LIST_PARAMETERS = new Set(['domain', 'region', 'municipality', 'cost', 'audience', 'delivery_mode']);

/** An entry is addressed by its UUID or its slug. */
export const entryKey = z.union([z.uuid(), slug]);

export type ServiceListQuery = z.infer<typeof serviceListQuery>;
export type MunicipalServiceListQuery = z.infer<typeof municipalServiceListQuery>;
export type CrisisLineListQuery = z.infer<typeof crisisLineListQuery>;
export type PaginationQuery = z.infer<typeof paginationQuery>;
