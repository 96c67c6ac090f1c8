import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureMeilisearchBinary, startMeilisearch } from '../../lib/runtime/meilisearch-server';

export interface TestMeilisearch {
  url: string;
  masterKey: string;
  /** the server's process, for tests that freeze it (SIGSTOP) to make it slow */
  pid: number;
  stop(): Promise<void>;
}

/** A real Meilisearch (the bundled, verified binary) on a free port with a throwaway data directory. */
export async function startTestMeilisearch(): Promise<TestMeilisearch> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ak-meili-'));
  const binaryPath = await ensureMeilisearchBinary(process.cwd());
  const masterKey = randomBytes(24).toString('hex');
  const server = await startMeilisearch({ dataDir, binaryPath, masterKey, port: 0, handleSignals: false, log: () => {} });
  return {
    url: server.url,
    masterKey,
    pid: server.pid,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
