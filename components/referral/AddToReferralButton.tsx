'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { parseReferralIds, parseReferralKey, referralHref, referralKey, withoutReferral, withReferral } from '@/lib/referral/ids';
import { getStoredReferralIds, storeReferrals, subscribeToReferrals } from '@/lib/referral/store';

const buttonClass =
  'print:hidden inline-flex min-h-11 items-center gap-1 rounded border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-800 no-underline hover:bg-brand-50';

/**
 * "Add to referral list" for a result card or an entry page. Without JavaScript it is a link that opens the
 * list with this entry added; with it, the entry is kept in this browser's list and the button offers to open it.
 * `entry` is the list reference, e.g. `service:some-slug`.
 */
export function AddToReferralButton({ entry, name }: { entry: string; name: string }) {
  const t = useTranslations('Referral');
  const locale = useLocale();
  // null on the server and while hydrating: render the link that works without JavaScript.
  const stored = useSyncExternalStore(subscribeToReferrals, getStoredReferralIds, () => null);
  const ref = parseReferralKey(entry);
  if (!ref) return null;

  if (stored === null) {
    return (
      <a href={`/${locale}/referral?add=${referralKey(ref)}`} aria-label={t('addNamed', { name })} className={buttonClass}>
        <span aria-hidden="true">+</span>
        {t('add')}
      </a>
    );
  }

  const refs = parseReferralIds(stored).refs;
  const inList = refs.some((r) => referralKey(r) === referralKey(ref));
  if (!inList) {
    return (
      <button type="button" onClick={() => storeReferrals(withReferral(refs, ref))} aria-label={t('addNamed', { name })} className={buttonClass}>
        <span aria-hidden="true">+</span>
        {t('add')}
      </button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden">
      <span className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-800">
        <span aria-hidden="true">✓</span>
        {t('added')}
      </span>
      <button
        type="button"
        onClick={() => storeReferrals(withoutReferral(refs, ref))}
        aria-label={t('removeNamed', { name })}
        className="min-h-11 px-1 text-slate-700 underline hover:text-slate-900"
      >
        {t('remove')}
      </button>
      <a href={referralHref(locale, refs)} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
        {t('openList', { count: refs.length })}
      </a>
    </span>
  );
}
