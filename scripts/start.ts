// npm start — the whole site on one machine: database, search, migrations, data, build, web server.
import type { ChildProcess } from 'node:child_process';
import { z } from 'zod';
import { isPortFree } from '../lib/runtime/ports';
import { prepareStack, serveSite } from './lib/stack';

const config = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
  })
  .safeParse(process.env);
if (!config.success) {
  console.error(`Invalid configuration: ${config.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(2);
}
const { PORT, HOST } = config.data;
const projectRoot = process.cwd();

if (!(await isPortFree(PORT, HOST))) {
  console.error(`[start] Port ${PORT} on ${HOST} is in use — is the site already running? Stop it, or set PORT to another port.`);
  process.exit(1);
}

const stack = await prepareStack(projectRoot, process.env).catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
let stopping = false;
// Filled once the web server runs; shutdown() may come first (Ctrl+C during the build).
const running: { server?: ChildProcess } = {};
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  running.server?.kill('SIGTERM');
  await stack.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

running.server = await serveSite(projectRoot, stack, PORT, HOST).catch(async (error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
  return undefined;
});
if (running.server) {
  console.info(`[start] Atbalsta katalogs is running at http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}/lv`);
  running.server.once('exit', (code) => void shutdown(code ?? 0));
}
