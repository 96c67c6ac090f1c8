// The accounts the end-to-end tests sign in with, and where the e2e server says which database it made.
// Imported by scripts/e2e-server.ts (which creates the accounts) and by tests/e2e (which signs in with them).
import fs from 'node:fs';
import path from 'node:path';

export interface E2eAccount {
  email: string;
  name: string;
  password: string;
  role: 'admin' | 'editor';
}

/** Test-only passwords for a throwaway database; override with E2E_ADMIN_* / E2E_EDITOR_*. */
export const E2E_ACCOUNTS = {
  admin: {
    email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.test',
    name: 'E2E Administrators',
    password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e admin password 2026',
    role: 'admin',
  },
  editor: {
    email: process.env.E2E_EDITOR_EMAIL ?? 'editor@e2e.test',
    name: 'E2E Redaktors',
    password: process.env.E2E_EDITOR_PASSWORD ?? 'e2e editor password 2026',
    role: 'editor',
  },
} satisfies Record<string, E2eAccount>;

export interface E2eRuntime {
  /** the throwaway database of the running e2e server (local PostgreSQL) */
  databaseUrl: string;
  baseUrl: string;
  /** a second `next start` on the same database and Meilisearch (the several-instances tests) */
  secondBaseUrl: string;
  /** the two `next start` processes, for memory readings */
  serverPids: number[];
  /** the throwaway Meilisearch both instances use */
  meiliUrl: string;
  meiliMasterKey: string;
}

const runtimeFile = (projectRoot: string) => path.join(projectRoot, '.data', 'e2e-runtime.json');

export function writeE2eRuntime(projectRoot: string, runtime: E2eRuntime): void {
  fs.mkdirSync(path.dirname(runtimeFile(projectRoot)), { recursive: true });
  fs.writeFileSync(runtimeFile(projectRoot), `${JSON.stringify(runtime, null, 2)}\n`, { mode: 0o600 });
}

/** Removes what an earlier e2e server wrote, so that tests never read a stale runtime. */
export function clearE2eRuntime(projectRoot: string): void {
  fs.rmSync(runtimeFile(projectRoot), { force: true });
}

/** What the running e2e server wrote; throws when no e2e server has run. */
export function readE2eRuntime(projectRoot = process.cwd()): E2eRuntime {
  return JSON.parse(fs.readFileSync(runtimeFile(projectRoot), 'utf8')) as E2eRuntime;
}

/**
 * The runtime of the e2e server that is starting or running: it is written just after the first instance
 * answers, so a test that starts in that moment waits for it (up to 30 s).
 */
export async function waitForE2eRuntime(projectRoot = process.cwd()): Promise<E2eRuntime> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return readE2eRuntime(projectRoot);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
