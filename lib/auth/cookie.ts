import 'server-only';
import { cookies } from 'next/headers';
import { SESSION_COOKIE, sessionCookieOptions } from './session';

/** The session token the browser sent, if any. */
export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Only in server actions and route handlers (Next.js cannot set cookies while rendering). */
export async function writeSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt));
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, '', { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}
