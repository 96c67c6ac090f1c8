import 'server-only';
import { serverEnv } from '@/lib/env';

/** The public address of a page of this site (for JSON-LD, alternates and printed pages). */
export function absoluteUrl(locale: string, path: string): string {
  const base = serverEnv().PUBLIC_BASE_URL.replace(/\/+$/, '');
  return `${base}/${locale}${path === '/' ? '' : path}`;
}

/** Every language version of a page, for `alternates` in page metadata. */
export function languageAlternates(locales: readonly string[], path: string): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(locale, path)]));
}
