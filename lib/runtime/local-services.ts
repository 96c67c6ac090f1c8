import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_EMBEDDED_POSTGRES_PORT, startEmbeddedPostgres } from './embedded-postgres';
import {
  DEFAULT_MEILISEARCH_PORT,
  ensureMeilisearchBinary,
  getOrCreateMasterKey,
  isMeilisearchAvailable,
  startMeilisearch,
  type MeilisearchServer,
} from './meilisearch-server';
import { canConnect } from './ports';

/**
 * The database and the search server the site needs: the configured ones (DATABASE_URL, MEILI_URL +
 * MEILI_MASTER_KEY) when set, otherwise embedded ones with their data under `<projectRoot>/.data`:
 * PGlite in `.data/pglite` and the bundled Meilisearch in `.data/meili` (its key in `.data/meili/master-key`).
 * Starting again finds the data and reuses it; while another process of this project serves them
 * (`npm run services`, another `npm start`), its services are used instead of failing on their locks.
 */

export interface LocalServicesOptions {
  projectRoot: string;
  /** Where DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY and the EMBEDDED_*_PORT overrides are read. */
  env?: NodeJS.ProcessEnv;
  /**
   * On SIGINT/SIGTERM stop the services cleanly, then exit unless another listener handles the signal
   * (then that listener exits, and may call stop() itself: it is safe to call twice). Default true.
   */
  handleSignals?: boolean;
  /** Progress messages (no keys, no passwords). Default: stderr. */
  log?: (message: string) => void;
}

export interface LocalServices {
  databaseUrl: string;
  meiliUrl: string;
  /** The configured MEILI_MASTER_KEY, or the embedded server's key; undefined for a keyless Meilisearch. */
  meiliMasterKey: string | undefined;
  /** Which services this process started (the others are configured, or run by another process). */
  embedded: { postgres: boolean; meilisearch: boolean };
  /** Stops what this process started; other services are left alone. Safe to call more than once. */
  stop(): Promise<void>;
}

/** `.data/runtime.json` while a process serves embedded services: where they are (never the key). */
export interface RuntimeFile {
  databaseUrl: string;
  meiliUrl: string;
  pid: number;
  startedAt: string;
  /** Which of the two that process started itself. */
  embedded: { postgres: boolean; meilisearch: boolean };
}

const runtimeFileSchema = z.object({
  databaseUrl: z.string(),
  meiliUrl: z.string(),
  pid: z.number().int(),
  startedAt: z.string(),
  embedded: z.object({ postgres: z.boolean(), meilisearch: z.boolean() }),
});

const unsetWhenEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const portSchema = z.preprocess(unsetWhenEmpty, z.coerce.number().int().min(1).max(65_535).optional());
const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    unsetWhenEmpty,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection URL')
      .optional(),
  ),
  MEILI_URL: z.preprocess(unsetWhenEmpty, z.url({ message: 'MEILI_URL must be the http(s) URL of Meilisearch' }).optional()),
  MEILI_MASTER_KEY: z.preprocess(unsetWhenEmpty, z.string().optional()),
  EMBEDDED_POSTGRES_PORT: portSchema,
  EMBEDDED_MEILI_PORT: portSchema,
});

export function dataDirectory(projectRoot: string): string {
  return path.join(path.resolve(projectRoot), '.data');
}

export function runtimeFilePath(projectRoot: string): string {
  return path.join(dataDirectory(projectRoot), 'runtime.json');
}

export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const log = options.log ?? ((message: string) => process.stderr.write(`[services] ${message}\n`));
  const parsed = envSchema.safeParse(options.env ?? process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  const dataDir = dataDirectory(options.projectRoot);
  const meiliDir = path.join(dataDir, 'meili');
  const runtimeFile = runtimeFilePath(options.projectRoot);
  fs.mkdirSync(dataDir, { recursive: true });
  if (env.MEILI_MASTER_KEY && !env.MEILI_URL) {
    log('MEILI_MASTER_KEY is set without MEILI_URL: it is ignored, the embedded Meilisearch keeps its own key');
  }

  const shared = await servicesOfAnotherProcess(options.projectRoot);
  const sharedPostgres = env.DATABASE_URL ? undefined : shared?.databaseUrl;
  const sharedMeili = env.MEILI_URL ? undefined : shared?.meiliUrl;
  if (shared && sharedPostgres) log(`PostgreSQL of process ${shared.pid}: ${sharedPostgres}`);
  if (shared && sharedMeili) log(`Meilisearch of process ${shared.pid}: ${sharedMeili}`);

  let stopStarted: () => Promise<void> = async () => undefined;
  const [postgres, meilisearch] = await Promise.allSettled([
    env.DATABASE_URL || sharedPostgres
      ? null
      : startEmbeddedPostgres({
          dataDir: path.join(dataDir, 'pglite'),
          port: env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_POSTGRES_PORT,
          handleSignals: false,
          log: (message) => log(`postgres: ${message}`),
          onFatalError: () => {
            void stopStarted().finally(() => {
              removeRuntimeFile(runtimeFile);
              process.exit(1);
            });
          },
        }),
    env.MEILI_URL || sharedMeili ? null : startEmbeddedMeilisearch(options.projectRoot, env.EMBEDDED_MEILI_PORT, log),
  ]);
  const started = [postgres, meilisearch].flatMap((result) =>
    result.status === 'fulfilled' && result.value ? [result.value] : [],
  );
  stopStarted = async () => {
    await Promise.allSettled(started.map((service) => service.stop()));
  };
  const failures = [postgres, meilisearch].flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  if (failures.length > 0) {
    await stopStarted();
    throw new Error(failures.map((failure) => (failure instanceof Error ? failure.message : String(failure))).join('\n'));
  }

  const embeddedPostgres = postgres.status === 'fulfilled' ? postgres.value : null;
  const embeddedMeili = meilisearch.status === 'fulfilled' ? meilisearch.value : null;
  const databaseUrl = env.DATABASE_URL ?? sharedPostgres ?? embeddedPostgres?.url;
  const meiliUrl = env.MEILI_URL ?? sharedMeili ?? embeddedMeili?.url;
  if (!databaseUrl || !meiliUrl) throw new Error('unreachable: a service is neither configured nor started');
  const meiliMasterKey = env.MEILI_URL
    ? env.MEILI_MASTER_KEY
    : (embeddedMeili?.masterKey ?? (await getOrCreateMasterKey(meiliDir)));
  const embedded = { postgres: embeddedPostgres !== null, meilisearch: embeddedMeili !== null };
  if (embeddedPostgres) log(`PostgreSQL (embedded PGlite): ${embeddedPostgres.url}`);
  if (embeddedMeili) log(`Meilisearch ${embeddedMeili.url} (key in .data/meili/master-key)`);

  if (embedded.postgres || embedded.meilisearch) {
    writeRuntimeFile(runtimeFile, { databaseUrl, meiliUrl, pid: process.pid, startedAt: new Date().toISOString(), embedded });
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await stopStarted();
      removeRuntimeFile(runtimeFile);
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    const exitAfterwards = process.listenerCount(signal) === 0;
    log(`${signal}: stopping`);
    void stop().then(() => {
      if (exitAfterwards) process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  if (options.handleSignals ?? true) {
    // `once`: a second Ctrl-C during shutdown gets the default action and ends the process at once.
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  return { databaseUrl, meiliUrl, meiliMasterKey, embedded, stop };
}

async function startEmbeddedMeilisearch(
  projectRoot: string,
  port: number | undefined,
  log: (message: string) => void,
): Promise<MeilisearchServer> {
  const dataDir = path.join(dataDirectory(projectRoot), 'meili');
  const [binaryPath, masterKey] = await Promise.all([ensureMeilisearchBinary(projectRoot), getOrCreateMasterKey(dataDir)]);
  return startMeilisearch({
    dataDir,
    binaryPath,
    masterKey,
    port: port ?? DEFAULT_MEILISEARCH_PORT,
    handleSignals: false,
    log: (message) => log(`meilisearch: ${message}`),
  });
}

/** The embedded services another live process of this project serves now, those that answer. */
async function servicesOfAnotherProcess(
  projectRoot: string,
): Promise<{ pid: number; databaseUrl?: string; meiliUrl?: string } | null> {
  const running = readRuntimeFile(projectRoot);
  if (!running || running.pid === process.pid) return null;
  const [postgresUp, meiliUp] = await Promise.all([
    running.embedded.postgres ? acceptsConnections(running.databaseUrl) : false,
    running.embedded.meilisearch ? isMeilisearchAvailable(running.meiliUrl) : false,
  ]);
  return {
    pid: running.pid,
    ...(postgresUp ? { databaseUrl: running.databaseUrl } : {}),
    ...(meiliUp ? { meiliUrl: running.meiliUrl } : {}),
  };
}

async function acceptsConnections(databaseUrl: string): Promise<boolean> {
  try {
    const url = new URL(databaseUrl);
    return await canConnect(Number(url.port || 5432), url.hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}

/** Where a live process of this project serves embedded services, or null when none does. */
export function readRuntimeFile(projectRoot: string): RuntimeFile | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(runtimeFilePath(projectRoot), 'utf8'));
  } catch {
    return null;
  }
  const result = runtimeFileSchema.safeParse(parsed);
  if (!result.success) return null;
  try {
    process.kill(result.data.pid, 0);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EPERM')) return null; // left by a killed run
  }
  return result.data;
}

function writeRuntimeFile(file: string, content: RuntimeFile): void {
  // Mode 0600: a configured DATABASE_URL may carry a password.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

function removeRuntimeFile(file: string): void {
  try {
    const parsed = runtimeFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success && parsed.data.pid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // already gone
  }
}
