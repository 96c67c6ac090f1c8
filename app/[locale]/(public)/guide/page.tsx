import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { absoluteUrl, languageAlternates } from '@/components/ui/site-url';
import { listMunicipalities } from '@/lib/db/municipalities';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { routing } from '@/lib/i18n/routing';
import { firstUnanswered, GUIDE_STEPS, parseGuide } from './answers';
import { GuideStepForm } from './GuideStepForm';
import { GuideSummary } from './GuideSummary';

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/guide'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Guide' });
  const answered = Object.keys(await searchParams).length > 0;
  return {
    title: t('title'),
    description: t('metaDescription'),
    // The first question is the page to find; the later steps are one visitor's answers.
    robots: answered ? { index: false, follow: true } : undefined,
    alternates: { canonical: absoluteUrl(locale, '/guide'), languages: languageAlternates(routing.locales, '/guide') },
  };
}

/**
 * The guided path: who, how old, where, what is happening — one question per page, the answers in the
 * address — ending in the filtered search. Works without JavaScript.
 */
export default async function GuidePage({ params, searchParams }: PageProps<'/[locale]/guide'>) {
  const locale = await resolvePageLocale(params);
  const [t, municipalities, query] = await Promise.all([getTranslations('Guide'), listMunicipalities(), searchParams]);
  const { answers, invalidAge, requestedStep } = parseGuide(query, new Set(municipalities.map((m) => m.slug)));
  const unanswered = firstUnanswered(answers);
  // A later step cannot be asked for before the earlier ones are answered.
  const reachable =
    requestedStep && (unanswered === null || GUIDE_STEPS.indexOf(requestedStep) <= GUIDE_STEPS.indexOf(unanswered)) ? requestedStep : null;
  const step = invalidAge !== null ? 'age' : (reachable ?? unanswered);

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('title')}</h1>
      {step ? (
        <GuideStepForm locale={locale} step={step} answers={answers} invalidAge={invalidAge} municipalities={municipalities} />
      ) : (
        <GuideSummary locale={locale} answers={answers} municipalities={municipalities} />
      )}
    </div>
  );
}
