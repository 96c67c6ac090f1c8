import { getLocale, getTranslations } from 'next-intl/server';
import { REGIONS } from '@/lib/search/types';
import type { MunicipalityName } from '@/lib/db/municipalities';

/** The parameter of the home page that leads to a municipality's social service. */
export const SOCIAL_SERVICE_PARAM = 'social_service_for';

const collator = new Intl.Collator('lv');

/**
 * "Find my municipality's social service": a server-rendered select of the municipalities by planning region
 * and a submit button. A plain GET form to the home page, which redirects to the service (no JavaScript needed).
 */
export async function MunicipalityFinder({ municipalities }: { municipalities: MunicipalityName[] }) {
  const [t, tEnum, locale] = await Promise.all([getTranslations('Home'), getTranslations('Enum'), getLocale()]);
  return (
    <section aria-labelledby="municipality-heading" className="space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <div>
        <h2 id="municipality-heading" className="text-xl font-bold sm:text-2xl">
          {t('municipalityHeading')}
        </h2>
        <p className="text-slate-700">{t('municipalityLead')}</p>
      </div>
      <form method="get" action={`/${locale}`} className="flex flex-wrap items-end gap-2">
        <div className="w-full sm:w-auto">
          <label htmlFor="municipality-select" className="block font-semibold">
            {t('municipalityLabel')}
          </label>
          <select
            id="municipality-select"
            name={SOCIAL_SERVICE_PARAM}
            required
            defaultValue=""
            className="mt-1 w-full min-w-0 rounded border border-slate-500 bg-white px-3 py-2.5 sm:w-80"
          >
            <option value="" disabled>
              {t('municipalityChoose')}
            </option>
            {REGIONS.map((region) => (
              <optgroup key={region} label={tEnum(`region.${region}`)}>
                {municipalities
                  .filter((m) => m.planningRegion === region)
                  .sort((a, b) => collator.compare(a.name, b.name))
                  .map((m) => (
                    <option key={m.slug} value={m.slug} lang="lv">
                      {m.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t('municipalitySubmit')}
        </button>
      </form>
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <a href={`/${locale}/social-services`} className="inline-flex min-h-11 items-center text-brand-800 underline">
            {t('municipalityAll')}
          </a>
        </li>
        <li>
          <a href={`/${locale}/crisis-lines`} className="inline-flex min-h-11 items-center text-brand-800 underline">
            {t('crisisLinesLink')}
          </a>
        </li>
      </ul>
    </section>
  );
}
