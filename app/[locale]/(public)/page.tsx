import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { DomainLinks } from '@/components/home/DomainLinks';
import { LifeSituationLinks } from '@/components/home/LifeSituationLinks';
import { emptySearchQuery, searchHref } from '@/components/home/life-situations';
import { MunicipalityFinder, SOCIAL_SERVICE_PARAM } from '@/components/home/MunicipalityFinder';
import { HomeSearchForm } from '@/components/search/HomeSearchForm';
import { absoluteUrl, languageAlternates } from '@/components/ui/site-url';
import { memoizeFor } from '@/lib/cache/ttl';
import { getCatalogueStats } from '@/lib/db/catalogue-stats';
import { listMunicipalities } from '@/lib/db/municipalities';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { routing } from '@/lib/i18n/routing';
import { searchCatalogue } from '@/lib/search/search';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const [t, tMeta] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getTranslations({ locale, namespace: 'Metadata' })]);
  return {
    title: { absolute: t('metaTitle') },
    description: tMeta('description'),
    alternates: {
      canonical: absoluteUrl(locale, '/'),
      languages: { ...languageAlternates(routing.locales, '/'), 'x-default': absoluteUrl(routing.defaultLocale, '/') },
    },
  };
}

/** The municipality's social service page, or the search for it when there is none or more than one. */
async function socialServiceHref(locale: string, municipality: string): Promise<string> {
  const query = emptySearchQuery(2);
  query.filters.type = ['municipal_social_service'];
  query.filters.municipality = [municipality];
  const result = await searchCatalogue(query);
  const only = result.total === 1 ? result.hits[0] : undefined;
  return only ? `/${locale}/social-services/${only.slug}` : searchHref(locale, { ...query, perPage: 20 });
}

/**
 * The counts on the home page (entries per kind, services per domain) are the same for every visitor and may be
 * a minute old: computed once a minute per instance, not per view. At 100 000 services counting them took
 * ~90 ms a view (bench/findings.md).
 */
const homeFigures = memoizeFor(
  60_000,
  async () => {
    const browseServices = emptySearchQuery(1);
    browseServices.filters.type = ['service'];
    const [stats, services] = await Promise.all([getCatalogueStats(), searchCatalogue(browseServices)]);
    return { stats, services };
  },
  ({ services }) => !services.degraded,
);

export default async function HomePage({ params, searchParams }: PageProps<'/[locale]'>) {
  const locale = await resolvePageLocale(params);
  // The catalogue changes while the site runs: render from the database on each request.
  await connection();
  const municipalities = await listMunicipalities();

  // "Find my municipality's social service" is a GET form to this page (works without JavaScript).
  const chosen = (await searchParams)[SOCIAL_SERVICE_PARAM];
  if (typeof chosen === 'string' && municipalities.some((m) => m.slug === chosen)) redirect(await socialServiceHref(locale, chosen));

  const [t, { stats, services }] = await Promise.all([getTranslations('Home'), homeFigures()]);

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t('lead')}</p>
        <HomeSearchForm />
      </section>

      <LifeSituationLinks />

      <section aria-labelledby="guide-heading" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
        <div className="min-w-64 flex-1">
          <h2 id="guide-heading" className="text-xl font-bold">
            {t('guideHeading')}
          </h2>
          <p className="text-slate-800">{t('guideLead')}</p>
        </div>
        <a href={`/${locale}/guide`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          {t('guideLink')}
        </a>
      </section>

      <MunicipalityFinder municipalities={municipalities} />

      <DomainLinks services={services} />

      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="referral-heading" className="space-y-2 rounded-lg border border-slate-200 p-4">
          <h2 id="referral-heading" className="text-lg font-semibold">
            {t('referralHeading')}
          </h2>
          <p className="text-slate-700">{t('referralLead')}</p>
          <a href={`/${locale}/referral`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t('referralLink')}
          </a>
        </section>
        <section aria-labelledby="stats-heading" className="rounded-lg border border-slate-200 p-4">
          <h2 id="stats-heading" className="text-lg font-semibold">
            {t('statsHeading')}
          </h2>
          <ul className="mt-2 space-y-1 text-slate-800">
            <li>{t('services', { count: stats.services })}</li>
            <li>{t('municipalServices', { count: stats.municipalSocialServices })}</li>
            <li>{t('crisisLines', { count: stats.crisisLines })}</li>
          </ul>
        </section>
      </div>
    </div>
  );
}
