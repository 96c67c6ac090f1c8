import { spawn } from 'node:child_process';

/**
 * Holds an exclusive `flock(1)` on `file` until the returned function is called; resolves once it is held.
 * Where several people share one checkout they agree on such a lock around anything that builds into or
 * serves from `.next`; without a file this does nothing.
 */
export async function holdFileLock(file: string | undefined, log: (message: string) => void): Promise<() => Promise<void>> {
  if (!file) return async () => {};
  log(`waiting for the lock ${file}`);
  const child = spawn('flock', [file, 'sh', '-c', 'echo locked; exec cat'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`flock ${file} exited with ${code}`)));
    child.stdout.once('data', () => resolve());
  });
  log(`holding the lock ${file}`);
  return async () => {
    child.stdin.end();
    await exited;
  };
}
