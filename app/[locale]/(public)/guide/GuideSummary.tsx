import { getTranslations } from 'next-intl/server';
import { SITUATION_SEARCH, searchHref, situationQuery, type LifeSituation } from '@/components/home/life-situations';
import { SOCIAL_SERVICE_PARAM } from '@/components/home/MunicipalityFinder';
import { listCrisisStripLines } from '@/lib/db/crisis-lines';
import type { MunicipalityName } from '@/lib/db/municipalities';
import { searchCatalogue } from '@/lib/search/search';
import type { SearchQuery } from '@/lib/search/types';
import { formatPhone, telHref } from '@/lib/text/phone';
import { guideHref, type GuideAnswers, type GuideStep } from './answers';

type Dropped = 'age' | 'place' | 'situation';

/**
 * The search the answers call for, widened step by step when it finds nothing: without the age, then
 * without the place, then both, then without the situation. Counts only (one result per query).
 */
async function bestSearch(answers: GuideAnswers): Promise<{ query: SearchQuery; total: number; dropped: Dropped[] }> {
  const situation: LifeSituation | null = answers.situation && answers.situation !== 'other' ? answers.situation : null;
  const age = typeof answers.age === 'number' ? answers.age : undefined;
  // A young adult without an age still narrows to 18–25.
  const ageBand = age === undefined && answers.who === 'young_adult' ? '18-25' : undefined;
  const place = answers.place
    ? answers.place.kind === 'region'
      ? { region: answers.place.slug }
      : { municipality: answers.place.slug }
    : {};
  const hasAge = age !== undefined || ageBand !== undefined;
  const candidates: { situation: LifeSituation | null; narrow: Parameters<typeof situationQuery>[1]; dropped: Dropped[] }[] = [
    { situation, narrow: { age, ageBand, ...place }, dropped: [] },
    ...(hasAge ? [{ situation, narrow: { ...place }, dropped: ['age' as const] }] : []),
    ...(answers.place ? [{ situation, narrow: { age, ageBand }, dropped: ['place' as const] }] : []),
    ...(hasAge && answers.place ? [{ situation, narrow: {}, dropped: ['age' as const, 'place' as const] }] : []),
    ...(situation ? [{ situation: null, narrow: { age, ageBand, ...place }, dropped: ['situation' as const] }] : []),
  ];
  for (const candidate of candidates) {
    const result = await searchCatalogue(situationQuery(candidate.situation, candidate.narrow, 1));
    if (result.total > 0) return { query: { ...result.query, perPage: 20 }, total: result.total, dropped: candidate.dropped };
  }
  return { query: situationQuery(situation, { age, ageBand, ...place }), total: 0, dropped: [] };
}

/** The end of the guide: the answers (each can be changed), the crisis numbers when someone may be in danger, and the search. */
export async function GuideSummary({ locale, answers, municipalities }: { locale: string; answers: GuideAnswers; municipalities: MunicipalityName[] }) {
  const [t, tSituation, tEnum, tHome, best] = await Promise.all([
    getTranslations('Guide'),
    getTranslations('LifeSituations'),
    getTranslations('Enum'),
    getTranslations('Home'),
    bestSearch(answers),
  ]);
  const urgent = answers.situation && answers.situation !== 'other' ? SITUATION_SEARCH[answers.situation].urgent === true : false;
  const lines = urgent ? await listCrisisStripLines(4) : [];
  const municipality = answers.place?.kind === 'municipality' ? municipalities.find((m) => m.slug === answers.place?.slug) : undefined;
  const placeLabel = !answers.place
    ? t('place.anywhere')
    : answers.place.kind === 'region'
      ? t('place.wholeRegion', { region: tEnum(`region.${answers.place.slug as 'riga'}`) })
      : (municipality?.name ?? answers.place.slug);

  const rows: { step: GuideStep; term: string; value: string }[] = [
    { step: 'who', term: t('summary.who'), value: answers.who ? t(`who.${answers.who}`) : '' },
    { step: 'age', term: t('summary.age'), value: typeof answers.age === 'number' ? t('summary.ageValue', { age: answers.age }) : t('summary.ageNotGiven') },
    { step: 'place', term: t('summary.place'), value: placeLabel },
    { step: 'situation', term: t('summary.situation'), value: answers.situation ? tSituation(`${answers.situation}.title`) : '' },
  ];
  const droppedText = best.dropped
    .map((d) => (d === 'age' ? t('summary.droppedAge') : d === 'place' ? t('summary.droppedPlace') : t('summary.droppedSituation')))
    .join(', ');

  return (
    <div className="space-y-6">
      {urgent && lines.length > 0 ? (
        <section aria-labelledby="guide-urgent" className="space-y-2 rounded-lg border-2 border-alert-700 bg-alert-50 p-4">
          <h2 id="guide-urgent" className="text-lg font-bold text-alert-800">
            {t('summary.urgentHeading')}
          </h2>
          <p>{t('summary.urgentBody')}</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {lines.map((line) => (
              <li key={line.slug}>
                <a href={telHref(line.phoneNumber)} className="inline-flex min-h-11 items-center gap-2 font-semibold text-alert-800 underline">
                  <span lang="lv">{line.name}</span>
                  <span className="whitespace-nowrap">{formatPhone(line.phoneNumber)}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="guide-answers" className="space-y-3">
        <h2 id="guide-answers" className="text-xl font-bold">
          {t('summary.heading')}
        </h2>
        <dl className="divide-y divide-slate-200 rounded-lg border border-slate-300">
          {rows.map((row) => (
            <div key={row.step} className="grid grid-cols-[1fr_auto] items-center gap-x-4 px-3 py-2">
              <dt className="text-sm font-semibold text-slate-700">{row.term}</dt>
              <dd className="col-start-1 font-semibold text-slate-900">{row.value}</dd>
              <dd className="col-start-2 row-span-2 row-start-1">
                <a
                  href={guideHref(locale, answers, [['step', row.step]])}
                  aria-label={`${t('change')}: ${row.term}`}
                  className="inline-flex min-h-11 items-center px-2 text-brand-800 underline"
                >
                  {t('change')}
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="guide-results" className="space-y-3">
        <h2 id="guide-results" className="sr-only">
          {t('summary.results', { count: best.total })}
        </h2>
        {best.total > 0 ? (
          <>
            {best.dropped.length > 0 ? (
              <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3">
                {t('summary.relaxed', { dropped: droppedText })}
              </p>
            ) : null}
            <a
              href={searchHref(locale, best.query)}
              className="inline-flex min-h-12 items-center rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-800"
            >
              {t('summary.results', { count: best.total })}
            </a>
          </>
        ) : (
          <p role="status">{t('summary.none')}</p>
        )}
        <div className="space-y-1 border-t border-slate-200 pt-3">
          <p className="text-slate-800">{t('summary.socialService')}</p>
          {municipality ? (
            <a href={`/${locale}?${SOCIAL_SERVICE_PARAM}=${municipality.slug}`} className="inline-block py-2.5 font-semibold text-brand-800 underline">
              {tHome('municipalityHeading')}: <span lang="lv">{municipality.name}</span>
            </a>
          ) : (
            <a href={`/${locale}/social-services`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              {t('summary.allSocialServices')}
            </a>
          )}
        </div>
        <a href={`/${locale}/guide`} className="inline-flex min-h-11 items-center text-slate-700 underline">
          {t('startOver')}
        </a>
      </section>
    </div>
  );
}
