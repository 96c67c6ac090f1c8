import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export interface DatabaseOptions {
  /** Pool size; the web server uses more than a one-off script. */
  maxConnections?: number;
}

/**
 * A Prisma client on PostgreSQL through node-postgres. The web server keeps one (lib/db/client.ts);
 * scripts and tests make their own for the database they were given.
 */
export function createDatabaseClient(connectionString: string, options: DatabaseOptions = {}) {
  const adapter = new PrismaPg({
    connectionString,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: 5_000,
  });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Database = ReturnType<typeof createDatabaseClient>;
