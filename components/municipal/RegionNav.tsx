import { getTranslations } from 'next-intl/server';
import type { PlanningRegion } from '@/lib/generated/prisma/enums';

export const regionAnchor = (region: PlanningRegion) => `region-${region}`;

/** In-page links to the five planning regions; not printed. */
export async function RegionNav({ regions }: { regions: readonly PlanningRegion[] }) {
  const [t, tEnum] = await Promise.all([getTranslations('SocialServicesPage'), getTranslations('Enum')]);
  return (
    <nav aria-label={t('regionNav')} className="no-print">
      <ul className="flex flex-wrap gap-2">
        {regions.map((region) => (
          <li key={region}>
            <a
              href={`#${regionAnchor(region)}`}
              className="inline-flex min-h-11 items-center rounded-full border border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50"
            >
              {tEnum(`region.${region}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
