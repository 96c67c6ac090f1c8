'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { clearSessionCookie, readSessionToken } from '@/lib/auth/cookie';
import { getCurrentUser, requireUser } from '@/lib/auth/guard';
import { deleteSession } from '@/lib/auth/session';
import { signOutEverywhere as endAllSessions } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';

/** Ends this browser's session. Signed out already: only the cookie is cleared. */
export async function signOut(): Promise<void> {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  if (user) await deleteSession(getDb(), await readSessionToken());
  await clearSessionCookie();
  redirect(`/${locale}/admin/sign-in?signedOut=1`);
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  const locale = await getLocale();
  await endAllSessions(getDb(), user);
  await clearSessionCookie();
  redirect(`/${locale}/admin/sign-in?signedOut=all`);
}
