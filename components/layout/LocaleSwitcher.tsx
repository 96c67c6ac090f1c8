import { getLocale, getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';

/**
 * Plain links to the same site in each language: works without JavaScript. Each language names itself,
 * so a reader finds theirs whatever the page's language.
 */
export async function LocaleSwitcher() {
  const [t, current] = await Promise.all([getTranslations('LocaleSwitcher'), getLocale()]);
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="inline-block min-h-11 min-w-11 rounded px-2 py-3 text-center text-slate-700 hover:bg-slate-100 aria-[current=true]:font-semibold aria-[current=true]:text-brand-800 aria-[current=true]:underline"
            >
              {t(locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
