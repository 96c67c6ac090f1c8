'use client';

import { useTranslations } from 'next-intl';
import { useHydrated } from './use-hydrated';

/** Prints the list; before JavaScript runs, says how to print with the browser instead. */
export function PrintButton() {
  const t = useTranslations('Referral');
  const hydrated = useHydrated();
  if (!hydrated) return <p className="text-sm text-slate-700">{t('printNoScript')}</p>;
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
      {t('print')}
    </button>
  );
}
