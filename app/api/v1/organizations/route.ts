import { parseQuery } from '@/lib/api/query';
import { organizationToHsds } from '@/lib/api/hsds';
import { apiJson, openDataRoute, pageBody } from '@/lib/api/respond';
import { listPublishedOrganizations } from '@/lib/db/open-data';
import { organizationListQuery } from '@/lib/validation/open-data-query';

export const dynamic = 'force-dynamic';

export const GET = openDataRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, organizationListQuery);
  const page = await listPublishedOrganizations(query);
  return apiJson(pageBody({ ...page, items: page.items.map(organizationToHsds) }, request));
});
