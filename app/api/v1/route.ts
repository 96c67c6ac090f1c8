import { apiJson } from '@/lib/api/respond';

/** Index of the open-data API. */
export function GET() {
  return apiJson({
    name: 'Atbalsta katalogs open data API',
    version: 1,
    documentation: '/docs/open-data.md',
    endpoints: {
      services: '/api/v1/services',
      organizations: '/api/v1/organizations',
      municipal_services: '/api/v1/municipal-services',
      crisis_lines: '/api/v1/crisis-lines',
      export: '/api/v1/export',
    },
  });
}
