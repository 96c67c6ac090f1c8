import { getTranslations } from 'next-intl/server';
import { LIFE_SITUATIONS } from '@/components/home/life-situations';
import type { MunicipalityName } from '@/lib/db/municipalities';
import { REGIONS } from '@/lib/search/types';
import { answerParams, formatPlace, GUIDE_STEPS, guideHref, MAX_GUIDE_AGE, WHO, type GuideAnswers, type GuideStep } from './answers';

const collator = new Intl.Collator('lv');
const radioClass = 'mt-0.5 size-5 shrink-0 accent-brand-700';
const optionClass = 'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-3 hover:bg-slate-50 has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50';

/**
 * One question of the guide as a plain GET form: the answers so far ride along as hidden fields, so the
 * guide works without JavaScript and every step has its own address (Back in the browser works too).
 */
export async function GuideStepForm({
  locale,
  step,
  answers,
  invalidAge,
  municipalities,
}: {
  locale: string;
  step: GuideStep;
  answers: GuideAnswers;
  invalidAge: string | null;
  municipalities: MunicipalityName[];
}) {
  const [t, tSituation, tEnum] = await Promise.all([getTranslations('Guide'), getTranslations('LifeSituations'), getTranslations('Enum')]);
  const index = GUIDE_STEPS.indexOf(step);
  const previous = index > 0 ? GUIDE_STEPS[index - 1] : undefined;
  const questionClass = 'text-xl font-bold text-slate-900 sm:text-2xl';

  return (
    <form method="get" action={`/${locale}/guide`} className="space-y-5">
      {answerParams(answers, step).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm font-semibold text-brand-800">{t('progress', { step: index + 1, total: GUIDE_STEPS.length })}</p>

      {step === 'who' ? (
        <fieldset className="space-y-3">
          <legend className={`${questionClass} mb-3`}>{t('who.question')}</legend>
          {WHO.map((who) => (
            <label key={who} className={optionClass}>
              <input type="radio" name="who" value={who} required defaultChecked={answers.who === who} className={radioClass} />
              <span className="font-semibold">{t(`who.${who}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}

      {step === 'age' ? (
        <div className="space-y-2">
          <label htmlFor="guide-age" className={`${questionClass} block`}>
            {t('age.question')}
          </label>
          <p id="guide-age-hint" className="text-slate-700">
            {t('age.hint')}
          </p>
          <input
            id="guide-age"
            name="age"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_GUIDE_AGE}
            defaultValue={invalidAge ?? (typeof answers.age === 'number' ? answers.age : '')}
            aria-invalid={invalidAge !== null ? true : undefined}
            aria-describedby={invalidAge !== null ? 'guide-age-error guide-age-hint' : 'guide-age-hint'}
            className="w-28 rounded border border-slate-500 px-3 py-2 text-lg aria-[invalid=true]:border-2 aria-[invalid=true]:border-alert-700"
          />
          {invalidAge !== null ? (
            <p id="guide-age-error" role="alert" className="font-semibold text-alert-800">
              {t('age.invalid')}
            </p>
          ) : null}
        </div>
      ) : null}

      {step === 'place' ? (
        <div className="space-y-2">
          <label htmlFor="guide-place" className={`${questionClass} block`}>
            {t('place.question')}
          </label>
          <p id="guide-place-hint" className="text-slate-700">
            {t('place.hint')}
          </p>
          <select
            id="guide-place"
            name="place"
            defaultValue={formatPlace(answers.place)}
            aria-describedby="guide-place-hint"
            className="w-full rounded border border-slate-500 bg-white px-3 py-2.5 text-lg sm:w-96"
          >
            <option value="">{t('place.anywhere')}</option>
            <optgroup label={t('place.regions')}>
              {REGIONS.map((region) => (
                <option key={region} value={formatPlace({ kind: 'region', slug: region })}>
                  {t('place.wholeRegion', { region: tEnum(`region.${region}`) })}
                </option>
              ))}
            </optgroup>
            {REGIONS.map((region) => (
              <optgroup key={region} label={tEnum(`region.${region}`)}>
                {municipalities
                  .filter((m) => m.planningRegion === region)
                  .sort((a, b) => collator.compare(a.name, b.name))
                  .map((m) => (
                    <option key={m.slug} value={formatPlace({ kind: 'municipality', slug: m.slug })} lang="lv">
                      {m.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}

      {step === 'situation' ? (
        <fieldset className="space-y-3">
          <legend className={`${questionClass} mb-1`}>{t('situation.question')}</legend>
          <p className="text-slate-700">{t('situation.hint')}</p>
          {[...LIFE_SITUATIONS, 'other' as const].map((situation) => (
            <label key={situation} className={optionClass}>
              <input type="radio" name="situation" value={situation} required defaultChecked={answers.situation === situation} className={radioClass} />
              <span>
                <span className="block font-semibold">{tSituation(`${situation}.title`)}</span>
                <span className="block text-sm text-slate-700">{tSituation(`${situation}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-6 py-2 text-lg font-semibold text-white hover:bg-brand-800">
          {t('next')}
        </button>
        {step === 'age' ? (
          <a href={guideHref(locale, { ...answers, age: null })} className="inline-flex min-h-11 items-center px-2 text-brand-800 underline">
            {t('skip')}
          </a>
        ) : null}
        {previous ? (
          <a href={guideHref(locale, answers, [['step', previous]])} className="inline-flex min-h-11 items-center px-2 text-slate-700 underline">
            {t('back')}
          </a>
        ) : null}
      </div>
    </form>
  );
}
