import { getTranslations } from 'next-intl/server';
import { AddToReferralButton } from '@/components/referral/AddToReferralButton';
import { Link } from '@/lib/i18n/navigation';
import { REFERRAL_KIND_OF_ENTRY } from '@/lib/referral/ids';
import type { SearchHit } from '@/lib/search/types';
import { formatPhone, telHref } from '@/lib/text/phone';

const HREF: Record<SearchHit['type'], string> = {
  service: '/services',
  organization: '/providers',
  municipal_social_service: '/social-services',
  crisis_line: '/crisis-lines',
};

export function entryHref(hit: Pick<SearchHit, 'type' | 'slug'>): string {
  return `${HREF[hit.type]}/${hit.slug}`;
}

/** One result: what decides a referral at a glance — who it is for, age, cost, where, how to get it, phone. */
export async function SearchResultCard({ hit }: { hit: SearchHit }) {
  const t = await getTranslations('Search.card');
  const tEnum = await getTranslations('Enum');
  const age =
    hit.ageMin !== null && hit.ageMax !== null
      ? t('ageRange', { min: hit.ageMin, max: hit.ageMax })
      : hit.ageMin !== null
        ? t('ageFrom', { min: hit.ageMin })
        : hit.ageMax !== null
          ? t('ageTo', { max: hit.ageMax })
          : null;
  const facts: [string, string][] = [];
  if (hit.targetGroup) facts.push([t('who'), hit.targetGroup]);
  if (age) facts.push([t('age'), age]);
  if (hit.costKind) facts.push([t('cost'), tEnum(`cost.${hit.costKind as 'free'}`)]);
  if (hit.areaLabel) facts.push([t('where'), hit.areaLabel]);
  if (hit.accessRoutes.length > 0) facts.push([t('how'), hit.accessRoutes.map((a) => tEnum(`access.${a as 'other'}`)).join('; ')]);
  if (hit.providerNames.length > 0) facts.push([t('provider'), hit.providerNames.join(', ')]);

  return (
    <article className="rounded-lg border border-slate-200 p-4 shadow-sm" aria-labelledby={`hit-${hit.id}`}>
      <p className="text-sm font-medium text-brand-700">
        {tEnum(`type.${hit.type}`)}
        {hit.domain && hit.type === 'service' ? ` · ${tEnum(`domain.${hit.domain as 'social'}`)}` : null}
      </p>
      <h3 id={`hit-${hit.id}`} className="mt-1 text-lg font-semibold">
        <Link href={entryHref(hit)} className="text-slate-900 underline decoration-slate-400 hover:decoration-slate-900">
          {hit.name}
        </Link>
      </h3>
      {hit.summary ? <p className="mt-1 line-clamp-3 text-slate-700">{hit.summary}</p> : null}
      {facts.length > 0 ? (
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold text-slate-700">{term}</dt>
              <dd className="text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {hit.phone ? (
        <p className="mt-3">
          <a href={telHref(hit.phone)} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            {t('phone')}: {formatPhone(hit.phone)}
          </a>
          {hit.is24x7 ? <span className="ml-2 text-sm text-slate-700">({t('always')})</span> : null}
        </p>
      ) : null}
      <div className="mt-3 print:hidden">
        <AddToReferralButton entry={`${REFERRAL_KIND_OF_ENTRY[hit.type]}:${hit.slug}`} name={hit.name} />
      </div>
    </article>
  );
}
