import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProviderServiceList } from '@/components/provider/ProviderServiceList';
import { providerJsonLd } from '@/components/provider/provider-json-ld';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { ContactList } from '@/components/ui/ContactList';
import { FactList } from '@/components/ui/FactList';
import { JsonLd } from '@/components/ui/JsonLd';
import { LocationList } from '@/components/ui/LocationList';
import { PrintSource } from '@/components/ui/PrintSource';
import { Section } from '@/components/ui/Section';
import { TextBlock } from '@/components/ui/TextBlock';
import { entryMetadata, metaDescription } from '@/components/ui/metadata';
import { requestTime } from '@/components/ui/request-time';
import { findPublishedProviderEntry } from '@/lib/db/entries';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { ReportErrorForm } from '@/components/feedback/ReportErrorForm';
import { AddToReferralButton } from '@/components/referral/AddToReferralButton';

export async function generateMetadata({ params }: PageProps<'/[locale]/providers/[slug]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const provider = await findPublishedProviderEntry(slug);
  if (!provider) notFound();
  const t = await getTranslations({ locale, namespace: 'ProviderPage' });
  return entryMetadata(
    locale,
    `/providers/${slug}`,
    provider.name,
    metaDescription(provider.description) ?? t('metaDescription', { name: provider.name, count: provider.services.length }),
  );
}

export default async function ProviderPage({ params }: PageProps<'/[locale]/providers/[slug]'>) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const now = await requestTime();
  const provider = await findPublishedProviderEntry(slug);
  if (!provider) notFound();
  const [t, tEnum, tEntry] = await Promise.all([getTranslations('ProviderPage'), getTranslations('Enum'), getTranslations('Entry')]);
  const hasContacts = provider.phones.length > 0 || !!provider.email || !!provider.website;

  return (
    <article className="space-y-6" aria-labelledby="entry-title">
      <Breadcrumbs trail={[{ label: tEntry('home'), href: '/' }, { label: tEntry('search'), href: '/search' }]} current={provider.name} currentLang="lv" />
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{tEnum('type.organization')}</p>
        <h1 id="entry-title" lang="lv" className="text-2xl font-bold tracking-tight text-slate-900 wrap-break-word sm:text-3xl">
          {provider.name}
        </h1>
        <FactList
          facts={[
            !!provider.alternateName && { key: 'alternateName', term: t('alternateName'), value: <span lang="lv">{provider.alternateName}</span> },
            { key: 'legalStatus', term: t('legalStatus'), value: provider.legalStatus ? <span lang="lv">{provider.legalStatus}</span> : <span className="text-slate-700">{tEntry('notStated')}</span> },
            {
              key: 'registrationNumber',
              term: t('registrationNumber'),
              value: provider.registrationNumber ?? <span className="text-slate-700">{tEntry('notStated')}</span>,
            },
          ]}
        />
        <AddToReferralButton entry={`provider:${provider.slug}`} name={provider.name} />
      </header>

      {provider.description ? (
        <Section id="description" title={t('description')}>
          <TextBlock text={provider.description} />
        </Section>
      ) : null}

      <Section id="contacts" title={t('contacts')}>
        {hasContacts ? <ContactList phones={provider.phones} email={provider.email} website={provider.website} /> : null}
        {provider.locations.length > 0 ? <LocationList locations={provider.locations} /> : null}
        {!hasContacts && provider.locations.length === 0 ? <p className="text-slate-700">{t('noContacts')}</p> : null}
      </Section>

      <Section id="services" title={t('services', { count: provider.services.length })}>
        {provider.services.length > 0 ? <ProviderServiceList services={provider.services} locale={locale} /> : <p>{t('noServices')}</p>}
      </Section>

      {provider.crisisLines.length > 0 ? (
        <Section id="crisis-lines" title={t('crisisLines')}>
          <ul className="space-y-1">
            {provider.crisisLines.map((line) => (
              <li key={line.slug}>
                <Link href={`/crisis-lines/${line.slug}`} lang="lv" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                  {line.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <ReportErrorForm entityType="organization" entitySlug={provider.slug} path={`/providers/${provider.slug}`} />
      <PrintSource locale={locale} path={`/providers/${provider.slug}`} now={now} />
      <JsonLd data={providerJsonLd(provider, locale)} />
    </article>
  );
}
