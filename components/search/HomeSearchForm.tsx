import { getLocale, getTranslations } from 'next-intl/server';

/** The one search box of the home page: a plain GET form to the search page. */
export async function HomeSearchForm() {
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()]);
  return (
    <form role="search" aria-label={t('title')} method="get" action={`/${locale}/search`} className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="min-w-0 sm:flex-1">
        <label htmlFor="home-q" className="block text-lg font-semibold">
          {t('label')}
        </label>
        <input
          id="home-q"
          name="q"
          type="search"
          placeholder={t('placeholder')}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          className="mt-1 w-full rounded border border-slate-500 px-3 py-3 text-lg"
        />
      </div>
      <button type="submit" className="min-h-12 w-full rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 sm:w-auto">
        {t('submit')}
      </button>
    </form>
  );
}
