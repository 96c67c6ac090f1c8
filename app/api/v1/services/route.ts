import { parseQuery } from '@/lib/api/query';
import { serviceToHsds } from '@/lib/api/hsds';
import { apiJson, openDataRoute, pageBody } from '@/lib/api/respond';
import { listPublishedServices } from '@/lib/db/open-data';
import { serviceListQuery } from '@/lib/validation/open-data-query';

export const dynamic = 'force-dynamic';

export const GET = openDataRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, serviceListQuery);
  const page = await listPublishedServices(query);
  return apiJson(pageBody({ ...page, items: page.items.map(serviceToHsds) }, request));
});
