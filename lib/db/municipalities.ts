import 'server-only';
import { cache } from 'react';
import { getDb } from './client';

export interface MunicipalityName {
  slug: string;
  name: string;
  planningRegion: string;
}

/** All municipalities (43), for facet labels and place names in queries. Cached per request. */
export const listMunicipalities = cache(async (): Promise<MunicipalityName[]> =>
  getDb().municipality.findMany({ select: { slug: true, name: true, planningRegion: true }, orderBy: { name: 'asc' } }),
);
