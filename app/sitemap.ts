import type { MetadataRoute } from 'next';
import { listPublishedEntryPages } from '@/lib/db/sitemap-entries';
import { serverEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';

// Read from the database when asked (entries are published while the site runs), never at build time.
export const dynamic = 'force-dynamic';

/** Pages worth finding from a search engine; search results and referral lists are not among them. */
const SITE_PAGES = ['/', '/guide', '/social-services', '/crisis-lines'];

/** Every published entry and the main pages, each in every language, with the other languages as alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = serverEnv().PUBLIC_BASE_URL.replace(/\/+$/, '');
  const url = (locale: string, path: string) => `${base}/${locale}${path === '/' ? '' : path}`;
  const entries = await listPublishedEntryPages();
  const pages = [...SITE_PAGES.map((path) => ({ path, lastModified: undefined })), ...entries];
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, path),
      ...(lastModified ? { lastModified } : {}),
      alternates: {
        languages: {
          ...Object.fromEntries(routing.locales.map((other) => [other, url(other, path)])),
          'x-default': url(routing.defaultLocale, path),
        },
      },
    })),
  );
}
