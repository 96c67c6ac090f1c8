import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { isDatabaseReachable } from '@/lib/health/database-probe';
import { payloadTooLargeHtml, serviceUnavailableHtml } from '@/lib/health/unavailable-page';
import { contentSecurityPolicy, servedOverHttps } from '@/lib/security/headers';

const handleI18nRouting = createMiddleware(routing);

/**
 * Form posts (server actions) above this are refused here with a page in the reader's language. Next.js's own
 * limit for server action bodies is 1 MB, and a body over it is a 500 from the framework; this is just under.
 */
const FORM_BODY_LIMIT_BYTES = 1_000_000;

export default async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development', https: servedOverHttps() });

  const length = Number(request.headers.get('content-length') ?? 0);
  if (request.method === 'POST' && length > FORM_BODY_LIMIT_BYTES) {
    const locale = request.nextUrl.pathname.split('/')[1] ?? routing.defaultLocale;
    return new NextResponse(payloadTooLargeHtml(locale, nonce, request.nextUrl.pathname), {
      status: 413,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': csp, Connection: 'close' },
    });
  }

  // While PostgreSQL is away, answer at once with a 503 in the reader's language (with the crisis numbers)
  // instead of letting every page fail; the next request after it returns is served normally.
  if (!(await isDatabaseReachable(process.env.DATABASE_URL))) {
    const locale = request.nextUrl.pathname.split('/')[1] ?? routing.defaultLocale;
    return new NextResponse(serviceUnavailableHtml(locale, nonce), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store', 'Content-Security-Policy': csp },
    });
  }

  // Next.js reads the nonce from the request's CSP header and puts it on its scripts; next-intl forwards
  // the request headers it is given.
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Everything but API routes, Next.js internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
