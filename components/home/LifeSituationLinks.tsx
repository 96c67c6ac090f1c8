import { getLocale, getTranslations } from 'next-intl/server';
import { LIFE_SITUATIONS, SITUATION_SEARCH, searchHref, situationQuery } from './life-situations';

/** "What is happening?": one plain link per life situation, each to a curated search. */
export async function LifeSituationLinks() {
  const [t, tHome, locale] = await Promise.all([getTranslations('LifeSituations'), getTranslations('Home'), getLocale()]);
  return (
    <section aria-labelledby="situations-heading" className="space-y-3">
      <div>
        <h2 id="situations-heading" className="text-xl font-bold sm:text-2xl">
          {tHome('situationsHeading')}
        </h2>
        <p className="text-slate-700">{tHome('situationsLead')}</p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2">
        {LIFE_SITUATIONS.map((situation) => (
          <li key={situation}>
            <a
              href={searchHref(locale, situationQuery(situation))}
              className={`flex h-full min-h-11 flex-col rounded-lg border p-3 no-underline hover:bg-slate-50 focus-visible:bg-slate-50 ${
                SITUATION_SEARCH[situation].urgent ? 'border-alert-700/40 border-l-4 border-l-alert-700' : 'border-slate-300 border-l-4 border-l-brand-700'
              }`}
            >
              <span className="font-semibold text-slate-900 underline decoration-slate-400 underline-offset-2">{t(`${situation}.title`)}</span>
              <span className="mt-0.5 text-sm text-slate-700">{t(`${situation}.hint`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
