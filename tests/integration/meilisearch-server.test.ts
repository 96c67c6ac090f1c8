import fs from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureMeilisearchBinary,
  getOrCreateMasterKey,
  MEILISEARCH_INDEXING_MEMORY,
  MEILISEARCH_SHA256,
  MeilisearchBinaryError,
  packagedMeilisearchBinary,
  sha256File,
  startMeilisearch,
  verifyMeilisearchBinary,
  type MeilisearchServer,
} from '@/lib/runtime/meilisearch-server';
import { findFreePort } from '@/lib/runtime/ports';

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('bundled Meilisearch', () => {
  let projectRoot: string;
  let dataDir: string;
  let binaryPath: string;
  const running = new Set<MeilisearchServer>();

  async function start(masterKey: string, port: number): Promise<MeilisearchServer> {
    const server = await startMeilisearch({ dataDir, binaryPath, masterKey, port, handleSignals: false, log: () => undefined });
    running.add(server);
    return server;
  }

  async function stop(server: MeilisearchServer): Promise<void> {
    await server.stop();
    running.delete(server);
  }

  beforeAll(async () => {
    projectRoot = await mkdtemp(path.join(tmpdir(), 'meilisearch-server-'));
    dataDir = path.join(projectRoot, '.data', 'meili');
  });

  afterAll(async () => {
    await Promise.allSettled([...running].map((server) => server.stop()));
    await rm(projectRoot, { recursive: true, force: true });
  });

  it('copies the packaged binary after checking its hash, and skips the copy when it already matches', async () => {
    await expect(verifyMeilisearchBinary(packagedMeilisearchBinary())).resolves.toBeUndefined();

    binaryPath = await ensureMeilisearchBinary(projectRoot);
    expect(binaryPath).toBe(path.join(projectRoot, '.data', 'bin', 'meilisearch'));
    expect(await sha256File(binaryPath)).toBe(MEILISEARCH_SHA256);
    expect((await stat(binaryPath)).mode & 0o777).toBe(0o755);

    const { mtimeMs, ino } = await stat(binaryPath);
    expect(await ensureMeilisearchBinary(projectRoot)).toBe(binaryPath);
    const again = await stat(binaryPath);
    expect([again.mtimeMs, again.ino]).toEqual([mtimeMs, ino]);
  });

  it('refuses a binary whose hash differs, and replaces a tampered copy', async () => {
    const tampered = path.join(projectRoot, 'not-meilisearch');
    await writeFile(tampered, '#!/bin/sh\necho "not meilisearch"\n', { mode: 0o755 });
    await expect(verifyMeilisearchBinary(tampered)).rejects.toBeInstanceOf(MeilisearchBinaryError);
    await expect(verifyMeilisearchBinary(tampered)).rejects.toThrow(/Refusing to run .*SHA-256/);
    const refused = startMeilisearch({
      dataDir: path.join(projectRoot, 'refused'),
      binaryPath: tampered,
      masterKey: 'k'.repeat(32),
      port: await findFreePort(),
      handleSignals: false,
      log: () => undefined,
    });
    await expect(refused).rejects.toBeInstanceOf(MeilisearchBinaryError);
    expect(fs.existsSync(path.join(projectRoot, 'refused'))).toBe(false); // refused before anything was set up

    // The copy in .data/bin is checked on every start too: a changed one is replaced with the good binary.
    await writeFile(binaryPath, 'tampered');
    await chmod(binaryPath, 0o755);
    await expect(verifyMeilisearchBinary(binaryPath)).rejects.toBeInstanceOf(MeilisearchBinaryError);
    expect(await ensureMeilisearchBinary(projectRoot)).toBe(binaryPath);
    expect(await sha256File(binaryPath)).toBe(MEILISEARCH_SHA256);
  });

  it('serves with the master key only, and a restart reuses the key and the data', async () => {
    const masterKey = await getOrCreateMasterKey(dataDir);
    expect(masterKey.length).toBeGreaterThanOrEqual(32);
    const keyFile = path.join(dataDir, 'master-key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

    const port = await findFreePort();
    const server = await start(masterKey, port);
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    // The key reaches Meilisearch through its environment, not its command line (visible to every user).
    const commandLine = fs.readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
    expect(commandLine.join(' ')).not.toContain(masterKey);
    // Indexing buffers bounded, so that saving one entry does not set up gigabytes of them (MEILISEARCH_INDEXING_MEMORY).
    expect(commandLine[commandLine.indexOf('--max-indexing-memory') + 1]).toBe(MEILISEARCH_INDEXING_MEMORY);

    const client = new Meilisearch({ host: server.url, apiKey: masterKey });
    await client.createIndex('services', { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    await client
      .index('services')
      .addDocuments([{ id: 'krizes-telefons', name: 'Krīzes tālrunis', description: 'Emocionāls atbalsts visu diennakti' }])
      .waitTask({ timeout: 30_000 }); // the first indexing on a busy machine can take a while
    const found = await client.index('services').search('krīzes');
    expect(found.hits.map((hit) => hit.id)).toEqual(['krizes-telefons']);

    const withoutKey = await fetch(`${server.url}/indexes/services/search?q=krizes`);
    expect(withoutKey.status).toBe(401);
    const wrongKey = await fetch(`${server.url}/indexes`, { headers: { Authorization: `Bearer ${'x'.repeat(43)}` } });
    expect(wrongKey.status).toBe(403);

    const { pid } = server;
    await stop(server);
    expect(processExists(pid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'meilisearch.pid'))).toBe(false);

    const sameKey = await getOrCreateMasterKey(dataDir);
    expect(sameKey).toBe(masterKey);
    const restarted = await start(sameKey, port);
    const afterRestart = await new Meilisearch({ host: restarted.url, apiKey: sameKey }).index('services').search('atbalsts');
    expect(afterRestart.hits.map((hit) => hit.id)).toEqual(['krizes-telefons']);
    await stop(restarted);

    expect(await readFile(path.join(dataDir, 'meilisearch.log'), 'utf8')).not.toContain(masterKey);
  });

  it('reports a server that cannot start with the tail of its log', async () => {
    // Another Meilisearch-shaped obstacle: the data path is a file, so Meilisearch exits at once.
    const brokenDir = path.join(projectRoot, 'broken');
    await rm(brokenDir, { recursive: true, force: true });
    fs.mkdirSync(brokenDir, { recursive: true });
    await writeFile(path.join(brokenDir, 'data.ms'), 'not a database');
    const failed = startMeilisearch({
      dataDir: brokenDir,
      binaryPath,
      masterKey: 'k'.repeat(32),
      port: await findFreePort(),
      handleSignals: false,
      log: () => undefined,
    });
    await expect(failed).rejects.toThrow(/exited .* before it was ready[\s\S]*Last lines of .*meilisearch\.log/);
    expect(fs.existsSync(path.join(brokenDir, 'meilisearch.pid'))).toBe(false);
  });
});
