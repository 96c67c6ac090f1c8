import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './LocaleSwitcher';

export async function SiteHeader() {
  const t = await getTranslations('SiteHeader');
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="group flex flex-col no-underline" aria-label={t('home')}>
          <span className="text-xl font-bold text-brand-800 group-hover:underline">Atbalsta katalogs</span>
          <span className="text-sm text-slate-600">{t('tagline')}</span>
        </Link>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
