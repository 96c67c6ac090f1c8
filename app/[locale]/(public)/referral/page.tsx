import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { CopyShareLink } from '@/components/referral/CopyShareLink';
import { PrintButton } from '@/components/referral/PrintButton';
import { PrintLanguageChooser } from '@/components/referral/PrintLanguageChooser';
import { ReferralListSync } from '@/components/referral/ReferralListSync';
import { ReferralPicker } from '@/components/referral/ReferralPicker';
import { ReferralSheet } from '@/components/referral/ReferralSheet';
import { absoluteUrl, languageAlternates } from '@/components/ui/site-url';
import { listCrisisStripLines } from '@/lib/db/crisis-lines';
import { serverEnv } from '@/lib/env';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { routing } from '@/lib/i18n/routing';
import { loadReferralEntries } from '@/lib/referral/entries';
import { parsePrintLanguage, parseReferralIds, referralHref, withReferral } from '@/lib/referral/ids';
import { searchCatalogue } from '@/lib/search/search';
import { parseSearchParams } from '@/lib/validation/search-query';

export async function generateMetadata({ params }: PageProps<'/[locale]/referral'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Referral' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    // A list is one person's working copy: never indexed.
    robots: { index: false, follow: false },
    alternates: { canonical: absoluteUrl(locale, '/referral'), languages: languageAlternates(routing.locales, '/referral') },
  };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The social worker's referral list, rendered on the server from the address (`?ids=service:a,service:b`,
 * `&lang=ru` for the printout language). Nothing about the list or the client is stored on the server.
 */
export default async function ReferralPage({ params, searchParams }: PageProps<'/[locale]/referral'>) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const listed = parseReferralIds(query.ids);
  const added = parseReferralIds(query.add);
  const refs = added.refs.reduce(withReferral, listed.refs);
  const langParam = first(query.lang);
  const printLanguage = parsePrintLanguage(langParam, locale);
  const chosenLanguage = printLanguage === locale ? undefined : printLanguage;
  const find = (first(query.find) ?? '').trim().slice(0, 200);

  const [t, { entries, missing }, emergencyLines, found] = await Promise.all([
    getTranslations('Referral'),
    loadReferralEntries(refs),
    listCrisisStripLines(4),
    find ? searchCatalogue({ ...parseSearchParams({ q: find }).query, perPage: 8 }) : Promise.resolve(null),
  ]);
  const baseUrl = serverEnv().PUBLIC_BASE_URL.replace(/\/+$/, '');
  const shareUrl = `${baseUrl}${referralHref(locale, refs, chosenLanguage)}`;

  return (
    <div className="space-y-6">
      <header className="space-y-2 print:hidden">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-slate-800">{t('lead')}</p>
      </header>

      {listed.dropped + added.dropped > 0 || missing.length > 0 ? (
        <div role="status" className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3 text-sm print:hidden">
          {listed.dropped + added.dropped > 0 ? <p>{t('dropped')}</p> : null}
          {missing.length > 0 ? <p>{t('missing', { count: missing.length })}</p> : null}
        </div>
      ) : null}

      {entries.length === 0 ? (
        <div className="space-y-2 rounded-lg border border-slate-200 p-4 print:hidden">
          <p>{t('empty')}</p>
          <a href={`/${locale}/search`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t('searchLink')}
          </a>
        </div>
      ) : (
        <>
          <section aria-labelledby="referral-actions" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4 print:hidden">
            <h2 id="referral-actions" className="text-lg font-semibold">
              {t('actionsHeading')} <span className="font-normal text-slate-700">· {t('count', { count: entries.length })}</span>
            </h2>
            <PrintLanguageChooser locale={locale} refs={refs} current={printLanguage} />
            <div className="flex flex-wrap items-center gap-3">
              <PrintButton />
              <a href={`${referralHref(locale, [])}?ids=`} className="inline-flex min-h-11 items-center px-1 text-slate-700 underline">
                {t('clear')}
              </a>
            </div>
            <CopyShareLink url={shareUrl} />
          </section>
          <section aria-label={t('preview')}>
            <ReferralSheet
              entries={entries}
              refs={refs}
              language={printLanguage}
              locale={locale}
              baseUrl={baseUrl}
              shareUrl={shareUrl}
              preparedOn={new Date()}
              emergencyLines={emergencyLines}
            />
          </section>
        </>
      )}

      <ReferralPicker locale={locale} refs={refs} printLanguage={chosenLanguage} find={find} hits={found ? found.hits : null} />
      <Suspense fallback={null}>
        <ReferralListSync locale={locale} />
      </Suspense>
    </div>
  );
}
