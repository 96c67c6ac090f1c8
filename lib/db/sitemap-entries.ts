import 'server-only';
import { getDb } from './client';

export interface SitemapEntry {
  /** the page's path without the locale, e.g. `/services/some-slug` */
  path: string;
  lastModified: Date;
}

/** Every published entry's page, for sitemap.xml. */
export async function listPublishedEntryPages(): Promise<SitemapEntry[]> {
  const db = getDb();
  const where = { status: 'published' } as const;
  const select = { slug: true, updatedAt: true } as const;
  const [services, organizations, socialServices, crisisLines] = await Promise.all([
    db.service.findMany({ where, select, orderBy: { slug: 'asc' } }),
    db.organization.findMany({ where, select, orderBy: { slug: 'asc' } }),
    db.municipalSocialService.findMany({ where, select, orderBy: { slug: 'asc' } }),
    db.crisisLine.findMany({ where, select, orderBy: { slug: 'asc' } }),
  ]);
  const pages = (prefix: string, rows: { slug: string; updatedAt: Date }[]) =>
    rows.map((row) => ({ path: `/${prefix}/${row.slug}`, lastModified: row.updatedAt }));
  return [
    ...pages('services', services),
    ...pages('providers', organizations),
    ...pages('social-services', socialServices),
    ...pages('crisis-lines', crisisLines),
  ];
}
