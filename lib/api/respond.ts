import 'server-only';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { InvalidQueryError } from './query';

/** The language of an API message: ?lang=, else the first supported Accept-Language, else Latvian. */
export function apiLocale(request: Request): AppLocale {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  if (hasLocale(routing.locales, lang)) return lang;
  for (const part of (request.headers.get('accept-language') ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (hasLocale(routing.locales, tag)) return tag;
  }
  return routing.defaultLocale;
}

const JSON_HEADERS = { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' };

export async function apiError(request: Request, status: 400 | 404 | 503 | 500, code: 'invalid_query' | 'not_found' | 'unavailable' | 'internal', details?: unknown) {
  const t = await getTranslations({ locale: apiLocale(request), namespace: 'Api' });
  return Response.json(
    { error: { code, message: t(code), ...(details ? { details } : {}) } },
    { status, headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } },
  );
}

export function apiJson(body: unknown, init: { headers?: Record<string, string> } = {}) {
  return Response.json(body, { headers: { ...JSON_HEADERS, ...init.headers } });
}

function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${String((error as { code?: unknown }).code ?? '')}` : '';
  return /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|Connection terminated|connect|P1001|P1002|timeout/i.test(text);
}

/**
 * Wraps an open-data route: bad parameters give 400 with a translated message naming them, a missing
 * entry 404, an unreachable database 503; never a stack trace.
 */
export function openDataRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof InvalidQueryError) return apiError(request, 400, 'invalid_query', error.issues);
      if (isDatabaseUnavailable(error)) return apiError(request, 503, 'unavailable');
      console.error('open-data API error', error instanceof Error ? error.message : error);
      return apiError(request, 500, 'internal');
    }
  };
}

export function pageBody<T>(page: { items: T[]; total: number; page: number; perPage: number }, request: Request) {
  const url = new URL(request.url);
  const totalPages = Math.max(1, Math.ceil(page.total / page.perPage));
  const link = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    return `${next.pathname}${next.search}`;
  };
  return {
    total_items: page.total,
    total_pages: totalPages,
    page_number: page.page,
    size: page.items.length,
    per_page: page.perPage,
    first_page: page.page === 1,
    last_page: page.page >= totalPages,
    next: page.page < totalPages ? link(page.page + 1) : null,
    previous: page.page > 1 ? link(Math.min(page.page - 1, totalPages)) : null,
    contents: page.items,
  };
}
