import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { readSessionToken } from './cookie';
import { isCrossSiteRequest, safeAdminReturnPath } from './request';
import { validateSession } from './session';
import { hasRole, type CurrentUser, type Role } from './types';

/**
 * The one guard of the admin section. Every admin page, server action and route handler calls it first;
 * the layout and the proxy are never the only check.
 *
 *   const user = await requireUser();           // signed in, or redirected to the sign-in page
 *   const admin = await requireRole('admin');   // …and with the role, or a 404 (the page does not exist for them)
 *   const user = await requireUserForApi();     // route handlers: throws AuthError (401/403); see adminRoute()
 */
export type { CurrentUser, Role };
export { hasRole };

/** The signed-in user of this request, or null. Reads and checks the session once per request. */
export const getCurrentUser: () => Promise<CurrentUser | null> = cache(async () => {
  const token = await readSessionToken();
  if (!token) return null;
  const session = await validateSession(getDb(), token);
  return session?.user ?? null;
});

/**
 * The signed-in user, or a redirect to /{locale}/admin/sign-in?next=… . `next` is the admin path to return to
 * (Next.js does not tell a server component its own URL): pass it from a page when you know it; in a server
 * action the page that posted it (its same-origin Referer) is used.
 */
export async function requireUser(next?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  redirect(await signInPath(next));
}

/** The signed-in user with `role` (admin satisfies editor); anyone else gets the 404 page, never this one. */
export async function requireRole(role: Role, next?: string): Promise<CurrentUser> {
  const user = await requireUser(next);
  if (!hasRole(user, role)) notFound();
  return user;
}

/** For route handlers: 401 when signed out, 403 without the role. */
export class AuthError extends Error {
  readonly status: 401 | 403;
  constructor(status: 401 | 403) {
    super(status === 401 ? 'Sign-in required' : 'Not allowed');
    this.name = 'AuthError';
    this.status = status;
  }
}

export async function requireUserForApi(role: Role = 'editor'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError(401);
  if (!hasRole(user, role)) throw new AuthError(403);
  return user;
}

/**
 * Wraps an admin route handler: refuses cross-site state-changing requests (403), then requires a session
 * with `role` (401/403 as JSON), then runs the handler with the user.
 *
 *   export const POST = adminRoute(async (request, context, user) => Response.json(…), { role: 'editor' });
 */
export function adminRoute<C>(
  handler: (request: Request, context: C, user: CurrentUser) => Promise<Response>,
  options: { role?: Role } = {},
) {
  return async (request: Request, context: C): Promise<Response> => {
    if (isCrossSiteRequest(request.method, request.headers)) return authErrorResponse(403, 'cross_site');
    try {
      const user = await requireUserForApi(options.role ?? 'editor');
      return await handler(request, context, user);
    } catch (error) {
      if (error instanceof AuthError) return authErrorResponse(error.status, error.status === 401 ? 'unauthorized' : 'forbidden');
      throw error;
    }
  };
}

function authErrorResponse(status: 401 | 403, code: 'unauthorized' | 'forbidden' | 'cross_site'): Response {
  return Response.json({ error: { code } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

async function signInPath(next: string | undefined): Promise<string> {
  const locale = await getLocale();
  const back = safeAdminReturnPath(next ?? (await postingPage()));
  return `/${locale}/admin/sign-in${back ? `?next=${encodeURIComponent(back)}` : ''}`;
}

/** In a server action, the same-origin page whose form was posted. */
async function postingPage(): Promise<string | undefined> {
  const requestHeaders = await headers();
  if (!requestHeaders.has('next-action')) return undefined;
  const referer = requestHeaders.get('referer');
  const host = requestHeaders.get('host');
  if (!referer || !host) return undefined;
  try {
    const url = new URL(referer);
    return url.host === host ? `${url.pathname}${url.search}` : undefined;
  } catch {
    return undefined;
  }
}
