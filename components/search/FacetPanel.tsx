import { getTranslations } from 'next-intl/server';
import { FACET_PARAM } from '@/lib/validation/search-query';
import { FACETS, type FacetName, type SearchResult } from '@/lib/search/types';

/** Facet checkboxes with counts; part of the search form, so they work without JavaScript. */
export async function FacetPanel({ result, municipalityNames }: { result: SearchResult; municipalityNames: Record<string, string> }) {
  const [t, tEnum] = await Promise.all([getTranslations('Search'), getTranslations('Enum')]);
  const label = (facet: FacetName, value: string) =>
    facet === 'municipality' ? (municipalityNames[value] ?? value) : tEnum(`${facet}.${value}` as 'type.service');

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor="search-age" className="block font-semibold">
          {t('age')}
        </label>
        <p id="search-age-hint" className="text-sm text-slate-600">
          {t('ageHint')}
        </p>
        <input
          id="search-age"
          name="age"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          defaultValue={result.query.age ?? ''}
          aria-describedby="search-age-hint"
          className="mt-1 w-24 rounded border border-slate-400 px-2 py-2"
        />
      </div>
      {FACETS.map((facet) => {
        const values = result.facets[facet].filter((v) => v.count > 0 || v.selected);
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className="space-y-1">
            <legend className="font-semibold">{t(`facet.${facet}`)}</legend>
            <ul className={facet === 'municipality' ? 'max-h-64 space-y-1 overflow-y-auto pr-2' : 'space-y-1'}>
              {values.map((v) => {
                const id = `facet-${facet}-${v.value}`;
                return (
                  <li key={v.value} className="flex items-start gap-2">
                    <input
                      id={id}
                      type="checkbox"
                      name={FACET_PARAM[facet]}
                      value={v.value}
                      defaultChecked={v.selected}
                      className="mt-1 size-5 shrink-0 accent-brand-700"
                    />
                    <label htmlFor={id} className="cursor-pointer">
                      {label(facet, v.value)} <span className="text-slate-600">({v.count})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      <button type="submit" className="min-h-11 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
        {t('applyFilters')}
      </button>
    </div>
  );
}
