import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { AdminEntryPage } from '@/lib/catalogue/admin-lists';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { isVerifiable } from '@/lib/catalogue/lifecycle';
import { adminEntryPath, adminListPath, adminNewPath } from '@/lib/admin/entry-routes';
import { Link } from '@/lib/i18n/navigation';
import { entryStatus, planningRegion, serviceDomain } from '@/lib/validation/common';
import type { AdminListQuery } from '@/lib/validation/admin/list-query';
import { StatusBadge } from './StatusBadge';

/** The query string of a list page, with some parameters changed. */
function listHref(base: string, query: AdminListQuery, change: Partial<Record<keyof AdminListQuery, string | number | undefined>>): string {
  const params = new URLSearchParams();
  const merged = { ...query, ...change };
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === '' || (key === 'page' && value === 1) || (key === 'sort' && value === 'name')) continue;
    params.set(key, value === true ? '1' : String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

const selectClass = 'mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2';

/**
 * A server-rendered list of one kind of entry: a search form that works without JavaScript (state in the URL),
 * filters, sorting, a table and pages.
 */
export async function EntryListView({ kind, query, page }: { kind: CatalogueKind; query: AdminListQuery; page: AdminEntryPage }) {
  const [t, tEnum, format, locale] = await Promise.all([getTranslations('AdminEntries'), getTranslations('Enum'), getFormatter(), getLocale()]);
  const base = `/${locale}${adminListPath(kind)}`;
  const verifiable = isVerifiable(kind);
  const withDomain = kind === 'service' || kind === 'organization';
  const withRegion = kind !== 'crisis_line';
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: 'medium', timeZone: 'UTC' }) : t('list.never'));
  const detail = (value: string | null) => {
    const domain = kind === 'service' ? serviceDomain.safeParse(value) : undefined;
    return domain?.success ? tEnum(`domain.${domain.data}`) : value;
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t(`kinds.${kind}.title`)}</h1>
        <Link href={adminNewPath(kind)} className="inline-block min-h-11 rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t(`kinds.${kind}.new`)}
        </Link>
      </div>

      <form method="get" action={base} role="search" aria-label={t('list.filters')} className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="list-q" className="block font-semibold">
            {t('list.searchLabel')}
          </label>
          <input id="list-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} className={selectClass} />
        </div>
        <div>
          <label htmlFor="list-status" className="block font-semibold">
            {t('list.status')}
          </label>
          <select id="list-status" name="status" defaultValue={query.status ?? ''} className={selectClass}>
            <option value="">{t('list.allStatuses')}</option>
            {entryStatus.options.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {withDomain ? (
          <div>
            <label htmlFor="list-domain" className="block font-semibold">
              {t('list.domain')}
            </label>
            <select id="list-domain" name="domain" defaultValue={query.domain ?? ''} className={selectClass}>
              <option value="">{t('list.allDomains')}</option>
              {serviceDomain.options.map((d) => (
                <option key={d} value={d}>
                  {tEnum(`domain.${d}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {withRegion ? (
          <div>
            <label htmlFor="list-region" className="block font-semibold">
              {t('list.region')}
            </label>
            <select id="list-region" name="region" defaultValue={query.region ?? ''} className={selectClass}>
              <option value="">{t('list.allRegions')}</option>
              {planningRegion.options.map((r) => (
                <option key={r} value={r}>
                  {tEnum(`region.${r}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="list-sort" className="block font-semibold">
            {t('list.sort')}
          </label>
          <select id="list-sort" name="sort" defaultValue={query.sort} className={selectClass}>
            <option value="name">{t('list.sortName')}</option>
            <option value="updated">{t('list.sortUpdated')}</option>
            {verifiable ? <option value="verified">{t('list.sortVerified')}</option> : null}
          </select>
        </div>
        {verifiable ? (
          <div className="flex min-h-11 items-end gap-2 pb-2">
            <input id="list-stale" name="stale" type="checkbox" value="1" defaultChecked={query.stale} className="h-5 w-5" />
            <label htmlFor="list-stale">{t('list.stale')}</label>
          </div>
        ) : null}
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t('list.apply')}
          </button>
          <a href={base} className="min-h-11 py-2.5 font-semibold text-brand-800 underline">
            {t('list.reset')}
          </a>
        </div>
      </form>

      <p role="status" className="font-semibold">
        {t('list.results', { count: page.total })}
      </p>

      {page.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  {t('list.name')}
                </th>
                <th scope="col" className="p-2">
                  {t('list.status')}
                </th>
                <th scope="col" className="p-2">
                  {t('list.detail')}
                </th>
                <th scope="col" className="p-2">
                  {t('list.updated')}
                </th>
                {verifiable ? (
                  <th scope="col" className="p-2">
                    {t('list.verified')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">
                    <Link href={adminEntryPath(kind, row.id)} className="font-semibold text-brand-800 underline">
                      {row.name}
                    </Link>
                    <div className="text-sm text-slate-600">{t(`origin.${row.origin}`)}</div>
                  </td>
                  <td className="p-2">
                    <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
                  </td>
                  <td className="p-2 text-sm">{detail(row.detail)}</td>
                  <td className="p-2 text-sm whitespace-nowrap">{format.dateTime(row.updatedAt, { dateStyle: 'medium' })}</td>
                  {verifiable ? <td className="p-2 text-sm whitespace-nowrap">{day(row.lastVerifiedAt)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {page.totalPages > 1 ? (
        <nav aria-label={t('list.pagination')} className="flex flex-wrap items-center gap-4">
          {page.page > 1 ? (
            <a href={listHref(base, query, { page: page.page - 1 })} className="font-semibold text-brand-800 underline" rel="prev">
              {t('list.previous')}
            </a>
          ) : null}
          <span>{t('list.pageOf', { page: page.page, total: page.totalPages })}</span>
          {page.page < page.totalPages ? (
            <a href={listHref(base, query, { page: page.page + 1 })} className="font-semibold text-brand-800 underline" rel="next">
              {t('list.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
