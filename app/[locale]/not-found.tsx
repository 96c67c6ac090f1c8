import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}
