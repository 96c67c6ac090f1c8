import { getTranslations } from 'next-intl/server';
import { searchQueryToParams } from '@/lib/validation/search-query';
import type { SearchResult } from '@/lib/search/types';

export async function Pagination({ result, path }: { result: SearchResult; path: string }) {
  const t = await getTranslations('Search');
  if (result.totalPages <= 1) return null;
  const href = (page: number) => `${path}?${searchQueryToParams({ ...result.query, page }).toString()}`;
  const page = Math.min(result.page, result.totalPages);
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center justify-between gap-2">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="min-h-11 rounded border border-slate-300 px-4 py-2 underline">
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('pageOf', { page, total: result.totalPages })}</span>
      {page < result.totalPages ? (
        <a href={href(page + 1)} rel="next" className="min-h-11 rounded border border-slate-300 px-4 py-2 underline">
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
