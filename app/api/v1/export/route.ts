import { crisisLineToHsds, municipalServiceToHsds, organizationToHsds, serviceToHsds } from '@/lib/api/hsds';
import { apiJson, openDataRoute } from '@/lib/api/respond';
import { exportPublishedCatalogue } from '@/lib/db/open-data';

export const dynamic = 'force-dynamic';

/** The whole published catalogue in one JSON document (documented in docs/open-data.md). */
export const GET = openDataRoute(async () => {
  const data = await exportPublishedCatalogue();
  const generatedAt = new Date().toISOString();
  return apiJson(
    {
      generated_at: generatedAt,
      license: 'CC BY 4.0',
      municipalities: data.municipalities.map((m) => ({ id: m.id, slug: m.slug, name: m.name, kind: m.kind, planning_region: m.planningRegion })),
      organizations: data.organizations.map(organizationToHsds),
      services: data.services.map(serviceToHsds),
      municipal_services: data.municipalServices.map(municipalServiceToHsds),
      crisis_lines: data.crisisLines.map(crisisLineToHsds),
    },
    { headers: { 'Content-Disposition': `attachment; filename="atbalsta-katalogs-${generatedAt.slice(0, 10)}.json"` } },
  );
});
