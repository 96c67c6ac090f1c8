// `npm run services`: the database and search server the site needs, for running the site or scripts
// against them. Prints one JSON line {databaseUrl, meiliUrl} on stdout once they are ready (progress goes
// to stderr; the Meilisearch key stays in .data/meili/master-key) and runs until SIGINT/SIGTERM.
import path from 'node:path';
import { startLocalServices } from '../lib/runtime/local-services';

const projectRoot = path.resolve(import.meta.dirname, '..');

/** A configured DATABASE_URL may carry a password; stdout may end up in a log. */
function withoutPassword(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

try {
  const services = await startLocalServices({ projectRoot, env: process.env });
  process.stdout.write(`${JSON.stringify({ databaseUrl: withoutPassword(services.databaseUrl), meiliUrl: services.meiliUrl })}\n`);
  // Keep running even when both services are configured ones (nothing of ours holds the event loop then);
  // startLocalServices stops everything and exits on SIGINT/SIGTERM.
  setInterval(() => undefined, 2 ** 30);
} catch (error) {
  process.stderr.write(`[services] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
