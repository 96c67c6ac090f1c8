import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Notice, param } from '@/components/admin/entries/Notice';
import { adminEntryPath } from '@/lib/admin/entry-routes';
import { requireRole } from '@/lib/auth/guard';
import { isSuggestionField, listSuggestions, SUGGESTIONS_PAGE_SIZE, suggestionKind } from '@/lib/catalogue/suggestions';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';
import { suggestionListSchema } from '@/lib/validation/admin/entry-ref';
import { reviewSuggestionAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/suggestions'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminSuggestions' });
  return { title: t('title') };
}

const FILTERS = ['new', 'accepted', 'rejected', 'all'] as const;
const PROBLEMS = { already_reviewed: 'alreadyReviewed', not_found: 'notFound' } as const;

/** The queue of the public's correction reports, newest first, with the entry each concerns. */
export default async function SuggestionsPage({ params, searchParams }: PageProps<'/[locale]/admin/suggestions'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/suggestions`);
  const search = await searchParams;
  const query = suggestionListSchema.parse(search);
  const [{ rows, total, counts }, t, tEntries, format, currentLocale] = await Promise.all([
    listSuggestions(getDb(), query),
    getTranslations('AdminSuggestions'),
    getTranslations('AdminEntries'),
    getFormatter(),
    getLocale(),
  ]);
  const base = `/${currentLocale}/admin/suggestions`;
  const done = param(search.done);
  const problemParam = param(search.problem);
  const problem = problemParam && problemParam in PROBLEMS ? PROBLEMS[problemParam as keyof typeof PROBLEMS] : undefined;
  const totalPages = Math.max(1, Math.ceil(total / SUGGESTIONS_PAGE_SIZE));
  const pageHref = (page: number) => `${base}?status=${query.status}${page > 1 ? `&page=${page}` : ''}`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {done === 'accepted' || done === 'rejected' ? <Notice kind="done">{t(`done.${done}`)}</Notice> : null}
      {problem ? <Notice kind="problem">{t(problem)}</Notice> : null}

      <nav aria-label={t('filter.label')}>
        <ul className="flex flex-wrap gap-2">
          {FILTERS.map((filter) => (
            <li key={filter}>
              <a
                href={`${base}?status=${filter}`}
                aria-current={query.status === filter ? 'page' : undefined}
                className="inline-block min-h-11 rounded border border-slate-400 px-3 py-2.5 font-semibold aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
              >
                {filter === 'all' ? t('filter.all') : t(`filter.${filter}`, { count: counts[filter] })}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {rows.length === 0 ? <p>{t('empty')}</p> : null}
      <ol className="space-y-4">
        {rows.map((s) => {
          const kind = suggestionKind(s.entityType);
          return (
            <li key={s.id} className="space-y-3 rounded-lg border border-slate-200 p-4" data-testid="suggestion">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-bold break-words">
                  {s.entry && kind ? (
                    <Link href={adminEntryPath(kind, s.entry.id)} className="text-brand-800 underline">
                      {s.entry.name}
                    </Link>
                  ) : (
                    t('unknownEntry')
                  )}
                </h2>
                <p className="text-sm">
                  {kind ? `${tEntries(`kinds.${kind}.singular`)} · ` : null}
                  {t('received')}: <time dateTime={s.createdAt.toISOString()}>{format.dateTime(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                </p>
              </div>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                {isSuggestionField(s.field) ? (
                  <>
                    <dt className="font-semibold">{t('field')}</dt>
                    <dd>{t(`fields.${s.field}`)}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">{t('message')}</dt>
                <dd className="whitespace-pre-line break-words">{s.message}</dd>
                {s.contactEmail ? (
                  <>
                    <dt className="font-semibold">{t('contact')}</dt>
                    <dd>
                      <a href={`mailto:${s.contactEmail}`} className="text-brand-800 underline">
                        {s.contactEmail}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              {s.status === 'new' ? (
                <div className="space-y-3">
                  {s.entry && kind ? (
                    <p>
                      <Link href={`${adminEntryPath(kind, s.entry.id)}?suggestion=${s.id}`} className="inline-block min-h-11 rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
                        {t('openEdit')}
                      </Link>
                    </p>
                  ) : null}
                  <form action={reviewSuggestionAction} className="space-y-2">
                    <input type="hidden" name="id" value={s.id} />
                    <label htmlFor={`note-${s.id}`} className="block font-semibold">
                      {t('noteLabel')}
                    </label>
                    <textarea id={`note-${s.id}`} name="note" rows={2} maxLength={2000} className="w-full rounded border border-slate-500 px-3 py-2" />
                    <div className="flex flex-wrap gap-3">
                      <button type="submit" name="decision" value="accept" className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
                        {t('accept')}
                      </button>
                      <button type="submit" name="decision" value="reject" className="min-h-11 rounded border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50">
                        {t('reject')}
                      </button>
                    </div>
                  </form>
                </div>
              ) : (
                <div className="text-sm">
                  <p>
                    {t('reviewed', {
                      status: t(`status.${s.status}`),
                      name: s.reviewedBy?.name ?? '—',
                      date: s.reviewedAt ? format.dateTime(s.reviewedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
                    })}
                  </p>
                  {s.reviewNote ? <p className="whitespace-pre-line break-words">{t('reviewNote', { note: s.reviewNote })}</p> : null}
                </div>
              )}
            </li>
          );
        })}
      </ol>

      {totalPages > 1 ? (
        <nav aria-label={tEntries('list.pagination')} className="flex flex-wrap items-center gap-4">
          {query.page > 1 ? (
            <a href={pageHref(query.page - 1)} className="font-semibold text-brand-800 underline">
              {t('previous')}
            </a>
          ) : null}
          <span>{tEntries('list.pageOf', { page: query.page, total: totalPages })}</span>
          {query.page < totalPages ? (
            <a href={pageHref(query.page + 1)} className="font-semibold text-brand-800 underline">
              {t('next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
