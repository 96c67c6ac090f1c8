import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { listCrisisStripLines } from '@/lib/db/crisis-lines';
import { formatPhone, telHref } from '@/lib/text/phone';

/** Always-visible emergency and crisis numbers with tap-to-call links (data from the catalogue). */
export async function CrisisStrip() {
  // Lines are edited by coordinators while the site runs: read them per request, never at build time.
  await connection();
  const [t, lines] = await Promise.all([getTranslations('CrisisStrip'), listCrisisStripLines()]);
  if (lines.length === 0) return null;
  return (
    <aside aria-labelledby="crisis-strip-label" className="border-b border-alert-700/20 bg-alert-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm">
        <h2 id="crisis-strip-label" className="font-semibold text-alert-800">
          {t('label')}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {lines.map((line) => (
            <li key={line.slug}>
              <a
                href={telHref(line.phoneNumber)}
                aria-label={t('call', { name: line.name, number: formatPhone(line.phoneNumber) })}
                className="inline-flex min-h-11 items-center gap-1 font-semibold text-alert-800 underline"
              >
                <span>{line.name}</span>
                <span className="whitespace-nowrap">{formatPhone(line.phoneNumber)}</span>
              </a>
              {line.is24x7 ? <span className="ml-1 text-slate-700">({t('always')})</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
