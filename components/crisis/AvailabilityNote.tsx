import { getFormatter, getTranslations } from 'next-intl/server';
import { RIGA_TIME_ZONE } from '@/lib/crisis/availability';

/** When "open now" was worked out (a printed or long-open page goes stale), and that holidays may differ. */
export async function AvailabilityNote({ now }: { now: Date }) {
  const [t, format] = await Promise.all([getTranslations('Availability'), getFormatter()]);
  return (
    <p className="text-sm text-slate-700">
      {t('asOf', { time: format.dateTime(now, { weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: RIGA_TIME_ZONE }) })}{' '}
      {t('holidays')}
    </p>
  );
}
