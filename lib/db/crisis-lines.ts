import 'server-only';
import { getDb } from './client';

export interface CrisisStripLine {
  slug: string;
  name: string;
  phoneNumber: string;
  is24x7: boolean;
  freeOfCharge: boolean | null;
}

/** The lines for the strip on every page: emergency numbers first, then by curated position. */
export async function listCrisisStripLines(limit = 4): Promise<CrisisStripLine[]> {
  const rows = await getDb().crisisLine.findMany({
    where: { status: 'published', phoneNumber: { not: null } },
    orderBy: [{ isEmergency: 'desc' }, { position: 'asc' }, { name: 'asc' }],
    take: limit,
    select: { slug: true, name: true, phoneNumber: true, is24x7: true, freeOfCharge: true },
  });
  return rows.flatMap((row) => (row.phoneNumber ? [{ ...row, phoneNumber: row.phoneNumber }] : []));
}
