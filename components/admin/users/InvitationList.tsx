import { getFormatter, getTranslations } from 'next-intl/server';
import type { PendingInvitation } from '@/lib/auth/users';

/** Invitations not used yet, each revocable (its link then stops working). */
export async function InvitationList({ invitations, revoke }: { invitations: PendingInvitation[]; revoke: (formData: FormData) => Promise<void> }) {
  const [t, tShell, format] = await Promise.all([getTranslations('AdminUsers'), getTranslations('AdminShell'), getFormatter()]);
  return (
    <section aria-labelledby="invitations-heading" className="space-y-3">
      <h2 id="invitations-heading" className="text-xl font-bold">
        {t('invitations.heading')}
      </h2>
      {invitations.length === 0 ? (
        <p>{t('invitations.none')}</p>
      ) : (
        <ul className="space-y-2">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-3">
              <span>
                {t('invitations.item', {
                  email: invitation.email,
                  role: tShell(`roles.${invitation.role}`),
                  expires: format.dateTime(invitation.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }),
                })}
              </span>
              <form action={revoke}>
                <input type="hidden" name="invitationId" value={invitation.id} />
                <button type="submit" className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-100">
                  {t('invitations.revoke')}
                  <span className="sr-only"> — {invitation.email}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
