/**
 * URL slug of a Latvian name: diacritics folded to ASCII, lower case, words joined by hyphens.
 * "Talsu novads" → "talsu-novads", "Rīga" → "riga", "Biedrība “Baltā māja”" → "biedriba-balta-maja".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
}
