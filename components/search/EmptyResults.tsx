import { getTranslations } from 'next-intl/server';
import { listCrisisStripLines } from '@/lib/db/crisis-lines';
import { formatPhone, telHref } from '@/lib/text/phone';
import type { FilterChip } from './ActiveFilters';

/** Nothing found: suggest removing a filter, and show who can help right now. */
export async function EmptyResults({ chips }: { chips: FilterChip[] }) {
  const [t, lines] = await Promise.all([getTranslations('Search'), listCrisisStripLines(6)]);
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 p-4">
      <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
      <p>{t('emptyHint')}</p>
      {chips.length > 0 ? (
        <ul className="space-y-1">
          {chips.map((chip) => (
            <li key={chip.key}>
              <a href={chip.href} className="underline">
                {t('removeFilter', { label: chip.label })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {lines.length > 0 ? (
        <div>
          <p className="font-semibold">{t('emptyCrisis')}</p>
          <ul className="mt-1 space-y-1">
            {lines.map((line) => (
              <li key={line.slug}>
                <a href={telHref(line.phoneNumber)} className="inline-flex min-h-11 items-center font-semibold text-alert-800 underline">
                  {line.name}: {formatPhone(line.phoneNumber)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
