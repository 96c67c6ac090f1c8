// npm run db:seed — load the curated dataset (prisma/data) into DATABASE_URL. Safe to run again.
import { describeImport, seedCatalogue } from '../../lib/catalogue/seed';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: give the PostgreSQL database to load the dataset into.');
  process.exit(2);
}
try {
  console.info(describeImport(await seedCatalogue(url)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
