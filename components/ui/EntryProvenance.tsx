import { getTranslations } from 'next-intl/server';
import { hasEnded } from '@/lib/crisis/availability';
import { calendarDateFormatter } from './dates';
import { FactList } from './FactList';
import { TextBlock } from './TextBlock';

/**
 * Where the information comes from and how fresh it is: last verified (or that it is not), the source,
 * and "valid until" for projects that end.
 */
export async function EntryProvenance({
  lastVerifiedAt,
  informationSource,
  validUntil,
  now,
  showSource = true,
}: {
  lastVerifiedAt: Date | null;
  informationSource?: string | null;
  validUntil?: Date | null;
  now: Date;
  /** entries without a source field (municipal services, crisis lines) leave the line out */
  showSource?: boolean;
}) {
  const [t, formatDate] = await Promise.all([getTranslations('Entry'), calendarDateFormatter()]);
  return (
    <FactList
      facts={[
        {
          key: 'verified',
          term: t('lastVerified'),
          value: lastVerifiedAt ? formatDate(lastVerifiedAt) : <span className="text-slate-700">{t('notVerified')}</span>,
        },
        showSource && {
          key: 'source',
          term: t('informationSource'),
          value: informationSource ? <TextBlock text={informationSource} /> : <span className="text-slate-700">{t('notStated')}</span>,
        },
        !!validUntil && {
          key: 'validUntil',
          term: t('validUntil'),
          value: hasEnded(validUntil, now) ? t('validUntilPassed', { date: formatDate(validUntil) }) : formatDate(validUntil),
        },
      ]}
    />
  );
}

/** A visible warning at the top of an entry whose end date has passed. */
export async function EndedNotice({ validUntil, now, kind }: { validUntil: Date | null; now: Date; kind: 'service' | 'line' }) {
  if (!validUntil || !hasEnded(validUntil, now)) return null;
  const [t, formatDate] = await Promise.all([getTranslations('Entry'), calendarDateFormatter()]);
  return (
    <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3 text-amber-950">
      <strong>{t('endedTitle')}</strong> {t(kind === 'service' ? 'endedService' : 'endedLine', { date: formatDate(validUntil) })}
    </p>
  );
}
