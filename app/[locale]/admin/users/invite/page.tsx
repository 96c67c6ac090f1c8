import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InviteForm } from '@/components/admin/users/InviteForm';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';
import { inviteUserAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/users/invite'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminUsers.inviteForm' });
  return { title: t('title') };
}

export default async function InviteUserPage({ params }: PageProps<'/[locale]/admin/users/invite'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('admin', `/${locale}/admin/users/invite`);
  const t = await getTranslations('AdminUsers.inviteForm');
  return (
    <div className="max-w-xl space-y-4">
      <p>
        <Link href="/admin/users" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <InviteForm action={inviteUserAction} />
    </div>
  );
}
