import { crisisLineToHsds } from '@/lib/api/hsds';
import { apiError, apiJson, openDataRoute } from '@/lib/api/respond';
import { findPublishedCrisisLine } from '@/lib/db/open-data';
import { entryKey } from '@/lib/validation/open-data-query';

export const dynamic = 'force-dynamic';

export const GET = openDataRoute(async (request: Request, { params }: RouteContext<'/api/v1/crisis-lines/[id]'>) => {
  const { id } = await params;
  if (!entryKey.safeParse(id).success) return apiError(request, 404, 'not_found');
  const entry = await findPublishedCrisisLine(id);
  return entry ? apiJson(crisisLineToHsds(entry)) : apiError(request, 404, 'not_found');
});
