import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a production build depends on; a change in any of these makes the start script build again. */
const BUILD_INPUTS = ['app', 'components', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'global.d.ts', 'tsconfig.json', 'package-lock.json'];
const FINGERPRINT_FILE = '.next/source-fingerprint';

function* walk(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === 'generated' || name.startsWith('.')) continue;
    yield* walk(path.join(entry, name));
  }
}

/** A hash of the build inputs' paths, sizes and modification times (cheap; content hashing is not needed). */
export function sourceFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of walk(path.join(projectRoot, input))) {
      const stat = statSync(file);
      hash.update(`${path.relative(projectRoot, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

export function isBuildCurrent(projectRoot: string): boolean {
  const file = path.join(projectRoot, FINGERPRINT_FILE);
  return (
    existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) &&
    existsSync(file) &&
    readFileSync(file, 'utf8') === sourceFingerprint(projectRoot)
  );
}

export function runCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
}

/** Builds the site unless the last build was made from the same sources. */
export async function buildSiteIfChanged(projectRoot: string, env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<void> {
  if (isBuildCurrent(projectRoot)) {
    log('The production build is current; not rebuilding.');
    return;
  }
  log('Building the site (next build)…');
  const fingerprint = sourceFingerprint(projectRoot);
  await runCommand(path.join(projectRoot, 'node_modules/.bin/next'), ['build'], { cwd: projectRoot, env });
  writeFileSync(path.join(projectRoot, FINGERPRINT_FILE), fingerprint);
}
