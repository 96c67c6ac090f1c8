import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export interface Crumb {
  label: string;
  href: string;
}

/** Where the page sits in the site; the last crumb is the page itself. Not printed. */
export async function Breadcrumbs({ trail, current, currentLang }: { trail: Crumb[]; current: string; currentLang?: string }) {
  const t = await getTranslations('Entry');
  return (
    <nav aria-label={t('breadcrumbs')} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 text-slate-700">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-x-2">
            <Link href={crumb.href} className="inline-flex min-h-11 items-center text-brand-800 underline hover:text-brand-900">
              {crumb.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" lang={currentLang} className="flex min-h-11 items-center">
          {current}
        </li>
      </ol>
    </nav>
  );
}
