import { apiError, apiJson, openDataRoute } from '@/lib/api/respond';
import { searchCatalogue } from '@/lib/search/search';
import { parseSearchParams } from '@/lib/validation/search-query';

export const dynamic = 'force-dynamic';

const ALLOWED = new Set(['q', 'type', 'domain', 'cost', 'region', 'municipality', 'mode', 'audience', 'age_band', 'age', 'page', 'per_page', 'lang']);

/** GET /api/search — the site's search as JSON (the search page uses the same function on the server). */
export const GET = openDataRoute(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const unknown = [...new Set(params.keys())].filter((k) => !ALLOWED.has(k));
  const perPageRaw = params.get('per_page');
  const perPage = perPageRaw === null ? 20 : Number(perPageRaw);
  const { query, issues } = parseSearchParams(params, Number.isInteger(perPage) && perPage >= 1 && perPage <= 100 ? perPage : 20);
  const problems = [
    ...unknown.map((parameter) => ({ parameter: parameter.slice(0, 50), problem: 'unknown' as const })),
    ...issues.map(({ parameter }) => ({ parameter, problem: 'invalid' as const })),
    ...(perPageRaw !== null && !(Number.isInteger(perPage) && perPage >= 1 && perPage <= 100) ? [{ parameter: 'per_page', problem: 'invalid' as const }] : []),
  ];
  if (problems.length > 0) return apiError(request, 400, 'invalid_query', problems);
  const result = await searchCatalogue(query);
  return apiJson(
    {
      query: result.query,
      total: result.total,
      page: result.page,
      per_page: result.perPage,
      total_pages: result.totalPages,
      degraded: result.degraded,
      facets: result.facets,
      hits: result.hits,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
