import { getTranslations } from 'next-intl/server';
import { REFERRAL_KIND_OF_ENTRY, referralHref, referralKey, withReferral, type PrintLanguage, type ReferralRef } from '@/lib/referral/ids';
import type { SearchHit } from '@/lib/search/types';

/**
 * "Add more" on the referral page: a small search whose results are links that add to the list in the
 * address, so a list can be built without JavaScript too.
 */
export async function ReferralPicker({
  locale,
  refs,
  printLanguage,
  find,
  hits,
}: {
  locale: string;
  refs: ReferralRef[];
  printLanguage: PrintLanguage | undefined;
  find: string;
  hits: SearchHit[] | null;
}) {
  const [t, tEnum] = await Promise.all([getTranslations('Referral'), getTranslations('Enum')]);
  const inList = new Set(refs.map(referralKey));
  return (
    <section aria-labelledby="referral-add-more" className="space-y-3 rounded-lg border border-slate-200 p-4 print:hidden">
      <h2 id="referral-add-more" className="text-lg font-semibold">
        {t('addMoreHeading')}
      </h2>
      <form method="get" action={`/${locale}/referral`} role="search" aria-labelledby="referral-add-more" className="flex flex-wrap items-end gap-2">
        {refs.length > 0 ? <input type="hidden" name="ids" value={refs.map(referralKey).join(',')} /> : null}
        {printLanguage ? <input type="hidden" name="lang" value={printLanguage} /> : null}
        <div className="min-w-0 flex-1">
          <label htmlFor="referral-find" className="block font-semibold">
            {t('findLabel')}
          </label>
          <input
            id="referral-find"
            name="find"
            type="search"
            defaultValue={find}
            maxLength={200}
            autoComplete="off"
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <button type="submit" className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          {t('findSubmit')}
        </button>
      </form>
      {hits === null ? null : hits.length === 0 ? (
        <p role="status">{t('findNone')}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {hits.map((hit) => {
            const ref: ReferralRef = { kind: REFERRAL_KIND_OF_ENTRY[hit.type], slug: hit.slug };
            const added = inList.has(referralKey(ref));
            return (
              <li key={`${hit.type}-${hit.id}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span lang="lv" className="font-semibold">
                    {hit.name}
                  </span>
                  <span className="block text-sm text-slate-700">{tEnum(`type.${hit.type}`)}</span>
                </span>
                {added ? (
                  <span className="text-sm text-slate-700">{t('findInList')}</span>
                ) : (
                  <a
                    href={referralHref(locale, withReferral(refs, ref), printLanguage)}
                    aria-label={t('addNamed', { name: hit.name })}
                    className="inline-flex min-h-11 items-center rounded border border-brand-700 px-3 text-sm font-semibold text-brand-800 no-underline hover:bg-brand-50"
                  >
                    + {t('findAdd')}
                  </a>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
