// The web server for Playwright: a throwaway database on the local PostgreSQL, its own Meilisearch data,
// the dataset loaded, and the production build served on E2E_PORT. Everything is removed on exit.
import path from 'node:path';
import { createTestDatabase } from '../tests/helpers/database';
import { prepareStack, serveSite } from './lib/stack';

const port = Number(process.env.E2E_PORT ?? 3100);
const projectRoot = process.cwd();
const database = await createTestDatabase('e2e');

const stack = await prepareStack(projectRoot, {
  ...process.env,
  DATABASE_URL: database.url,
  DATA_DIR: path.join(projectRoot, '.data', 'e2e'),
  MEILI_PORT: process.env.E2E_MEILI_PORT ?? '7701',
  MEILI_URL: undefined,
  MEILI_MASTER_KEY: undefined,
});
const server = await serveSite(projectRoot, stack, port, '127.0.0.1');

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
  await stack.stop();
  await database.drop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
