import { z } from 'zod';
import { entryStatus, planningRegion, serviceDomain } from '@/lib/validation/common';

/**
 * The admin lists' state in the URL: ?q=…&status=draft&domain=health&region=kurzeme&stale=1&sort=updated&page=2.
 * An invalid value is dropped (the list shows everything for it), so a hand-edited URL never breaks the page.
 */
export const ADMIN_SORTS = ['name', 'updated', 'verified'] as const;
export type AdminSort = (typeof ADMIN_SORTS)[number];
export const ADMIN_PAGE_SIZE = 25;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v), schema.optional().catch(undefined));

export const adminListQuerySchema = z.object({
  q: optional(z.string().trim().max(200)).transform((v) => v || undefined),
  status: optional(entryStatus),
  domain: optional(serviceDomain),
  region: optional(planningRegion),
  /** "not verified for 12 months" */
  stale: optional(z.literal('1')).transform((v) => v === '1'),
  sort: optional(z.enum(ADMIN_SORTS)).transform((v) => v ?? 'name'),
  page: optional(z.coerce.number().int().min(1).max(10_000)).transform((v) => v ?? 1),
});

export type AdminListQuery = z.output<typeof adminListQuerySchema>;

export function parseAdminListQuery(params: Record<string, string | string[] | undefined>): AdminListQuery {
  return adminListQuerySchema.parse(params);
}
