import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { findFreePort } from '@/lib/runtime/ports';

export interface BenchWebServer {
  origin: string;
  /** the `next start` process; its children are counted with it for memory */
  pid: number;
  /** searches answered from PostgreSQL so far because Meilisearch failed or was too slow (from the server's log) */
  fallbacks(): number;
  stop(): Promise<void>;
}

/**
 * The production build served by `next start`, as `npm start` serves it (scripts/lib/stack.ts), on a free
 * loopback port with the benchmark's database and Meilisearch. Its instrumentation starts the outbox worker.
 */
export async function startBenchWebServer(projectRoot: string, env: Record<string, string>): Promise<BenchWebServer> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(path.join(projectRoot, 'node_modules/.bin/next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let fallbacks = 0;
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    // lib/search/search.ts logs one line per search it answers from PostgreSQL.
    fallbacks += text.match(/answering from PostgreSQL/g)?.length ?? 0;
    stderr = (stderr + text).slice(-4000);
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer /api/health within 90 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (child.pid === undefined) throw new Error('next start has no process id');
  return { origin, pid: child.pid, fallbacks: () => fallbacks, stop };
}
