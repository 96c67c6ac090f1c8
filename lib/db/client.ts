import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { serverEnv } from '@/lib/env';

function createClient() {
  const adapter = new PrismaPg({ connectionString: serverEnv().DATABASE_URL, max: 10, connectionTimeoutMillis: 5_000 });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { prisma?: Database };

/**
 * The one Prisma client of the web server. Created on first use (not at import, so a build without
 * configuration does not fail) and kept on globalThis so hot reloads in development reuse it.
 */
export function getDb(): Database {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
