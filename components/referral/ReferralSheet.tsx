import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ReferralEntry, ReferralPhone, ReferralPlace } from '@/lib/referral/entries';
import { referralHref, referralKey, withoutReferral, type PrintLanguage, type ReferralRef } from '@/lib/referral/ids';
import { formatPhone, telHref } from '@/lib/text/phone';
import './referral-print.css';

const ENTRY_PATH: Record<ReferralRef['kind'], string> = {
  service: 'services',
  provider: 'providers',
  'social-service': 'social-services',
  'crisis-line': 'crisis-lines',
};

/** "https://example.lv/lv/services/x" → "example.lv/lv/services/x": shorter on paper. */
const bare = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

function PhoneList({ phones, inline = false }: { phones: ReferralPhone[]; inline?: boolean }) {
  return (
    <ul className={inline ? 'flex flex-wrap gap-x-3' : 'space-y-0.5'}>
      {phones.map((phone, i) => (
        <li key={`${phone.number}-${i}`}>
          <a href={telHref(phone.number)} className="font-semibold whitespace-nowrap text-brand-800 underline">
            {formatPhone(phone.number)}
          </a>
          {phone.extension ? <span> ({phone.extension})</span> : null}
          {phone.description ? (
            <span lang="lv" className="text-slate-700">
              {' '}
              — {phone.description}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One label and value; `breakable` lets a long value (a list of places) run over a page break in print. */
function Fact({ term, children, breakable = false }: { term: string; children: ReactNode; breakable?: boolean }) {
  return (
    <div data-breakable={breakable || undefined} className="grid gap-x-3 sm:grid-cols-[9rem_1fr] print:grid-cols-[8rem_1fr]">
      <dt className="font-semibold text-slate-700 print:text-black">{term}</dt>
      <dd className="min-w-0 wrap-break-word">{children}</dd>
    </div>
  );
}

/**
 * The printable list, in the chosen printout language: labels and explanations in `language`, the entries'
 * own text as stored (Latvian, marked lang="lv"). Controls for the screen (remove) stay in the page's locale
 * and are not printed. Confidential addresses never reach this component (lib/referral/entries drops them).
 */
export async function ReferralSheet({
  entries,
  refs,
  language,
  locale,
  baseUrl,
  shareUrl,
  preparedOn,
  emergencyLines,
}: {
  entries: ReferralEntry[];
  refs: ReferralRef[];
  language: PrintLanguage;
  locale: string;
  baseUrl: string;
  shareUrl: string;
  preparedOn: Date;
  emergencyLines: { slug: string; name: string; phoneNumber: string }[];
}) {
  const [t, tEnum, tScreen] = await Promise.all([
    getTranslations({ locale: language, namespace: 'Referral.sheet' }),
    getTranslations({ locale: language, namespace: 'Enum' }),
    getTranslations('Referral'),
  ]);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(preparedOn);

  const age = (entry: ReferralEntry) =>
    entry.ageMin !== null && entry.ageMax !== null
      ? t('ageRange', { min: entry.ageMin, max: entry.ageMax })
      : entry.ageMin !== null
        ? t('ageFrom', { min: entry.ageMin })
        : entry.ageMax !== null
          ? t('ageTo', { max: entry.ageMax })
          : null;

  const where = (entry: ReferralEntry) => {
    if (entry.areaNational) return t('nationwide');
    const parts = [...entry.areaRegions.map((r) => tEnum(`region.${r}`)), ...entry.areaMunicipalities];
    return parts.length > 0 ? parts.join(', ') : null;
  };

  const placePhones = (places: ReferralPlace[]) => places.some((p) => p.phones.length > 0);

  return (
    <div data-referral-sheet lang={language} className="space-y-5 rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6">
      <header className="space-y-1 border-b border-slate-300 pb-3">
        <h2 className="text-2xl font-bold text-slate-900">{t('title')}</h2>
        <p className="text-sm text-slate-700">{t('prepared', { date })}</p>
        <p className="text-sm text-slate-700">{t('dataNote')}</p>
      </header>
      <ol className="space-y-5">
        {entries.map((entry, index) => {
          const entryUrl = `${baseUrl}/${language}/${ENTRY_PATH[entry.ref.kind]}/${entry.ref.slug}`;
          const ageText = age(entry);
          const whereText = where(entry);
          const cost = entry.costKind ? tEnum(`cost.${entry.costKind}`) : entry.freeOfCharge ? t('free') : null;
          const hasPhone = entry.phones.length > 0 || placePhones(entry.places) || entry.providers.some((p) => p.phones.length > 0);
          const removeHref = referralHref(locale, withoutReferral(refs, entry.ref), language === locale ? undefined : language);
          return (
            <li key={referralKey(entry.ref)}>
              <article aria-labelledby={`referral-item-${index}`} className="space-y-2 border-b border-slate-200 pb-4 last:border-b-0">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-brand-700 print:text-black">
                      {index + 1}. {t(`kind.${entry.ref.kind}`)}
                    </p>
                    <h3 id={`referral-item-${index}`} lang="lv" className="text-lg font-bold text-slate-900 wrap-break-word">
                      {entry.name}
                    </h3>
                  </div>
                  <a
                    href={removeHref}
                    lang={locale}
                    aria-label={tScreen('removeNamed', { name: entry.name })}
                    className="inline-flex min-h-11 items-center rounded border border-slate-400 px-3 text-sm text-slate-800 no-underline hover:bg-slate-50 print:hidden"
                  >
                    {tScreen('remove')}
                  </a>
                </div>
                {entry.summary ? (
                  <p lang="lv" className="line-clamp-3 text-slate-800 print:line-clamp-none">
                    {entry.summary}
                  </p>
                ) : null}
                <dl className="space-y-1.5 text-sm">
                  {entry.providers.length > 0 ? (
                    <Fact term={t('provider')}>
                      <span lang="lv">{entry.providers.map((p) => p.name).join('; ')}</span>
                    </Fact>
                  ) : null}
                  {ageText ? <Fact term={t('age')}>{ageText}</Fact> : null}
                  <Fact term={t('phones')}>
                    {entry.phones.length > 0 ? (
                      <PhoneList phones={entry.phones} />
                    ) : entry.providers.some((p) => p.phones.length > 0) ? (
                      <PhoneList phones={entry.providers.flatMap((p) => p.phones)} />
                    ) : hasPhone ? (
                      <span>{t('phonesAtPlaces')}</span>
                    ) : (
                      <span>{t('noPhone')}</span>
                    )}
                  </Fact>
                  {entry.email ? (
                    <Fact term={t('email')}>
                      <a href={`mailto:${entry.email}`} className="text-brand-800 underline wrap-anywhere">
                        {entry.email}
                      </a>
                    </Fact>
                  ) : null}
                  {entry.website ? (
                    <Fact term={t('website')}>
                      <a href={entry.website} rel="noopener" className="text-brand-800 underline wrap-anywhere">
                        {bare(entry.website)}
                      </a>
                    </Fact>
                  ) : null}
                  {entry.chatUrl ? (
                    <Fact term={t('chat')}>
                      <a href={entry.chatUrl} rel="noopener" className="text-brand-800 underline wrap-anywhere">
                        {bare(entry.chatUrl)}
                      </a>
                    </Fact>
                  ) : null}
                  {entry.hours || entry.is24x7 ? (
                    <Fact term={t('hours')}>
                      {entry.is24x7 ? t('always') : <span lang="lv">{entry.hours}</span>}
                    </Fact>
                  ) : null}
                  {entry.accessRoutes.length > 0 || entry.accessDescription ? (
                    <Fact term={t('how')}>
                      {entry.accessRoutes.length > 0 ? <p>{entry.accessRoutes.map((a) => tEnum(`access.${a}`)).join('; ')}</p> : null}
                      {entry.accessDescription ? (
                        <p lang="lv" className="whitespace-pre-line text-slate-800">
                          {entry.accessDescription}
                        </p>
                      ) : null}
                    </Fact>
                  ) : null}
                  {cost || entry.priceText ? (
                    <Fact term={t('cost')}>
                      {cost ? <p>{cost}</p> : null}
                      {entry.priceText ? (
                        <p lang="lv" className="whitespace-pre-line text-slate-800">
                          {entry.priceText}
                        </p>
                      ) : null}
                    </Fact>
                  ) : null}
                  {whereText ? <Fact term={t('where')}>{whereText}</Fact> : null}
                  {entry.places.length > 0 ? (
                    <Fact term={t('places')} breakable>
                      <ul className="space-y-1.5">
                        {entry.places.map((place, i) => (
                          <li key={i} lang="lv">
                            {place.name ? <span className="font-semibold">{place.name}: </span> : null}
                            {place.address ?? (place.confidential ? <span lang={language}>{t('confidential')}</span> : null)}
                            {place.municipality && !place.address ? <span> ({place.municipality})</span> : null}
                            {place.hours ? <span className="block text-slate-700">{place.hours}</span> : null}
                            {place.phones.length > 0 ? <PhoneList phones={place.phones} inline /> : null}
                          </li>
                        ))}
                      </ul>
                    </Fact>
                  ) : null}
                </dl>
                <p className="text-xs text-slate-600 print:text-black">{t('more', { url: bare(entryUrl) })}</p>
              </article>
            </li>
          );
        })}
      </ol>
      <footer className="space-y-1 border-t border-slate-300 pt-3 text-sm">
        {emergencyLines.length > 0 ? (
          <p>
            <span className="font-semibold">{t('emergency')}</span>{' '}
            {emergencyLines.map((line, i) => (
              <span key={line.slug}>
                {i > 0 ? ' · ' : null}
                <span lang="lv">{line.name}</span>{' '}
                <a href={telHref(line.phoneNumber)} className="font-semibold whitespace-nowrap text-alert-800 underline print:text-black">
                  {formatPhone(line.phoneNumber)}
                </a>
              </span>
            ))}
          </p>
        ) : null}
        <p className="wrap-anywhere text-slate-700 print:text-black">{t('online', { url: shareUrl })}</p>
      </footer>
    </div>
  );
}
