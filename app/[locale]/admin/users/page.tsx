import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { FormAlert } from '@/components/admin/auth/FormAlert';
import { InvitationList } from '@/components/admin/users/InvitationList';
import { UsersTable } from '@/components/admin/users/UsersTable';
import { requireRole } from '@/lib/auth/guard';
import { listPendingInvitations, listUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';
import { changeRole, revokeInvitationAction, setUserStatus } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/users'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminUsers' });
  return { title: t('title') };
}

/** The outcome of the last action, as its redirect put it in the URL; anything else is ignored. */
const outcomeSchema = z.object({
  notice: z.enum(['disabled', 'enabled', 'roleChanged', 'revoked']).optional().catch(undefined),
  error: z.enum(['self', 'lastAdmin', 'notFound', 'invalid']).optional().catch(undefined),
});

export default async function UsersPage({ params, searchParams }: PageProps<'/[locale]/admin/users'>) {
  const locale = await resolvePageLocale(params);
  const admin = await requireRole('admin', `/${locale}/admin/users`);
  const db = getDb();
  const [t, users, invitations, outcome] = await Promise.all([
    getTranslations('AdminUsers'),
    listUsers(db),
    listPendingInvitations(db),
    searchParams.then((query) => outcomeSchema.parse(query)),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/admin/users/invite" className="inline-block min-h-11 rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">
          {t('inviteLink')}
        </Link>
      </div>
      {outcome.error ? <FormAlert kind="error">{t(`errors.${outcome.error}`)}</FormAlert> : null}
      {outcome.notice && !outcome.error ? <FormAlert kind="notice">{t(`notices.${outcome.notice}`)}</FormAlert> : null}
      <p>{t('intro')}</p>
      <UsersTable users={users} currentUser={admin} changeRole={changeRole} setUserStatus={setUserStatus} />
      <InvitationList invitations={invitations} revoke={revokeInvitationAction} />
    </div>
  );
}
