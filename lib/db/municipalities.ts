import 'server-only';
import { getDb } from './client';

export interface MunicipalityName {
  slug: string;
  name: string;
  planningRegion: string;
}

/** Municipalities change once in a reform, not per request: keep the list for five minutes. */
const TTL_MS = 5 * 60_000;
let cached: { at: number; list: Promise<MunicipalityName[]> } | undefined;

/** All municipalities (43), for facet labels and place names in queries. */
export function listMunicipalities(): Promise<MunicipalityName[]> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const list = getDb().municipality.findMany({ select: { slug: true, name: true, planningRegion: true }, orderBy: { name: 'asc' } });
    cached = { at: Date.now(), list };
    // A failed read is not kept: the next call asks again.
    list.catch(() => {
      if (cached?.list === list) cached = undefined;
    });
  }
  return cached.list;
}
