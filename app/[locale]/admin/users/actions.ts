'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { InviteState } from '@/components/admin/auth/form-state';
import { authConfig } from '@/lib/auth/config';
import { formValues, translatedFieldErrors } from '@/lib/auth/form-errors';
import { requireRole } from '@/lib/auth/guard';
import { requestOrigin } from '@/lib/auth/request';
import { changeUserRole, inviteUser, revokeInvitation, setUserDisabled, type UserChangeResult } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { changeUserRoleSchema, inviteUserSchema, isAuthErrorKey, revokeInvitationSchema, setUserStatusSchema } from '@/lib/validation/auth';

// Every action here: the guard first (admin only), then the form parsed with zod, then lib/auth/users.ts,
// which checks the role once more and writes the audit record. Outcomes travel in the URL (?notice=, ?error=)
// so the forms work without JavaScript.

type UsersNotice = 'disabled' | 'enabled' | 'roleChanged' | 'revoked';

async function backToUsers(result: UserChangeResult | { ok: false; reason: 'invalid' }, notice: UsersNotice): Promise<never> {
  const locale = await getLocale();
  redirect(`/${locale}/admin/users?${result.ok ? `notice=${notice}` : `error=${result.reason}`}`);
}

export async function setUserStatus(formData: FormData): Promise<void> {
  const actor = await requireRole('admin');
  const parsed = setUserStatusSchema.safeParse(formValues(formData));
  if (!parsed.success) return backToUsers({ ok: false, reason: 'invalid' }, 'enabled');
  const result = await setUserDisabled(getDb(), actor, parsed.data.userId, parsed.data.disabled);
  return backToUsers(result, parsed.data.disabled ? 'disabled' : 'enabled');
}

export async function changeRole(formData: FormData): Promise<void> {
  const actor = await requireRole('admin');
  const parsed = changeUserRoleSchema.safeParse(formValues(formData));
  if (!parsed.success) return backToUsers({ ok: false, reason: 'invalid' }, 'roleChanged');
  return backToUsers(await changeUserRole(getDb(), actor, parsed.data.userId, parsed.data.role), 'roleChanged');
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const actor = await requireRole('admin');
  const parsed = revokeInvitationSchema.safeParse(formValues(formData));
  if (!parsed.success) return backToUsers({ ok: false, reason: 'invalid' }, 'revoked');
  return backToUsers(await revokeInvitation(getDb(), actor, parsed.data.invitationId), 'revoked');
}

/** Makes an invitation and shows its link once, in this answer only. */
export async function inviteUserAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  const actor = await requireRole('admin');
  const [tAuth, tUsers, format, locale] = await Promise.all([
    getTranslations('AdminAuth.errors'),
    getTranslations('AdminUsers.errors'),
    getFormatter(),
    getLocale(),
  ]);
  const values = formValues(formData);
  const shown = { email: (values.email ?? '').slice(0, 254), role: values.role === 'admin' ? 'admin' : 'editor' };
  const parsed = inviteUserSchema.safeParse(values);
  if (!parsed.success) {
    const translate = (key: string) => (isAuthErrorKey(key) ? tAuth(key) : tAuth('generic'));
    return { fieldErrors: translatedFieldErrors(parsed.error, ['email', 'role'] as const, translate), formError: tAuth('summary'), values: shown };
  }
  const result = await inviteUser(getDb(), actor, parsed.data);
  if (!result.ok) return { fieldErrors: { email: [tUsers('userExists')] }, values: shown };
  const origin = requestOrigin(await headers(), authConfig().trustedProxyHops);
  return {
    fieldErrors: {},
    values: {},
    invitation: {
      email: parsed.data.email,
      link: `${origin}/${locale}/admin/accept-invitation/${result.token}`,
      expires: format.dateTime(result.expiresAt, { dateStyle: 'long', timeStyle: 'short' }),
    },
  };
}
