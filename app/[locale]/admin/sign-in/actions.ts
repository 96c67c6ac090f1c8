'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { SignInState } from '@/components/admin/auth/form-state';
import { authConfig } from '@/lib/auth/config';
import { readSessionToken, writeSessionCookie } from '@/lib/auth/cookie';
import { formValues, translatedFieldErrors } from '@/lib/auth/form-errors';
import { clientAddress, safeAdminReturnPath } from '@/lib/auth/request';
import { createSession } from '@/lib/auth/session';
import { authenticate } from '@/lib/auth/sign-in';
import { getDb } from '@/lib/db/client';
import { appSecret } from '@/lib/env';
import { isAuthErrorKey, signInSchema } from '@/lib/validation/auth';

/**
 * The one public action of the admin area (it is how a session begins). Unknown e-mail, wrong password,
 * disabled and locked accounts all get the same message; see lib/auth/sign-in.ts.
 */
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const [t, locale] = await Promise.all([getTranslations('AdminAuth.errors'), getLocale()]);
  const translate = (key: string) => (isAuthErrorKey(key) ? t(key) : t('generic'));
  const values = formValues(formData);
  const shown = { email: (values.email ?? '').slice(0, 254) };

  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return { fieldErrors: translatedFieldErrors(parsed.error, ['email', 'password'] as const, translate), formError: t('summary'), values: shown };
  }

  const requestHeaders = await headers();
  const db = getDb();
  const result = await authenticate(db, {
    email: parsed.data.email,
    password: parsed.data.password,
    clientAddress: clientAddress(requestHeaders, authConfig().trustedProxyHops),
    secret: appSecret(),
  });
  if (!result.ok) {
    const formError = result.reason === 'throttled' ? t('throttled', { minutes: Math.ceil(result.retryAfterSeconds / 60) }) : t('invalidCredentials');
    return { fieldErrors: {}, formError, values: shown };
  }

  const session = await createSession(db, {
    userId: result.user.id,
    userAgent: requestHeaders.get('user-agent'),
    previousToken: await readSessionToken(),
  });
  await writeSessionCookie(session.token, session.expiresAt);
  redirect(safeAdminReturnPath(parsed.data.next) ?? `/${locale}/admin`);
}
