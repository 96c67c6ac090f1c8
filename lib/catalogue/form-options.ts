import type { PlanningRegion } from '@/lib/generated/prisma/enums';
import type { Database } from '@/lib/db/factory';

/** What the admin forms offer to choose from: municipalities, and the names of providers and services. */
export interface FormOptions {
  municipalities: { slug: string; name: string; planningRegion: PlanningRegion }[];
  organizations: { slug: string; name: string }[];
  services: { slug: string; name: string }[];
}

const collator = new Intl.Collator('lv');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

export async function loadFormOptions(db: Database): Promise<FormOptions> {
  const [municipalities, organizations, services] = await Promise.all([
    db.municipality.findMany({ select: { slug: true, name: true, planningRegion: true } }),
    db.organization.findMany({ select: { slug: true, name: true } }),
    db.service.findMany({ select: { slug: true, name: true } }),
  ]);
  return { municipalities: municipalities.sort(byName), organizations: organizations.sort(byName), services: services.sort(byName) };
}

/** slug → name, only for names that are unique (a repeated name would not say which entry is meant). */
export function uniqueNames(rows: readonly { slug: string; name: string }[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return new Map(rows.filter((r) => counts.get(r.name) === 1).map((r) => [r.slug, r.name]));
}
