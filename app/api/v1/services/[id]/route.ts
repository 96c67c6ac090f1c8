import { serviceToHsds } from '@/lib/api/hsds';
import { apiError, apiJson, openDataRoute } from '@/lib/api/respond';
import { findPublishedService } from '@/lib/db/open-data';
import { entryKey } from '@/lib/validation/open-data-query';

export const dynamic = 'force-dynamic';

export const GET = openDataRoute(async (request: Request, { params }: RouteContext<'/api/v1/services/[id]'>) => {
  const { id } = await params;
  if (!entryKey.safeParse(id).success) return apiError(request, 404, 'not_found');
  const entry = await findPublishedService(id);
  return entry ? apiJson(serviceToHsds(entry)) : apiError(request, 404, 'not_found');
});
