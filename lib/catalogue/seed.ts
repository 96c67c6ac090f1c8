import { createDatabaseClient } from '@/lib/db/factory';
import { loadDataset } from './dataset';
import { importCatalogue, type ImportReport } from './import';

/** Loads prisma/data into the database at `databaseUrl` (the start command and `npm run db:seed`). */
export async function seedCatalogue(databaseUrl: string, datasetDir?: string): Promise<ImportReport> {
  const dataset = loadDataset(datasetDir);
  const db = createDatabaseClient(databaseUrl);
  try {
    return await importCatalogue(db, dataset);
  } finally {
    await db.$disconnect();
  }
}

export function describeImport(report: ImportReport): string {
  const lines = [`Dataset import: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped.length} skipped.`];
  for (const { kind, slug } of report.skipped) lines.push(`  skipped ${kind} ${slug}: edited by a coordinator since the last import`);
  return lines.join('\n');
}
