import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AcceptInvitationForm } from '@/components/admin/auth/AcceptInvitationForm';
import { findOpenInvitation } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';
import { acceptInvitationAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/accept-invitation/[token]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth.acceptInvitation' });
  // The token is in this URL: never send it on in a Referer.
  return { title: t('title'), referrer: 'no-referrer' };
}

/** Public: the link's token is the credential. Shows the form only for an open invitation. */
export default async function AcceptInvitationPage({ params }: PageProps<'/[locale]/admin/accept-invitation/[token]'>) {
  await resolvePageLocale(params);
  const { token } = await params;
  const [t, tShell, invitation] = await Promise.all([
    getTranslations('AdminAuth.acceptInvitation'),
    getTranslations('AdminShell'),
    findOpenInvitation(getDb(), token),
  ]);
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t('invalidTitle')}</h1>
        <p>{t('invalid')}</p>
        <p>
          <Link href="/admin/sign-in" className="text-brand-700 underline">
            {t('signInLink')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro', { role: tShell(`roles.${invitation.role}`), email: invitation.email })}</p>
      <AcceptInvitationForm action={acceptInvitationAction} token={token} email={invitation.email} />
    </div>
  );
}
