import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { ContactList } from '@/components/ui/ContactList';
import { EntryProvenance } from '@/components/ui/EntryProvenance';
import { FactList } from '@/components/ui/FactList';
import { JsonLd } from '@/components/ui/JsonLd';
import { LocationList } from '@/components/ui/LocationList';
import { PrintSource } from '@/components/ui/PrintSource';
import { Section } from '@/components/ui/Section';
import { entryMetadata } from '@/components/ui/metadata';
import { requestTime } from '@/components/ui/request-time';
import { absoluteUrl } from '@/components/ui/site-url';
import { findPublishedSocialServiceEntry } from '@/lib/db/entries';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { ReportErrorForm } from '@/components/feedback/ReportErrorForm';
import { AddToReferralButton } from '@/components/referral/AddToReferralButton';

export async function generateMetadata({ params }: PageProps<'/[locale]/social-services/[slug]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const service = await findPublishedSocialServiceEntry(slug);
  if (!service) notFound();
  const t = await getTranslations({ locale, namespace: 'SocialServicesPage' });
  return entryMetadata(locale, `/social-services/${slug}`, service.name, t('metaDescription', { municipality: service.municipality.name }));
}

export default async function SocialServicePage({ params }: PageProps<'/[locale]/social-services/[slug]'>) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const now = await requestTime();
  const service = await findPublishedSocialServiceEntry(slug);
  if (!service) notFound();
  const [t, tEnum, tEntry] = await Promise.all([getTranslations('SocialServicesPage'), getTranslations('Enum'), getTranslations('Entry')]);
  const path = `/social-services/${service.slug}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    '@id': absoluteUrl(locale, path),
    url: absoluteUrl(locale, path),
    name: service.name,
    email: service.email ?? undefined,
    telephone: service.phones[0]?.number,
    sameAs: service.website ?? undefined,
    areaServed: { '@type': 'AdministrativeArea', name: service.municipality.name },
    address: service.locations.flatMap((l) =>
      l.address ? [{ '@type': 'PostalAddress', streetAddress: l.address.line, addressLocality: l.address.city ?? undefined, postalCode: l.address.postalCode ?? undefined, addressCountry: 'LV' }] : [],
    ),
  };

  return (
    <article className="space-y-6" aria-labelledby="entry-title">
      <Breadcrumbs
        trail={[
          { label: tEntry('home'), href: '/' },
          { label: t('title'), href: '/social-services' },
        ]}
        current={service.name} currentLang="lv"
      />
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{tEnum('type.municipal_social_service')}</p>
        <h1 id="entry-title" lang="lv" className="text-2xl font-bold tracking-tight text-slate-900 wrap-break-word sm:text-3xl">
          {service.name}
        </h1>
        <FactList
          facts={[
            { key: 'municipality', term: tEntry('municipality'), value: <span lang="lv">{service.municipality.name}</span> },
            { key: 'region', term: t('region'), value: tEnum(`region.${service.municipality.planningRegion}`) },
          ]}
        />
        <p className="text-slate-800">{t('whatFor')}</p>
        <AddToReferralButton entry={`social-service:${service.slug}`} name={service.name} />
      </header>
      <Section id="contacts" title={t('contacts')}>
        <ContactList phones={service.phones} email={service.email} website={service.website} hours={service.hours} />
      </Section>
      {service.locations.length > 0 ? (
        <Section id="addresses" title={t('addresses')}>
          <LocationList locations={service.locations} />
        </Section>
      ) : null}
      <Section id="provenance" title={tEntry('aboutInformation')}>
        <EntryProvenance lastVerifiedAt={service.lastVerifiedAt} now={now} showSource={false} />
      </Section>
      <ReportErrorForm entityType="municipal_social_service" entitySlug={service.slug} path={path} />
      <PrintSource locale={locale} path={path} now={now} />
      <JsonLd data={jsonLd} />
    </article>
  );
}
