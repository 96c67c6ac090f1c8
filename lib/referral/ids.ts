/**
 * A referral list is a short, ordered list of catalogue entries written as `kind:slug`, e.g.
 * `service:ambulatora-narkologa-konsultacija,crisis-line:vienotais-krizes-talrunis`. It lives only in the
 * browser (localStorage) and in the page address, never on the server. Shared by server and client code.
 */
export const REFERRAL_KINDS = ['service', 'provider', 'social-service', 'crisis-line'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export interface ReferralRef {
  kind: ReferralKind;
  slug: string;
}

/** Enough for a printed page; a longer list is cut here rather than failing. */
export const MAX_REFERRAL_ITEMS = 30;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isKind = (value: string): value is ReferralKind => (REFERRAL_KINDS as readonly string[]).includes(value);

export function referralKey(ref: ReferralRef): string {
  return `${ref.kind}:${ref.slug}`;
}

/** One `kind:slug`, or null when it is not a valid reference. */
export function parseReferralKey(value: string): ReferralRef | null {
  const separator = value.indexOf(':');
  if (separator < 0) return null;
  const kind = value.slice(0, separator).trim();
  const slug = value.slice(separator + 1).trim();
  if (!isKind(kind) || slug.length > 120 || !SLUG.test(slug)) return null;
  return { kind, slug };
}

/**
 * Reads the `ids` parameter (one comma-separated value or several values). Invalid parts and repeats
 * are dropped and counted, so a hand-edited or truncated address still shows the rest of the list.
 */
export function parseReferralIds(values: string | readonly string[] | undefined | null): { refs: ReferralRef[]; dropped: number } {
  const raw = (typeof values === 'string' ? [values] : (values ?? [])).flatMap((v) => v.split(','));
  const refs: ReferralRef[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const part of raw) {
    if (part.trim() === '') continue;
    const ref = parseReferralKey(part);
    if (!ref || seen.has(referralKey(ref)) || refs.length >= MAX_REFERRAL_ITEMS) {
      dropped++;
      continue;
    }
    seen.add(referralKey(ref));
    refs.push(ref);
  }
  return { refs, dropped };
}

export function formatReferralIds(refs: readonly ReferralRef[]): string {
  return refs.map(referralKey).join(',');
}

/** The list with one entry added at the end (no duplicates, at most MAX_REFERRAL_ITEMS). */
export function withReferral(refs: readonly ReferralRef[], ref: ReferralRef): ReferralRef[] {
  if (refs.some((r) => referralKey(r) === referralKey(ref))) return [...refs];
  return [...refs, ref].slice(0, MAX_REFERRAL_ITEMS);
}

export function withoutReferral(refs: readonly ReferralRef[], ref: ReferralRef): ReferralRef[] {
  return refs.filter((r) => referralKey(r) !== referralKey(ref));
}

/** Printout languages: the site's own locales. */
export const PRINT_LANGUAGES = ['lv', 'en', 'ru'] as const;
export type PrintLanguage = (typeof PRINT_LANGUAGES)[number];

export function parsePrintLanguage(value: unknown, fallback: PrintLanguage): PrintLanguage {
  return typeof value === 'string' && (PRINT_LANGUAGES as readonly string[]).includes(value) ? (value as PrintLanguage) : fallback;
}

/**
 * The address of a referral list page (relative, with the locale): `/lv/referral?ids=…&lang=ru`.
 * The list stays readable in the address: commas and colons are left unescaped.
 */
export function referralHref(locale: string, refs: readonly ReferralRef[], printLanguage?: PrintLanguage): string {
  const params: string[] = [];
  if (refs.length > 0) params.push(`ids=${formatReferralIds(refs)}`);
  if (printLanguage && printLanguage !== locale) params.push(`lang=${printLanguage}`);
  return `/${locale}/referral${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The kind of a referral reference for each search hit type. */
export const REFERRAL_KIND_OF_ENTRY = {
  service: 'service',
  organization: 'provider',
  municipal_social_service: 'social-service',
  crisis_line: 'crisis-line',
} as const satisfies Record<string, ReferralKind>;
