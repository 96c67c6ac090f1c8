import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';

/** Where each kind of entry lives in the admin area and on the public site. */
export const ADMIN_SEGMENT: Record<CatalogueKind, 'services' | 'organizations' | 'municipal-services' | 'crisis-lines'> = {
  service: 'services',
  organization: 'organizations',
  municipal_social_service: 'municipal-services',
  crisis_line: 'crisis-lines',
};

const PUBLIC_SEGMENT: Record<CatalogueKind, string> = {
  service: 'services',
  organization: 'providers',
  municipal_social_service: 'social-services',
  crisis_line: 'crisis-lines',
};

export const adminListPath = (kind: CatalogueKind) => `/admin/${ADMIN_SEGMENT[kind]}` as const;
export const adminEntryPath = (kind: CatalogueKind, id: string) => `/admin/${ADMIN_SEGMENT[kind]}/${id}` as const;
export const adminHistoryPath = (kind: CatalogueKind, id: string) => `/admin/${ADMIN_SEGMENT[kind]}/${id}/history` as const;
export const adminNewPath = (kind: CatalogueKind) => `/admin/${ADMIN_SEGMENT[kind]}/new` as const;
export const publicEntryPath = (kind: CatalogueKind, slug: string) => `/${PUBLIC_SEGMENT[kind]}/${slug}`;
