import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { isPortFree } from './ports';

/**
 * PostgreSQL for a machine with nothing installed: PGlite (PostgreSQL compiled to WebAssembly) with its files
 * under `.data/pglite`, served on a TCP port so that `pg`, Prisma (@prisma/adapter-pg) and other tools
 * connect to it like to any PostgreSQL server.
 *
 * PGlite is one database session. Several client connections share it through the multiplexer below, which
 * runs one client's request at a time: a request is everything up to a Sync or a simple Query, so a Parse /
 * Bind / Execute sequence is never interleaved with another client's, and a client holding a transaction
 * (or in the middle of a Flush-ed extended query) has the session to itself until PostgreSQL is idle
 * again. We do not use PGLiteSocketServer's own queue (pglite-socket 0.2.17): it interleaves single
 * protocol messages of concurrent clients, which makes one client bind another's unnamed statement and
 * return wrong rows (electric-sql/pglite#1046).
 *
 * What the clients still share, unlike on a real server: session settings (SET), named prepared
 * statements, temporary tables, LISTEN and advisory locks.
 */

export const DEFAULT_EMBEDDED_POSTGRES_PORT = 54329;

export interface EmbeddedPostgresOptions {
  /** Directory of the database files (e.g. `<project>/.data/pglite`); initialised on the first start. */
  dataDir: string;
  /** TCP port; 0 picks a free one. Default 54329. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1: the database has no password, keep it local. */
  host?: string;
  /** Connections accepted at once (the web server's pool plus scripts). Default 64. */
  maxConnections?: number;
  /**
   * A connection that keeps a transaction open without sending anything for this long while other
   * connections wait for the session is closed, which rolls its transaction back. Default 60 s.
   */
  idleInTransactionTimeoutMs?: number;
  /**
   * On SIGINT/SIGTERM close the database cleanly, then exit unless another listener handles the signal.
   * Default true; false when the caller coordinates shutdown.
   */
  handleSignals?: boolean;
  /** The engine failed and cannot serve any more. Default: log it and exit with status 1. */
  onFatalError?: (error: Error) => void;
  /** Progress and warnings (never data). Default: stderr. */
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** postgresql://postgres@127.0.0.1:54329/postgres */
  url: string;
  host: string;
  port: number;
  /** Stops accepting connections, rolls back an open transaction and closes the database files. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const host = options.host ?? '127.0.0.1';
  const requestedPort = options.port ?? DEFAULT_EMBEDDED_POSTGRES_PORT;
  const log = options.log ?? ((message: string) => process.stderr.write(`[embedded-postgres] ${message}\n`));

  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const releaseLock = lockDataDir(dataDir);
  let db: PGlite | undefined;
  let wire: WireServer | undefined;
  try {
    if (requestedPort !== 0 && !(await isPortFree(requestedPort, host))) throw portInUseError(host, requestedPort);
    await initialiseDataDir(dataDir, log);
    db = await PGlite.create({ dataDir, startParams: START_PARAMS });
    wire = new WireServer(db, {
      maxConnections: options.maxConnections ?? 64,
      idleInTransactionTimeoutMs: options.idleInTransactionTimeoutMs ?? 60_000,
      log,
      onFatalError: (error) => {
        log(`the database engine failed: ${error.message}`);
        void stop()
          .catch(() => undefined)
          .then(() => {
            if (options.onFatalError) options.onFatalError(error);
            else process.exit(1);
          });
      },
    });
    const port = await wire.listen(requestedPort, host);
    const url = `postgresql://postgres@${host.includes(':') ? `[${host}]` : host}:${port}/postgres`;

    const openDb = db;
    const openWire = wire;
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        try {
          await openWire.stop();
          if (!openDb.closed) await openDb.close();
        } finally {
          releaseLock();
        }
      })();
      return stopping;
    };
    const onSignal = (signal: NodeJS.Signals) => {
      // Exit only when nobody else listens for the signal; otherwise that listener decides when to exit.
      const exitAfterwards = process.listenerCount(signal) === 0;
      void stop()
        .catch((error: unknown) => log(`stopping failed: ${error instanceof Error ? error.message : String(error)}`))
        .then(() => {
          if (exitAfterwards) process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    };
    if (options.handleSignals ?? true) {
      // `once`: a second Ctrl-C during shutdown gets the default action and ends the process at once.
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
    }
    return { url, host, port, stop };
  } catch (error) {
    await wire?.stop().catch(() => undefined);
    if (db && !db.closed) await db.close().catch(() => undefined);
    releaseLock();
    throw error;
  }
}

// PGlite's default of 128 MB shared buffers costs ~100 MB more resident memory; the catalogue is small.
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * Creates the database on the first start. It is built in a sibling directory and renamed into place
 * when complete, so a first start interrupted by Ctrl-C leaves nothing that a later start would take
 * for a database.
 */
async function initialiseDataDir(dataDir: string, log: (message: string) => void): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty but holds no PostgreSQL database; move it away to start a new one.`);
  }
  log(`creating a new database in ${dataDir} (the first start takes a few seconds)`);
  const staging = `${dataDir}.initialising`;
  fs.rmSync(staging, { recursive: true, force: true }); // left by an interrupted first start
  const fresh = await PGlite.create({ dataDir: staging, startParams: START_PARAMS });
  await fresh.close();
  fs.rmSync(dataDir, { recursive: true, force: true }); // empty
  fs.renameSync(staging, dataDir);
}

function portInUseError(host: string, port: number): Error {
  return new Error(
    `Port ${port} on ${host} is already in use, so the embedded PostgreSQL cannot listen there. ` +
      'Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URL to an existing PostgreSQL.',
  );
}

// ---------------------------------------------------------------------------------------------------------
// One process per data directory. PGlite has no lock of its own, and two engines writing the same files
// would corrupt them. The lock file sits next to the directory (initdb wants the directory itself empty);
// one left behind by a killed run names a process that no longer exists and is replaced.

interface LockHolder {
  pid: number;
  /** Start time of the holding process (Linux), so that a reused pid is not mistaken for the holder. */
  startedAt: string | null;
}

function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  const me: LockHolder = { pid: process.pid, startedAt: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return () => {
        if (readLockHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if (!isErrnoException(error) || error.code !== 'EEXIST') throw error;
      const holder = readLockHolder(lockPath);
      if (holder && isRunning(holder)) {
        throw new Error(
          `The embedded PostgreSQL data in ${dataDir} is in use by process ${holder.pid}` +
            (holder.pid === process.pid ? ' (this process)' : '') +
            '. Stop it first, or set DATABASE_URL to use another PostgreSQL.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function readLockHolder(lockPath: string): LockHolder | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || typeof parsed.pid !== 'number') {
      return null;
    }
    const startedAt = 'startedAt' in parsed && typeof parsed.startedAt === 'string' ? parsed.startedAt : null;
    return { pid: parsed.pid, startedAt };
  } catch {
    return null;
  }
}

function isRunning(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if (!isErrnoException(error) || error.code !== 'EPERM') return false;
  }
  const startedAt = processStartTime(holder.pid);
  return holder.startedAt === null || startedAt === null || startedAt === holder.startedAt;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks after boot); null where there is no /proc. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after it start with field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

// ---------------------------------------------------------------------------------------------------------
// The wire protocol multiplexer.

const SSL_REQUEST_CODE = 80877103;
const GSSENC_REQUEST_CODE = 80877104;
const CANCEL_REQUEST_CODE = 80877102;
const MAX_STARTUP_PACKET = 10_000;
const MAX_MESSAGE = 1 << 30;

/** PGlite runs one database; the database named in a connection's startup packet is not switched to. */
const SERVED_DATABASE = 'postgres';

const byte = (letter: string) => letter.charCodeAt(0);
const SYNC = byte('S');
const QUERY = byte('Q');
const FLUSH = byte('H');
const PARSE = byte('P');
const TERMINATE = byte('X');
const READY_FOR_QUERY = byte('Z');
const IDLE = byte('I');
/** Frontend messages after which the client waits for an answer: a request ends there. */
const REQUEST_ENDS = new Set([SYNC, QUERY, FLUSH, byte('F'), byte('d'), byte('c'), byte('f')]);

interface Client {
  readonly id: number;
  readonly socket: net.Socket;
  received: Buffer;
  /** Complete messages of a request whose last message has not arrived yet. */
  pending: Buffer[];
  started: boolean;
  closed: boolean;
  lastActivity: number;
}

type Work =
  | { kind: 'request'; client: Client; message: Uint8Array; endsWithFlush: boolean }
  /** The client left while holding the session: end its query and transaction. */
  | { kind: 'abandon'; client: Client };

interface WireServerOptions {
  maxConnections: number;
  idleInTransactionTimeoutMs: number;
  log: (message: string) => void;
  onFatalError: (error: Error) => void;
}

class WireServer {
  private readonly server: net.Server;
  private readonly clients = new Set<Client>();
  private readonly queue: Work[] = [];
  /** The client whose transaction or extended query is open; only its requests run until it finishes. */
  private owner: Client | null = null;
  private draining = false;
  private stopped = false;
  private failed = false;
  private nextClientId = 1;
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    private readonly db: PGlite,
    private readonly options: WireServerOptions,
  ) {
    this.server = net.createServer((socket) => this.accept(socket));
    this.watchdog = setInterval(() => this.closeIdleOwner(), 1_000);
    this.watchdog.unref();
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? portInUseError(host, port) : error),
      );
      this.server.listen({ port, host }, () => {
        this.server.on('error', (error) => this.options.log(`server error: ${error.message}`));
        const address = this.server.address();
        resolve(typeof address === 'object' && address !== null ? address.port : port);
      });
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.watchdog);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const client of this.clients) client.socket.destroy();
    this.queue.length = 0;
    // Wait for the request in flight, then leave no transaction behind.
    if (!this.failed && !this.db.closed) {
      await this.db.runExclusive(async () => undefined);
      if (this.owner) await this.resetSession().catch(() => undefined);
    }
    this.owner = null;
    await closed;
  }

  private accept(socket: net.Socket): void {
    if (this.stopped) {
      socket.destroy();
      return;
    }
    if (this.clients.size >= this.options.maxConnections) {
      socket.end(errorResponse('53300', `too many connections (the embedded PostgreSQL accepts ${this.options.maxConnections})`));
      return;
    }
    const client: Client = {
      id: this.nextClientId++,
      socket,
      received: Buffer.alloc(0),
      pending: [],
      started: false,
      closed: false,
      lastActivity: Date.now(),
    };
    this.clients.add(client);
    socket.setNoDelay(true);
    socket.on('data', (data: Buffer) => this.receive(client, data));
    socket.on('error', () => socket.destroy()); // resets and timeouts end in 'close'
    socket.on('close', () => this.disconnect(client));
  }

  private receive(client: Client, data: Buffer): void {
    if (client.closed || this.stopped) return;
    client.lastActivity = Date.now();
    client.received = client.received.length === 0 ? data : Buffer.concat([client.received, data]);
    try {
      while (!client.closed && this.takeMessage(client));
    } catch (error) {
      client.socket.end(errorResponse('08P01', error instanceof Error ? error.message : 'protocol violation'));
      client.socket.destroy();
    }
  }

  /** Takes one complete message off the client's buffer; false when it has to wait for more bytes. */
  private takeMessage(client: Client): boolean {
    const buffer = client.received;
    if (!client.started) {
      if (buffer.length < 8) return false;
      const length = buffer.readInt32BE(0);
      const code = buffer.readInt32BE(4);
      if (length < 8 || length > MAX_STARTUP_PACKET) throw new Error('invalid startup packet');
      if (buffer.length < length) return false;
      client.received = buffer.subarray(length);
      if (code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE) {
        client.socket.write('N'); // no encryption; the client goes on in plain text or gives up
        return true;
      }
      if (code === CANCEL_REQUEST_CODE) {
        client.socket.destroy(); // one shared session: there is no separate backend to interrupt
        return false;
      }
      if (code >>> 16 !== 3) throw new Error('unsupported frontend protocol');
      const database = requestedDatabase(buffer.subarray(8, length));
      if (database !== SERVED_DATABASE) {
        // PGlite would silently serve "postgres" instead; a test meant for a throwaway database must not.
        client.socket.end(
          errorResponse(
            '3D000',
            `database "${database}" is not served here: the embedded PostgreSQL (PGlite) has only "${SERVED_DATABASE}"`,
          ),
        );
        return false;
      }
      client.started = true;
      this.submit({ kind: 'request', client, message: Uint8Array.from(buffer.subarray(0, length)), endsWithFlush: false });
      return true;
    }

    if (buffer.length < 5) return false;
    const type = buffer.readUInt8(0);
    const length = buffer.readInt32BE(1);
    if (length < 4 || length > MAX_MESSAGE) throw new Error('invalid message length');
    if (buffer.length < length + 1) return false;
    const message = buffer.subarray(0, length + 1);
    client.received = buffer.subarray(length + 1);
    if (type === TERMINATE) {
      client.socket.end();
      return false;
    }
    client.pending.push(refuseCopyFromStdin(message));
    if (REQUEST_ENDS.has(type)) {
      const request = Buffer.concat(client.pending);
      client.pending = [];
      this.submit({ kind: 'request', client, message: request, endsWithFlush: type === FLUSH });
    }
    return true;
  }

  private submit(work: Work): void {
    this.queue.push(work);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let work = this.nextWork(); work; work = this.nextWork()) await this.run(work);
    } finally {
      this.draining = false;
    }
  }

  private nextWork(): Work | undefined {
    if (this.stopped || this.failed) return undefined;
    const index = this.owner ? this.queue.findIndex((work) => work.client === this.owner) : 0;
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async run(work: Work): Promise<void> {
    const { client } = work;
    try {
      if (work.kind === 'abandon') {
        if (this.owner === client) await this.resetSession();
        if (this.owner === client) this.owner = null;
        return;
      }
      if (client.closed) return;
      const tracker = new ReadyForQueryTracker();
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(work.message, {
          onRawData: (data) => {
            tracker.push(data);
            // Copy: PGlite reuses the memory behind `data` for the next answer.
            if (!client.closed) client.socket.write(Buffer.from(data));
          },
        }),
      );
      client.lastActivity = Date.now();
      this.owner = tracker.idle && !work.endsWithFlush ? null : client;
      if (this.owner === client && client.closed) {
        await this.resetSession();
        this.owner = null;
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Ends a half-sent extended query and rolls back an open transaction, discarding the answers. */
  private async resetSession(): Promise<void> {
    const discard = { onRawData: () => undefined };
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRawStream(frontendMessage(SYNC, Buffer.alloc(0)), discard);
      if (this.db.isInTransaction()) await this.db.execProtocolRawStream(simpleQuery('ROLLBACK'), discard);
    });
  }

  private disconnect(client: Client): void {
    if (client.closed) return;
    client.closed = true;
    this.clients.delete(client);
    for (let i = this.queue.length - 1; i >= 0; i -= 1) {
      if (this.queue[i]?.client === client) this.queue.splice(i, 1);
    }
    if (this.owner === client) this.submit({ kind: 'abandon', client });
  }

  private closeIdleOwner(): void {
    const owner = this.owner;
    if (!owner || owner.closed || this.draining) return;
    const waiting = this.queue.filter((work) => work.client !== owner).length;
    const idleMs = Date.now() - owner.lastActivity;
    if (waiting === 0 || idleMs < this.options.idleInTransactionTimeoutMs) return;
    this.options.log(
      `closing connection #${owner.id}: idle in a transaction for ${Math.round(idleMs / 1000)} s while ${waiting} requests waited`,
    );
    owner.socket.end(errorResponse('25P03', 'terminating connection due to idle-in-transaction timeout'));
    owner.socket.destroy();
  }

  /** PGlite threw instead of answering (its WebAssembly instance exited): it cannot serve any more. */
  private fail(error: Error): void {
    if (this.stopped || this.failed) return;
    this.failed = true;
    for (const client of this.clients) client.socket.destroy();
    this.options.onFatalError(error);
  }
}

/** Follows the framing of the backend's answer to tell whether it ended ready for a query and idle. */
class ReadyForQueryTracker {
  private readonly header = Buffer.alloc(5);
  private headerBytes = 0;
  private bodyLeft = 0;
  private lastType = 0;
  private status = 0;

  push(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft > 0) {
        if (this.lastType === READY_FOR_QUERY) this.status = chunk[offset] ?? 0;
        const taken = Math.min(this.bodyLeft, chunk.length - offset);
        offset += taken;
        this.bodyLeft -= taken;
        continue;
      }
      this.header[this.headerBytes] = chunk[offset] ?? 0;
      this.headerBytes += 1;
      offset += 1;
      if (this.headerBytes === 5) {
        this.lastType = this.header.readUInt8(0);
        this.bodyLeft = this.header.readInt32BE(1) - 4;
        this.headerBytes = 0;
        this.status = 0;
      }
    }
  }

  get idle(): boolean {
    return this.headerBytes === 0 && this.bodyLeft === 0 && this.lastType === READY_FOR_QUERY && this.status === IDLE;
  }
}

// COPY … FROM STDIN makes PGlite's WebAssembly instance exit (the whole database goes down), so such a
// statement is swapped for one that fails with a clear error before PGlite sees it.
const COPY_FROM_STDIN = /\bcopy\b[\s\S]*?\bfrom\s+stdin\b/i;
const REFUSE_COPY =
  "DO $refuse$ BEGIN RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', " +
  "MESSAGE = 'COPY FROM STDIN is not supported by the embedded PostgreSQL (PGlite)'; END $refuse$";

function refuseCopyFromStdin(message: Buffer): Buffer {
  const type = message.readUInt8(0);
  if (type === QUERY && COPY_FROM_STDIN.test(message.toString('utf8', 5))) return simpleQuery(REFUSE_COPY);
  if (type === PARSE) {
    const nameEnd = message.indexOf(0, 5);
    const queryEnd = message.indexOf(0, nameEnd + 1);
    if (nameEnd > 0 && queryEnd > 0 && COPY_FROM_STDIN.test(message.toString('utf8', nameEnd + 1, queryEnd))) {
      const noParameterTypes = Buffer.alloc(2);
      return frontendMessage(PARSE, Buffer.concat([message.subarray(5, nameEnd + 1), cString(REFUSE_COPY), noParameterTypes]));
    }
  }
  return message;
}

/** The database a startup packet asks for (name/value pairs); like PostgreSQL, the user name by default. */
function requestedDatabase(parameters: Buffer): string {
  const fields = parameters.toString('utf8').split('\0');
  const value = (name: string) => {
    for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
    return undefined;
  };
  return value('database') || value('user') || SERVED_DATABASE;
}

function cString(text: string): Buffer {
  return Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])]);
}

function frontendMessage(type: number, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function simpleQuery(sql: string): Buffer {
  return frontendMessage(QUERY, cString(sql));
}

/** A FATAL ErrorResponse, for refusing a connection before or instead of PostgreSQL. */
function errorResponse(sqlState: string, message: string): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${sqlState}`, `M${message}`].map(cString);
  return frontendMessage(byte('E'), Buffer.concat([...fields, Buffer.from([0])]));
}
