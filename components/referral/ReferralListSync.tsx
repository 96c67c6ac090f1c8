'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { formatReferralIds, parsePrintLanguage, parseReferralIds, referralHref, withReferral } from '@/lib/referral/ids';
import { getStoredReferrals, storeReferrals } from '@/lib/referral/store';

/**
 * Keeps this browser's list and the page address in step. The address wins when it names a list (a shared
 * link, a removal); `/referral` alone shows the stored list; `?add=` (the link used before JavaScript ran)
 * adds to the stored list. Renders nothing.
 */
export function ReferralListSync({ locale }: { locale: string }) {
  const router = useRouter();
  const params = useSearchParams();

  useEffect(() => {
    const printLanguage = params.get('lang') ? parsePrintLanguage(params.get('lang'), 'lv') : undefined;
    const add = parseReferralIds(params.getAll('add')).refs;
    const fromAddress = params.has('ids') ? parseReferralIds(params.getAll('ids')).refs : null;
    if (fromAddress && add.length === 0) {
      storeReferrals(fromAddress);
      if (formatReferralIds(fromAddress) !== params.getAll('ids').join(',')) router.replace(referralHref(locale, fromAddress, printLanguage), { scroll: false });
      return;
    }
    const stored = getStoredReferrals();
    if (!fromAddress && add.length === 0 && stored.length === 0) return;
    const merged = add.reduce(withReferral, fromAddress ?? stored);
    storeReferrals(merged);
    router.replace(referralHref(locale, merged, printLanguage), { scroll: false });
  }, [params, router, locale]);

  return null;
}
