import { parseQuery } from '@/lib/api/query';
import { crisisLineToHsds } from '@/lib/api/hsds';
import { apiJson, openDataRoute, pageBody } from '@/lib/api/respond';
import { listPublishedCrisisLines } from '@/lib/db/open-data';
import { crisisLineListQuery } from '@/lib/validation/open-data-query';

export const dynamic = 'force-dynamic';

export const GET = openDataRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, crisisLineListQuery);
  const page = await listPublishedCrisisLines(query);
  return apiJson(pageBody({ ...page, items: page.items.map(crisisLineToHsds) }, request));
});
