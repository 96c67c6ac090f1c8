import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AvailabilityNote } from '@/components/crisis/AvailabilityNote';
import { CrisisLineCall, CrisisLineFacts } from '@/components/crisis/CrisisLineDetails';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { EndedNotice, EntryProvenance } from '@/components/ui/EntryProvenance';
import { PrintSource } from '@/components/ui/PrintSource';
import { Section } from '@/components/ui/Section';
import { TextBlock } from '@/components/ui/TextBlock';
import { entryMetadata, metaDescription } from '@/components/ui/metadata';
import { requestTime } from '@/components/ui/request-time';
import { findPublishedCrisisLineEntry } from '@/lib/db/entries';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { formatPhone } from '@/lib/text/phone';
import { ReportErrorForm } from '@/components/feedback/ReportErrorForm';
import { AddToReferralButton } from '@/components/referral/AddToReferralButton';

export async function generateMetadata({ params }: PageProps<'/[locale]/crisis-lines/[slug]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const line = await findPublishedCrisisLineEntry(slug);
  if (!line) notFound();
  const title = line.phoneNumber ? `${line.name}, ${formatPhone(line.phoneNumber)}` : line.name;
  return entryMetadata(locale, `/crisis-lines/${slug}`, title, metaDescription(line.description ?? line.audience));
}

export default async function CrisisLinePage({ params }: PageProps<'/[locale]/crisis-lines/[slug]'>) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const now = await requestTime();
  const line = await findPublishedCrisisLineEntry(slug);
  if (!line) notFound();
  const [t, tEnum, tEntry] = await Promise.all([getTranslations('CrisisLinesPage'), getTranslations('Enum'), getTranslations('Entry')]);

  return (
    <article className="space-y-6" aria-labelledby="entry-title">
      <Breadcrumbs
        trail={[
          { label: tEntry('home'), href: '/' },
          { label: t('title'), href: '/crisis-lines' },
        ]}
        current={line.name} currentLang="lv"
      />
      <header className={`space-y-3 ${line.isEmergency ? 'rounded-lg border border-alert-700/40 bg-alert-50 p-4' : ''}`}>
        <p className="text-sm font-semibold text-brand-700">{line.isEmergency ? t('emergencyKind') : tEnum('type.crisis_line')}</p>
        <h1 id="entry-title" lang="lv" className="text-2xl font-bold tracking-tight text-slate-900 wrap-break-word sm:text-3xl">
          {line.name}
        </h1>
        <EndedNotice validUntil={line.validUntil} now={now} kind="line" />
        <CrisisLineCall line={line} now={now} />
        <AvailabilityNote now={now} />
        <AddToReferralButton entry={`crisis-line:${line.slug}`} name={line.name} />
      </header>
      {line.description ? (
        <Section id="description" title={t('description')}>
          <TextBlock text={line.description} />
        </Section>
      ) : null}
      <Section id="facts" title={t('details')}>
        <CrisisLineFacts line={line} now={now} />
      </Section>
      <Section id="provenance" title={tEntry('aboutInformation')}>
        <EntryProvenance lastVerifiedAt={line.lastVerifiedAt} now={now} showSource={false} />
      </Section>
      {!line.isEmergency ? <p className="rounded-lg bg-slate-100 p-3 font-semibold">{t('dangerNote')}</p> : null}
      <ReportErrorForm entityType="crisis_line" entitySlug={line.slug} path={`/crisis-lines/${line.slug}`} />
      <PrintSource locale={locale} path={`/crisis-lines/${line.slug}`} now={now} />
    </article>
  );
}
