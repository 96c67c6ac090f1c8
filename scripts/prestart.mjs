// `npm start` on a fresh clone: install the locked dependencies first (plain Node, no dependencies needed).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/.bin/next') || !existsSync('node_modules/.bin/tsx')) {
  console.info('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
