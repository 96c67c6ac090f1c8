import { parseQuery } from '@/lib/api/query';
import { municipalServiceToHsds } from '@/lib/api/hsds';
import { apiJson, openDataRoute, pageBody } from '@/lib/api/respond';
import { listPublishedMunicipalServices } from '@/lib/db/open-data';
import { municipalServiceListQuery } from '@/lib/validation/open-data-query';

export const dynamic = 'force-dynamic';

export const GET = openDataRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, municipalServiceListQuery);
  const page = await listPublishedMunicipalServices(query);
  return apiJson(pageBody({ ...page, items: page.items.map(municipalServiceToHsds) }, request));
});
