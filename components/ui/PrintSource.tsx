import { getFormatter, getTranslations } from 'next-intl/server';
import { RIGA_TIME_ZONE } from '@/lib/crisis/availability';
import { absoluteUrl } from './site-url';

/** Printed pages only: the page's address and when it was printed, so a paper copy can be checked later. */
export async function PrintSource({ locale, path, now }: { locale: string; path: string; now: Date }) {
  const [t, format] = await Promise.all([getTranslations('Entry'), getFormatter()]);
  return (
    <p className="hidden border-t border-slate-300 pt-2 text-sm print:block">
      {t('printedFrom', {
        url: absoluteUrl(locale, path),
        date: format.dateTime(now, { dateStyle: 'long', timeStyle: 'short', timeZone: RIGA_TIME_ZONE }),
      })}
    </p>
  );
}
