import { getTranslations } from 'next-intl/server';
import { searchQueryToParams } from '@/lib/validation/search-query';
import { FACETS, type FacetName, type SearchQuery } from '@/lib/search/types';

export interface FilterChip {
  key: string;
  label: string;
  /** the search without this one choice */
  href: string;
}

export function chipsFor(
  query: SearchQuery,
  path: string,
  label: (facet: FacetName, value: string) => string,
  t: { age: (age: number) => string; q: (q: string) => string },
): FilterChip[] {
  const href = (next: SearchQuery) => {
    const params = searchQueryToParams({ ...next, page: 1 }).toString();
    return params ? `${path}?${params}` : path;
  };
  const chips: FilterChip[] = [];
  if (query.q) chips.push({ key: 'q', label: t.q(query.q), href: href({ ...query, q: '' }) });
  for (const facet of FACETS) {
    for (const value of query.filters[facet]) {
      chips.push({
        key: `${facet}:${value}`,
        label: label(facet, value),
        href: href({ ...query, filters: { ...query.filters, [facet]: query.filters[facet].filter((v) => v !== value) } }),
      });
    }
  }
  if (query.age !== undefined) chips.push({ key: 'age', label: t.age(query.age), href: href({ ...query, age: undefined }) });
  return chips;
}

/** The choices in force, each removable on its own (plain links: no JavaScript needed). */
export async function ActiveFilters({ chips, clearHref }: { chips: FilterChip[]; clearHref: string }) {
  const t = await getTranslations('Search');
  if (chips.length === 0) return null;
  return (
    <section aria-labelledby="active-filters" className="flex flex-wrap items-center gap-2">
      <h2 id="active-filters" className="sr-only">
        {t('activeFilters')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a
              href={chip.href}
              aria-label={t('removeFilter', { label: chip.label })}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-100"
            >
              <span>{chip.label}</span>
              <span aria-hidden="true">✕</span>
            </a>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <a href={clearHref} className="min-h-11 px-2 py-3 text-sm text-slate-700 underline">
          {t('clearAll')}
        </a>
      ) : null}
    </section>
  );
}
