import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface LoadAverage {
  at: string;
  /** 1, 5 and 15 minute load averages, as `uptime` prints them */
  one: number;
  five: number;
  fifteen: number;
}

export interface MachineInfo {
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  os: string;
  node: string;
  postgres: string;
  meilisearch: string;
  next: string;
  gitCommit: string;
  /** files changed in the working tree when the benchmark ran (the build includes them) */
  gitDirtyFiles: number;
}

export function loadAverage(): LoadAverage {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  const round = (v: number) => Number(v.toFixed(2));
  return { at: new Date().toISOString(), one: round(one), five: round(five), fifteen: round(fifteen) };
}

function git(projectRoot: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}

async function meilisearchVersion(meiliUrl: string, masterKey: string): Promise<string> {
  const response = await fetch(`${meiliUrl}/version`, { headers: { Authorization: `Bearer ${masterKey}` } });
  const body = (await response.json()) as { pkgVersion?: string };
  return body.pkgVersion ?? 'unknown';
}

function nextVersion(projectRoot: string): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/next/package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

/** What the figures were measured on: hardware, software versions and the code's commit. */
export async function describeMachine(projectRoot: string, services: { databaseUrl: string; meiliUrl: string; meiliMasterKey: string }): Promise<MachineInfo> {
  const cpus = os.cpus();
  const status = git(projectRoot, ['status', '--porcelain']);
  return {
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: await postgresVersion(services.databaseUrl),
    meilisearch: await meilisearchVersion(services.meiliUrl, services.meiliMasterKey),
    next: nextVersion(projectRoot),
    gitCommit: git(projectRoot, ['rev-parse', '--short', 'HEAD']) || 'unknown',
    gitDirtyFiles: status ? status.split('\n').length : 0,
  };
}
