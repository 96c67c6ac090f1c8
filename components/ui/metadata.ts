import 'server-only';
import type { Metadata } from 'next';
import { routing } from '@/lib/i18n/routing';
import { absoluteUrl, languageAlternates } from './site-url';

/** A plain one-line summary of stored text for a meta description (search result snippets are ~160 characters). */
export function metaDescription(text: string | null | undefined, max = 160): string | undefined {
  if (!text) return undefined;
  const plain = text.replace(/^\s*[–—•-]\s+/gm, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Title, description, canonical address and the other language versions of an entry page. */
export function entryMetadata(locale: string, path: string, title: string, description: string | undefined): Metadata {
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(locale, path), languages: languageAlternates(routing.locales, path) },
    openGraph: { title, description, url: absoluteUrl(locale, path), type: 'website' },
  };
}
