import type { EntryOrigin, EntryStatus } from '@/lib/generated/prisma/enums';
import type { CrisisLineValues } from '@/lib/validation/admin/crisis-line';
import type { MunicipalServiceValues } from '@/lib/validation/admin/municipal-service';
import type { OrganizationValues } from '@/lib/validation/admin/organization';
import type { ServiceValues } from '@/lib/validation/admin/service';

/**
 * The catalogue entries coordinators edit. The names are those the importer, the audit log and the search
 * outbox already use for `entityType`.
 */
export const CATALOGUE_KINDS = ['service', 'organization', 'municipal_social_service', 'crisis_line'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const isCatalogueKind = (value: string): value is CatalogueKind => (CATALOGUE_KINDS as readonly string[]).includes(value);

export interface EntryValuesByKind {
  service: ServiceValues;
  organization: OrganizationValues;
  municipal_social_service: MunicipalServiceValues;
  crisis_line: CrisisLineValues;
}

/** One state of an entry: its bookkeeping and its editable values. Stored whole in the audit log. */
export interface EntryState<V = unknown> {
  kind: CatalogueKind;
  id: string;
  slug: string;
  name: string;
  status: EntryStatus;
  origin: EntryOrigin;
  version: number;
  /** YYYY-MM-DD; null when never verified, or for organisations (which have no verification date) */
  lastVerifiedAt: string | null;
  values: V;
}

/** Who makes a change: the signed-in coordinator (CurrentUser satisfies it). */
export interface Actor {
  id: string;
}

/** The entry a coordinator acts on, at the version they saw. */
export interface EntryRef {
  id: string;
  version: number;
}
