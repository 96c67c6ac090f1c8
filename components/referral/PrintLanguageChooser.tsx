import { getTranslations } from 'next-intl/server';
import { PRINT_LANGUAGES, referralHref, type PrintLanguage, type ReferralRef } from '@/lib/referral/ids';

/** Plain links (no JavaScript needed): the same list with the printout in another language. */
export async function PrintLanguageChooser({ locale, refs, current }: { locale: string; refs: ReferralRef[]; current: PrintLanguage }) {
  const [t, tLanguage] = await Promise.all([getTranslations('Referral'), getTranslations('LocaleSwitcher')]);
  return (
    <div>
      <p id="print-language-label" className="font-semibold">
        {t('printLanguage')}
      </p>
      <p id="print-language-hint" className="text-sm text-slate-700">
        {t('printLanguageHint')}
      </p>
      <ul aria-labelledby="print-language-label" aria-describedby="print-language-hint" className="mt-1 flex flex-wrap gap-2">
        {PRINT_LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={referralHref(locale, refs, language === locale ? undefined : language)}
              hrefLang={language}
              lang={language}
              aria-current={language === current ? 'true' : undefined}
              className="inline-flex min-h-11 min-w-11 items-center rounded border border-slate-400 px-3 text-slate-800 no-underline hover:bg-slate-50 aria-[current=true]:border-2 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:font-semibold aria-[current=true]:text-brand-900"
            >
              {tLanguage(language)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
