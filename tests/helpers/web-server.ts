import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Another instance of the production build (`next start`) with its own environment, for tests that need
 * more than the shared e2e server: a database that goes away, two instances on one database.
 */
export async function startWebServer(port: number, env: Record<string, string | undefined>): Promise<WebServer> {
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('next start did not answer within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
