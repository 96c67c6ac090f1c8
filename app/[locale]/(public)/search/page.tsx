import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActiveFilters, chipsFor } from '@/components/search/ActiveFilters';
import { EmptyResults } from '@/components/search/EmptyResults';
import { FacetPanel } from '@/components/search/FacetPanel';
import { LiveSearchForm } from '@/components/search/LiveSearchForm';
import { Pagination } from '@/components/search/Pagination';
import { SearchResultCard } from '@/components/search/SearchResultCard';
import { listMunicipalities } from '@/lib/db/municipalities';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { searchCatalogue } from '@/lib/search/search';
import type { FacetName } from '@/lib/search/types';
import { parseSearchParams } from '@/lib/validation/search-query';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { query } = parseSearchParams(await searchParams);
  // Result pages are for people, not for search engines' indexes.
  return { title: query.q ? t('titleWithQuery', { q: query.q }) : t('title'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = await resolvePageLocale(params);
  const { query, issues } = parseSearchParams(await searchParams);
  const [t, tEnum, result, municipalities] = await Promise.all([
    getTranslations('Search'),
    getTranslations('Enum'),
    searchCatalogue(query),
    listMunicipalities(),
  ]);
  const municipalityNames = Object.fromEntries(municipalities.map((m) => [m.slug, m.name]));
  const path = `/${locale}/search`;
  const label = (facet: FacetName, value: string) =>
    facet === 'municipality' ? (municipalityNames[value] ?? value) : tEnum(`${facet}.${value}` as 'type.service');
  const chips = chipsFor(result.query, path, label, { age: (age) => t('ageChip', { age }), q: (q) => t('queryChip', { q }) });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{query.q ? t('titleWithQuery', { q: query.q }) : t('title')}</h1>
      <LiveSearchForm action={path} label={t('title')}>
        <div className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="search-q" className="block font-semibold">
              {t('label')}
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={query.q}
              placeholder={t('placeholder')}
              maxLength={200}
              autoComplete="off"
              enterKeyHint="search"
              className="mt-1 w-full rounded border border-slate-500 px-3 py-2 text-lg"
            />
          </div>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t('submit')}
          </button>
        </div>
        <div className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]">
          <details className="group rounded-lg border border-slate-200 p-3 lg:border-0 lg:p-0" open>
            <summary className="cursor-pointer font-semibold lg:hidden">{t('filters')}</summary>
            <div className="mt-3 lg:mt-0">
              <FacetPanel result={result} municipalityNames={municipalityNames} />
            </div>
          </details>
          <div className="space-y-4">
            {issues.length > 0 ? (
              <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
                {t('invalidParams')}
              </p>
            ) : null}
            {result.degraded ? (
              <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
                {t('degraded')}
              </p>
            ) : null}
            <ActiveFilters chips={chips} clearHref={path} />
            <p role="status" aria-live="polite" className="font-semibold">
              {t('results', { count: result.total })}
            </p>
            {result.total === 0 ? (
              <EmptyResults chips={chips} />
            ) : (
              <ol className="space-y-4">
                {result.hits.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`}>
                    <SearchResultCard hit={hit} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination result={result} path={path} />
          </div>
        </div>
      </LiveSearchForm>
    </div>
  );
}
