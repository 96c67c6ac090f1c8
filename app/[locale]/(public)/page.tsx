import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { HomeSearchForm } from '@/components/search/HomeSearchForm';
import { getCatalogueStats } from '@/lib/db/catalogue-stats';

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  await resolvePageLocale(params);
  // The catalogue changes while the site runs: render from the database on each request.
  await connection();
  const [t, stats] = await Promise.all([getTranslations('HomePage'), getCatalogueStats()]);

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t('title')}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t('lead')}</p>
        <HomeSearchForm />
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
  );
}
