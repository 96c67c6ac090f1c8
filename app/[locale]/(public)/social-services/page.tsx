import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegionNav, regionAnchor } from '@/components/municipal/RegionNav';
import { SocialServiceSummary } from '@/components/municipal/SocialServiceSummary';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PrintSource } from '@/components/ui/PrintSource';
import { entryMetadata } from '@/components/ui/metadata';
import { requestTime } from '@/components/ui/request-time';
import { listSocialServicesByRegion, PLANNING_REGIONS } from '@/lib/db/entries';
import { resolvePageLocale } from '@/lib/i18n/locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/social-services'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SocialServicesPage' });
  return entryMetadata(locale, '/social-services', t('title'), t('lead'));
}

export default async function SocialServicesPage({ params }: PageProps<'/[locale]/social-services'>) {
  const locale = await resolvePageLocale(params);
  const now = await requestTime();
  const [regions, t, tEnum, tEntry] = await Promise.all([
    listSocialServicesByRegion(),
    getTranslations('SocialServicesPage'),
    getTranslations('Enum'),
    getTranslations('Entry'),
  ]);

  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ label: tEntry('home'), href: '/' }]} current={t('title')} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-lg text-slate-800">{t('lead')}</p>
        <RegionNav regions={PLANNING_REGIONS} />
      </header>
      {regions.map(({ region, municipalities }) => (
        <section key={region} id={regionAnchor(region)} aria-labelledby={`${regionAnchor(region)}-heading`} className="scroll-mt-4 space-y-4 border-t border-slate-200 pt-6">
          <h2 id={`${regionAnchor(region)}-heading`} className="text-xl font-bold sm:text-2xl">
            {tEnum(`region.${region}`)}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {municipalities.map((municipality) => (
              <li key={municipality.slug} className="min-w-0 rounded-lg border border-slate-200 p-4 break-inside-avoid">
                <h3 lang="lv" className="text-lg font-semibold text-slate-900">
                  {municipality.name}
                </h3>
                {municipality.socialServices.length > 0 ? (
                  <div className="mt-1 space-y-4">
                    {municipality.socialServices.map((service) => (
                      <SocialServiceSummary key={service.slug} service={service} />
                    ))}
                  </div>
                ) : (
                  <p className="mt-1 text-slate-700">{t('noEntry')}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <PrintSource locale={locale} path="/social-services" now={now} />
    </div>
  );
}
