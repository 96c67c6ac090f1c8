import { getLocale, getTranslations } from 'next-intl/server';
import { DOMAINS, type SearchResult } from '@/lib/search/types';
import { emptySearchQuery, searchHref } from './life-situations';

/** Browse by field: services of each domain, with how many there are. `services` is a browse of all services. */
export async function DomainLinks({ services }: { services: SearchResult }) {
  const [t, tEnum, locale] = await Promise.all([getTranslations('Home'), getTranslations('Enum'), getLocale()]);
  const counts = Object.fromEntries(services.facets.domain.map((v) => [v.value, v.count]));
  return (
    <section aria-labelledby="domains-heading" className="space-y-3">
      <h2 id="domains-heading" className="text-xl font-bold sm:text-2xl">
        {t('domainsHeading')}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {DOMAINS.map((domain) => {
          const query = emptySearchQuery();
          query.filters.type = ['service'];
          query.filters.domain = [domain];
          return (
            <li key={domain}>
              <a href={searchHref(locale, query)} className="flex h-full min-h-11 flex-col rounded-lg border border-slate-300 p-3 no-underline hover:bg-slate-50">
                <span className="font-semibold text-brand-800 underline underline-offset-2">
                  {tEnum(`domain.${domain}`)}
                  {counts[domain] !== undefined ? <span className="font-normal text-slate-700 no-underline"> ({counts[domain]})</span> : null}
                </span>
                <span className="mt-0.5 text-sm text-slate-700">{t(`domainHint.${domain}`)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
