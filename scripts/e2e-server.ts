// The web server for Playwright: a throwaway database on the local PostgreSQL, a Meilisearch of its own
// (bundled binary, throwaway data), the dataset loaded, and the production build served on E2E_PORT.
// Everything it made is removed on exit, so e2e runs never touch the data of `npm start`.
import { createTestDatabase } from '../tests/helpers/database';
import { startTestMeilisearch } from '../tests/helpers/meilisearch';
import { prepareStack, serveSite } from './lib/stack';
import { writeE2eRuntime } from './admin/e2e-accounts';
import { createE2eAccounts } from './admin/e2e-users';

const port = Number(process.env.E2E_PORT ?? 3100);
const projectRoot = process.cwd();
const [database, meili] = await Promise.all([createTestDatabase('e2e'), startTestMeilisearch()]);

const stack = await prepareStack(projectRoot, {
  ...process.env,
  DATABASE_URL: database.url,
  MEILI_URL: meili.url,
  MEILI_MASTER_KEY: meili.masterKey,
  // Deterministic screenshots and no stray analytics: nothing else differs from production.
  NODE_ENV: 'production',
});
// ── Admin accounts (issue 7): an admin and an editor with known test passwords (scripts/admin/e2e-accounts.ts),
// and the database URL in .data/e2e-runtime.json for tests that need to look inside it. ──
await createE2eAccounts(stack.databaseUrl);
writeE2eRuntime(projectRoot, { databaseUrl: stack.databaseUrl, baseUrl: `http://127.0.0.1:${port}` });
// ── end of admin accounts ──

const server = await serveSite(projectRoot, stack, port, '127.0.0.1');
console.info(`[e2e] serving on http://127.0.0.1:${port}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
  await stack.stop();
  await meili.stop();
  await database.drop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
