// The web server for Playwright: a throwaway database on the local PostgreSQL, a Meilisearch of its own
// (bundled binary, throwaway data), the dataset loaded, and the production build served on E2E_PORT.
// Everything it made is removed on exit, so e2e runs never touch the data of `npm start`.
import { createTestDatabase } from '../tests/helpers/database';
import { startTestMeilisearch } from '../tests/helpers/meilisearch';
import { prepareStack, serveSite } from './lib/stack';
import { clearE2eRuntime, writeE2eRuntime } from './admin/e2e-accounts';
import { createE2eAccounts } from './admin/e2e-users';

const port = Number(process.env.E2E_PORT ?? 3100);
// A second instance on the next port, on the same database and Meilisearch: several web instances behind a
// load balancer must behave as one (tests/e2e/instances.e2e.ts).
const secondPort = port + 1;
const projectRoot = process.cwd();
clearE2eRuntime(projectRoot);
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
// ── end of admin accounts ──

// The second instance starts first, so that Playwright (which waits for the first port) finds both ready.
const second = await serveSite(projectRoot, stack, secondPort, '127.0.0.1');
const server = await serveSite(projectRoot, stack, port, '127.0.0.1');
writeE2eRuntime(projectRoot, {
  databaseUrl: stack.databaseUrl,
  baseUrl: `http://127.0.0.1:${port}`,
  secondBaseUrl: `http://127.0.0.1:${secondPort}`,
  serverPids: [server.pid ?? 0, second.pid ?? 0],
  meiliUrl: meili.url,
  meiliMasterKey: meili.masterKey,
});
console.info(`[e2e] serving on http://127.0.0.1:${port} and http://127.0.0.1:${secondPort}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    [server, second].map(async (child) => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    }),
  );
  await stack.stop();
  await meili.stop();
  await database.drop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
