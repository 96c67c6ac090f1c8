import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AvailabilityNote } from '@/components/crisis/AvailabilityNote';
import { CrisisLineCard } from '@/components/crisis/CrisisLineCard';
import { Breadcrumbs } from '@/components/ui/Breadcrumbs';
import { PrintSource } from '@/components/ui/PrintSource';
import { Section } from '@/components/ui/Section';
import { entryMetadata } from '@/components/ui/metadata';
import { requestTime } from '@/components/ui/request-time';
import { listPublishedCrisisLineEntries } from '@/lib/db/entries';
import { resolvePageLocale } from '@/lib/i18n/locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/crisis-lines'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'CrisisLinesPage' });
  return entryMetadata(locale, '/crisis-lines', t('title'), t('lead'));
}

export default async function CrisisLinesPage({ params }: PageProps<'/[locale]/crisis-lines'>) {
  const locale = await resolvePageLocale(params);
  const now = await requestTime();
  const [lines, t, tEntry] = await Promise.all([listPublishedCrisisLineEntries(), getTranslations('CrisisLinesPage'), getTranslations('Entry')]);
  // The query already puts emergency numbers first; the split gives them their own heading.
  const emergency = lines.filter((line) => line.isEmergency);
  const support = lines.filter((line) => !line.isEmergency);

  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ label: tEntry('home'), href: '/' }]} current={t('title')} />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-lg text-slate-800">{t('lead')}</p>
        <AvailabilityNote now={now} />
      </header>
      {emergency.length > 0 ? (
        <Section id="emergency" title={t('emergencyHeading')}>
          <ul className="space-y-4">
            {emergency.map((line) => (
              <li key={line.slug}>
                <CrisisLineCard line={line} now={now} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="support" title={t('supportHeading')}>
        {support.length > 0 ? (
          <ul className="space-y-4">
            {support.map((line) => (
              <li key={line.slug}>
                <CrisisLineCard line={line} now={now} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('none')}</p>
        )}
      </Section>
      <PrintSource locale={locale} path="/crisis-lines" now={now} />
    </div>
  );
}
