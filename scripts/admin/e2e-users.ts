// Creates the end-to-end test accounts (E2E_ACCOUNTS) in the e2e server's throwaway database.
import { createUserDirectly } from '../../lib/auth/users';
import { createDatabaseClient } from '../../lib/db/factory';
import { E2E_ACCOUNTS } from './e2e-accounts';

export async function createE2eAccounts(databaseUrl: string): Promise<void> {
  const db = createDatabaseClient(databaseUrl, { maxConnections: 2 });
  try {
    for (const account of Object.values(E2E_ACCOUNTS)) await createUserDirectly(db, account);
  } finally {
    await db.$disconnect();
  }
}
