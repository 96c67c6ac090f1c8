import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  DomainNotesSection,
  ServiceAboutSection,
  ServiceAccessSection,
  ServiceCostSection,
  ServiceDetailsSection,
  ServiceProvidersSection,
  ServiceWhereSection,
} from '@/components/service/ServiceSections';
import { serviceJsonLd } from '@/components/service/service-json-ld';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { EndedNotice, EntryProvenance } from '@/components/ui/EntryProvenance';
import { JsonLd } from '@/components/ui/JsonLd';
import { PrintSource } from '@/components/ui/PrintSource';
import { Section } from '@/components/ui/Section';
import { calendarDateFormatter } from '@/components/ui/dates';
import { entryMetadata, metaDescription } from '@/components/ui/metadata';
import { requestTime } from '@/components/ui/request-time';
import { hasEnded } from '@/lib/crisis/availability';
import { findPublishedServiceEntry, PLANNING_REGIONS } from '@/lib/db/entries';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { ReportErrorForm } from '@/components/feedback/ReportErrorForm';
import { AddToReferralButton } from '@/components/referral/AddToReferralButton';

export async function generateMetadata({ params }: PageProps<'/[locale]/services/[slug]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const service = await findPublishedServiceEntry(slug);
  if (!service) notFound();
  return entryMetadata(locale, `/services/${slug}`, service.name, metaDescription(service.purpose));
}

export default async function ServicePage({ params }: PageProps<'/[locale]/services/[slug]'>) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const now = await requestTime();
  const service = await findPublishedServiceEntry(slug);
  if (!service) notFound();
  const [t, tEnum, tEntry, formatDate] = await Promise.all([
    getTranslations('ServicePage'),
    getTranslations('Enum'),
    getTranslations('Entry'),
    calendarDateFormatter(),
  ]);
  const path = `/services/${service.slug}`;
  const jsonLd = serviceJsonLd(service, locale, {
    domain: tEnum(`domain.${service.domain}`),
    regions: Object.fromEntries(PLANNING_REGIONS.map((r) => [r, tEnum(`region.${r}`)])),
    country: t('country'),
    audiences: service.audiences.map((a) => tEnum(`audience.${a}`)),
  });

  return (
    <article className="space-y-6" aria-labelledby="entry-title">
      <Breadcrumbs trail={[{ label: tEntry('home'), href: '/' }, { label: tEntry('search'), href: '/search' }]} current={service.name} currentLang="lv" />
      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">
          {tEnum('type.service')} · {tEnum(`domain.${service.domain}`)}
        </p>
        <h1 id="entry-title" lang="lv" className="text-2xl font-bold tracking-tight text-slate-900 wrap-break-word sm:text-3xl">
          {service.name}
        </h1>
        {service.alternateName ? <p className="text-lg text-slate-700">{t('alsoKnownAs', { name: service.alternateName })}</p> : null}
        {service.validUntil && !hasEnded(service.validUntil, now) ? (
          <p className="text-slate-800">{t('projectUntil', { date: formatDate(service.validUntil) })}</p>
        ) : null}
        <EndedNotice validUntil={service.validUntil} now={now} kind="service" />
        <AddToReferralButton entry={`service:${service.slug}`} name={service.name} />
      </header>

      <ServiceAboutSection service={service} />
      <ServiceAccessSection service={service} />
      <ServiceCostSection service={service} />
      <ServiceWhereSection service={service} />
      <ServiceProvidersSection service={service} locale={locale} />
      <ServiceDetailsSection service={service} locale={locale} />
      <Section id="provenance" title={tEntry('aboutInformation')}>
        <EntryProvenance lastVerifiedAt={service.lastVerifiedAt} informationSource={service.informationSource} validUntil={service.validUntil} now={now} />
      </Section>
      <DomainNotesSection service={service} />
      <ReportErrorForm entityType="service" entitySlug={service.slug} path={path} />
      <PrintSource locale={locale} path={path} now={now} />
      <JsonLd data={jsonLd} />
    </article>
  );
}
