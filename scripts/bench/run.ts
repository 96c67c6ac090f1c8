// npm run bench — measures the real system on this machine and writes bench/results.md and bench/results.json.
// npm run bench:smoke — the same code at a tiny size, results in the system's temporary directory.
// Needs the local PostgreSQL (TEST_DATABASE_URL, as the tests) and builds the site first when its sources changed.
// BENCH_LOCK_FILE=/tmp/ak-next.lock holds that flock(1) while building and serving .next (a checkout shared by several people).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmark } from './benchmark';
import { FULL_PROFILE, SMOKE_PROFILE } from './profile';
import { writeResults } from './report';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, out: { type: 'string' } } });
const projectRoot = process.cwd();
const profile = values.smoke ? SMOKE_PROFILE : FULL_PROFILE;
const outDir = path.resolve(values.out ?? (values.smoke ? path.join(os.tmpdir(), 'atbalsta-katalogs-bench-smoke') : path.join(projectRoot, 'bench')));

try {
  const started = Date.now();
  const log = (message: string) => console.info(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(5)} s] ${message}`);
  // Ctrl+C or a kill removes the throwaway databases, Meilisearch and the web server before exiting.
  const interrupted = new AbortController();
  const stop = () => {
    log('interrupted: removing the throwaway databases and Meilisearch');
    interrupted.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const results = await runBenchmark({
    projectRoot,
    profile,
    lockFile: process.env.BENCH_LOCK_FILE || undefined,
    log,
    signal: interrupted.signal,
    onStopped: () => process.exit(130),
  });
  const written = writeResults(outDir, results);
  console.info(`[bench] wrote ${written.markdown} and ${written.json}`);
  for (const target of results.targets) console.info(`[bench] ${target.status.padEnd(12)} ${target.target}: ${target.measured}`);
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
