import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Notice, param } from '@/components/admin/entries/Notice';
import { adminEntryPath } from '@/lib/admin/entry-routes';
import { requireRole } from '@/lib/auth/guard';
import { listStaleEntries } from '@/lib/catalogue/admin-lists';
import { isCatalogueKind } from '@/lib/catalogue/entry-kinds';
import { loadEntry } from '@/lib/catalogue/lifecycle';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';
import { searchGapReport, type GapCount, type GapReport } from '@/lib/search/gaps';
import { AGE_BANDS, DOMAINS, ENTRY_TYPES, REGIONS } from '@/lib/search/types';
import { gapPeriodSchema } from '@/lib/validation/admin/entry-ref';
import { verifyFromGapsAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/gaps'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminGaps' });
  return { title: t('title') };
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PERIODS = [7, 30, 90] as const;
const DIMENSIONS = [
  ['terms', 'byTerms'],
  ['region', 'byRegion'],
  ['municipality', 'byMunicipality'],
  ['ageBand', 'byAgeBand'],
  ['domain', 'byDomain'],
  ['entryType', 'byEntryType'],
] as const satisfies readonly (readonly [keyof Omit<GapReport, 'since' | 'zero' | 'few'>, string])[];

/**
 * Gaps in the catalogue: (1) searches that found nothing or little, by what was asked; (2) published entries
 * whose information was last verified more than 12 months ago, or never, with "verified today" at hand.
 */
export default async function GapsPage({ params, searchParams }: PageProps<'/[locale]/admin/gaps'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/gaps`);
  const search = await searchParams;
  const { days } = gapPeriodSchema.parse(search);
  const db = getDb();
  const [report, stale, municipalities, t, tEnum, tEntries, format, currentLocale] = await Promise.all([
    searchGapReport(db, { days }),
    listStaleEntries(db),
    db.municipality.findMany({ select: { slug: true, name: true } }),
    getTranslations('AdminGaps'),
    getTranslations('Enum'),
    getTranslations('AdminEntries'),
    getFormatter(),
    getLocale(),
  ]);
  const municipalityName = new Map(municipalities.map((m) => [m.slug, m.name]));

  // Stored values are joined with commas when several were chosen ("kurzeme,latgale").
  const valueName = (dimension: (typeof DIMENSIONS)[number][0], value: string): string =>
    value
      .split(',')
      .map((v) => {
        if (dimension === 'region') return isOneOf(REGIONS, v) ? tEnum(`region.${v}`) : v;
        if (dimension === 'ageBand') return isOneOf(AGE_BANDS, v) ? tEnum(`age_band.${v}`) : v;
        if (dimension === 'domain') return isOneOf(DOMAINS, v) ? tEnum(`domain.${v}`) : v;
        if (dimension === 'entryType') return isOneOf(ENTRY_TYPES, v) ? tEnum(`type.${v}`) : v;
        if (dimension === 'municipality') return municipalityName.get(v) ?? v;
        return v;
      })
      .join(', ');

  const kindParam = param(search.kind);
  const entryParam = param(search.entry);
  const verified =
    param(search.done) === 'verify' && kindParam && isCatalogueKind(kindParam) && entryParam && UUID.test(entryParam) ? await loadEntry(db, kindParam, entryParam) : null;
  const problem = param(search.problem);

  const table = (dimension: (typeof DIMENSIONS)[number][0], heading: (typeof DIMENSIONS)[number][1], rows: GapCount[]) => (
    <section key={dimension} aria-labelledby={`gaps-${dimension}`} className="space-y-2">
      <h3 id={`gaps-${dimension}`} className="text-lg font-bold">
        {t(heading)}
      </h3>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t('none')}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                {t('value')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('zero')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('few')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.value} className="border-b border-slate-100">
                <th scope="row" className="p-2 font-normal break-words">
                  {valueName(dimension, row.value)}
                </th>
                <td className="p-2 text-right tabular-nums">{row.zero}</td>
                <td className="p-2 text-right tabular-nums">{row.few}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {verified ? <Notice kind="done">{t('verified', { name: verified.name })}</Notice> : null}
      {problem === 'conflict' ? <Notice kind="problem">{t('conflict')}</Notice> : problem ? <Notice kind="problem">{tEntries('actions.notAllowed')}</Notice> : null}

      <section aria-labelledby="gaps-searches" className="space-y-4">
        <h2 id="gaps-searches" className="text-xl font-bold">
          {t('description')}
        </h2>
        <p>{t('intro')}</p>
        <form method="get" action={`/${currentLocale}/admin/gaps`} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="gaps-days" className="block font-semibold">
              {t('period')}
            </label>
            <select id="gaps-days" name="days" defaultValue={String(days)} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
              {PERIODS.map((d) => (
                <option key={d} value={d}>
                  {t('days', { days: d })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t('show')}
          </button>
        </form>
        <p className="text-sm text-slate-700">{t('since', { date: format.dateTime(new Date(`${report.since}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}</p>
        <ul className="flex flex-wrap gap-4 font-semibold">
          <li className="rounded border border-slate-300 px-3 py-2">{t('totalZero', { count: report.zero })}</li>
          <li className="rounded border border-slate-300 px-3 py-2">{t('totalFew', { count: report.few })}</li>
        </ul>
        <div className="grid gap-6 lg:grid-cols-2">{DIMENSIONS.map(([dimension, heading]) => table(dimension, heading, report[dimension]))}</div>
      </section>

      <section aria-labelledby="gaps-stale" className="space-y-3">
        <h2 id="gaps-stale" className="text-xl font-bold">
          {t('staleTitle')}
        </h2>
        <p>{t('staleIntro')}</p>
        <p role="status" className="font-semibold">
          {t('staleCount', { count: stale.total })}
        </p>
        {stale.rows.length === 0 ? (
          <p>{t('staleEmpty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="p-2">
                    {t('name')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('kind')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('lastVerified')}
                  </th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">{t('markVerified')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {stale.rows.map((row) => (
                  <tr key={`${row.kind}-${row.id}`} className="border-b border-slate-200 align-top">
                    <td className="p-2">
                      <Link href={adminEntryPath(row.kind, row.id)} className="font-semibold text-brand-800 underline">
                        {row.name}
                      </Link>
                    </td>
                    <td className="p-2 text-sm">{tEntries(`kinds.${row.kind}.singular`)}</td>
                    <td className="p-2 text-sm whitespace-nowrap">
                      {row.lastVerifiedAt ? format.dateTime(row.lastVerifiedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : t('never')}
                    </td>
                    <td className="p-2">
                      <form action={verifyFromGapsAction}>
                        <input type="hidden" name="kind" value={row.kind} />
                        <input type="hidden" name="id" value={row.id} />
                        <input type="hidden" name="version" value={row.version} />
                        <button
                          type="submit"
                          aria-label={`${t('markVerified')}: ${row.name}`}
                          className="min-h-11 rounded border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                        >
                          {t('markVerified')}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
