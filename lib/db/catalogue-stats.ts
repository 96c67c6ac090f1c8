import 'server-only';
import { getDb } from './client';

export interface CatalogueStats {
  services: number;
  municipalSocialServices: number;
  crisisLines: number;
}

/** How many published entries of each kind the catalogue holds. */
export async function getCatalogueStats(): Promise<CatalogueStats> {
  const db = getDb();
  const [services, municipalSocialServices, crisisLines] = await Promise.all([
    db.service.count({ where: { status: 'published' } }),
    db.municipalSocialService.count({ where: { status: 'published' } }),
    db.crisisLine.count({ where: { status: 'published' } }),
  ]);
  return { services, municipalSocialServices, crisisLines };
}
