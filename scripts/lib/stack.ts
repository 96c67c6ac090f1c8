import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '../../lib/db/schema-engine';
import { describeImport, seedCatalogue } from '../../lib/catalogue/seed';
import { startLocalServices } from '../../lib/runtime/local-services';
import { reindexFromDatabase } from '../../lib/search/reindex';
import { buildSiteIfChanged } from './build';

export interface Stack {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string | undefined;
  /** the environment the web server runs with */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

const log = (message: string) => console.info(`[start] ${message}`);

/**
 * Everything the site needs before it serves: the database (configured, or embedded PGlite), Meilisearch
 * (configured, or the bundled binary), migrations applied and the dataset loaded. Safe to run again.
 */
export async function prepareStack(projectRoot: string, env: NodeJS.ProcessEnv): Promise<Stack> {
  // The caller owns signal handling: it stops the web server first, then these services.
  const services = await startLocalServices({ projectRoot, env, handleSignals: false, log });
  try {
    log(`Database: ${redact(services.databaseUrl)}`);
    const { applied } = await applyMigrations(services.databaseUrl);
    log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
    log(describeImport(await seedCatalogue(services.databaseUrl, path.join(projectRoot, 'prisma', 'data'))));
    const indexed = await reindexFromDatabase({
      databaseUrl: services.databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliMasterKey: services.meiliMasterKey,
      prefix: env.MEILI_INDEX_PREFIX,
    });
    log(indexed.skipped ? 'Search index is current; not rebuilding.' : `Search index rebuilt: ${indexed.documents} documents in ${indexed.ms} ms.`);
  } catch (error) {
    await services.stop();
    throw error;
  }
  return {
    databaseUrl: services.databaseUrl,
    meiliUrl: services.meiliUrl,
    meiliMasterKey: services.meiliMasterKey,
    env: {
      ...env,
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      ...(services.meiliMasterKey ? { MEILI_MASTER_KEY: services.meiliMasterKey } : {}),
      APP_SECRET: env.APP_SECRET || appSecretFromDataDir(projectRoot),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stop: services.stop,
  };
}

/** Builds (when the sources changed) and serves the production site; resolves once it answers. */
export async function serveSite(projectRoot: string, stack: Stack, port: number, host: string): Promise<ChildProcess> {
  await buildSiteIfChanged(projectRoot, stack.env, log);
  const server = spawn(path.join(projectRoot, 'node_modules/.bin/next'), ['start', '--port', String(port), '--hostname', host], {
    cwd: projectRoot,
    env: { ...stack.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  await waitForHealth(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/api/health`, server);
  return server;
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The web server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The web server did not answer ${url} within ${timeoutMs / 1000} s`);
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** A secret generated once per installation (mode 0600); set APP_SECRET instead when running several instances. */
function appSecretFromDataDir(projectRoot: string): string {
  const file = path.join(projectRoot, '.data', 'app-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('hex');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
