'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { AcceptInvitationState } from '@/components/admin/auth/form-state';
import { readSessionToken, writeSessionCookie } from '@/lib/auth/cookie';
import { formValues, translatedFieldErrors } from '@/lib/auth/form-errors';
import { createSession } from '@/lib/auth/session';
import { acceptInvitation, findOpenInvitation } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { acceptInvitationSchema, isAuthErrorKey } from '@/lib/validation/auth';

/**
 * Public like the sign-in: the invitation token (256 random bits, single use, 7 days) is the credential.
 * Creates the account and signs the new user in (a fresh session; any session this browser had ends).
 */
export async function acceptInvitationAction(_previous: AcceptInvitationState, formData: FormData): Promise<AcceptInvitationState> {
  const [t, tInvitation, locale] = await Promise.all([getTranslations('AdminAuth.errors'), getTranslations('AdminAuth.acceptInvitation'), getLocale()]);
  const values = formValues(formData);
  const shown = { name: (values.name ?? '').slice(0, 100) };
  const db = getDb();
  const invitation = await findOpenInvitation(db, values.token ?? '');
  if (!invitation) return { fieldErrors: {}, formError: tInvitation('invalid'), values: shown };

  const parsed = acceptInvitationSchema(invitation.email).safeParse(values);
  if (!parsed.success) {
    const translate = (key: string) => (isAuthErrorKey(key) ? t(key) : t('generic'));
    return {
      fieldErrors: translatedFieldErrors(parsed.error, ['name', 'password', 'passwordConfirm'] as const, translate),
      formError: t('summary'),
      values: shown,
    };
  }

  const result = await acceptInvitation(db, { token: parsed.data.token, name: parsed.data.name, password: parsed.data.password });
  if (!result.ok) {
    return { fieldErrors: {}, formError: tInvitation(result.reason === 'userExists' ? 'userExists' : 'invalid'), values: shown };
  }
  const session = await createSession(db, {
    userId: result.user.id,
    userAgent: (await headers()).get('user-agent'),
    previousToken: await readSessionToken(),
  });
  await writeSessionCookie(session.token, session.expiresAt);
  redirect(`/${locale}/admin`);
}
