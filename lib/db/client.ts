import 'server-only';
import { serverEnv } from '@/lib/env';
import { createDatabaseClient, type Database } from './factory';

export type { Database };

const globalForPrisma = globalThis as unknown as { prisma?: Database };

/**
 * The one Prisma client of the web server. Created on first use (not at import, so a build without
 * configuration does not fail) and kept on globalThis so hot reloads in development reuse it.
 */
export function getDb(): Database {
  globalForPrisma.prisma ??= createDatabaseClient(serverEnv().DATABASE_URL, { maxConnections: 10 });
  return globalForPrisma.prisma;
}
