// `npm start` on a fresh clone: install the locked dependencies first (plain Node, no dependencies needed).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/.bin/next') || !existsSync('node_modules/.bin/tsx')) {
  console.info('Installing dependencies (npm ci)…');
  let result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  // The lock lists every platform's optional packages, so npm ci takes it as it is; should npm still refuse
  // it (a registry without some platform's metadata), npm install installs the same locked versions.
  if (result.status !== 0) result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
