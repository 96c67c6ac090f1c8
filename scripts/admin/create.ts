// npm run admin:create — creates an administrator from the command line (the first one, typically).
//
//   ADMIN_EMAIL=… ADMIN_NAME=… ADMIN_PASSWORD=… npm run admin:create   (unattended)
//   npm run admin:create                                                (asks; the password is not echoed)
//
// The database is DATABASE_URL, or the embedded one while `npm start` / `npm run services` runs. Pending
// migrations are applied first, so this also works before the first start. Running it again for an e-mail
// that already has an account changes nothing.
import fs from 'node:fs';
import readline from 'node:readline/promises';
import { passwordProblem, type PasswordProblem } from '../../lib/auth/password';
import { createUserDirectly } from '../../lib/auth/users';
import { createDatabaseClient } from '../../lib/db/factory';
import { applyMigrations, redactDatabaseUrl } from '../../lib/db/schema-engine';
import { runtimeFilePath } from '../../lib/runtime/local-services';
import { accountEmail, personName } from '../../lib/validation/auth';

const PROBLEMS: Record<PasswordProblem, string> = {
  tooShort: 'it needs at least 12 characters',
  tooLong: 'it is longer than 256 characters',
  sameAsEmail: 'it must not be the e-mail address',
  oneCharacter: 'it must not be one character repeated',
};

class UsageError extends Error {}

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  try {
    const runtime = JSON.parse(fs.readFileSync(runtimeFilePath(process.cwd()), 'utf8')) as { databaseUrl?: unknown };
    if (typeof runtime.databaseUrl === 'string') return runtime.databaseUrl;
  } catch {
    // no embedded services running
  }
  throw new UsageError('DATABASE_URL is not set and no embedded database is running. Set DATABASE_URL, or run this while `npm start` runs.');
}

async function ask(question: string): Promise<string> {
  const prompt = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

/** Reads a line from the terminal in raw mode, printing nothing of what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (character === '\u0003') {
          finish();
          reject(new UsageError('Cancelled.'));
          return;
        }
        if (character === '\u007f' || character === '\b') value = [...value].slice(0, -1).join('');
        else value += character;
      }
    };
    // Raw mode (no echo) before the prompt appears, so nothing typed after it is ever echoed.
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
    process.stdout.write(question);
  });
}

async function fromEnvOrPrompt(variable: string, question: string): Promise<string> {
  const value = process.env[variable];
  if (value !== undefined && value !== '') return value;
  if (!interactive) throw new UsageError(`${variable} is not set (and there is no terminal to ask on).`);
  return ask(question);
}

async function readEmail(): Promise<string> {
  const parsed = accountEmail.safeParse(await fromEnvOrPrompt('ADMIN_EMAIL', 'E-mail: '));
  if (!parsed.success) throw new UsageError('That is not a valid e-mail address.');
  return parsed.data;
}

async function readName(): Promise<string> {
  const parsed = personName.safeParse(await fromEnvOrPrompt('ADMIN_NAME', 'Name: '));
  if (!parsed.success) throw new UsageError('The name must be 1–100 characters, without control characters.');
  return parsed.data;
}

async function readPassword(email: string): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) {
    const problem = passwordProblem(fromEnv, { email });
    if (problem) throw new UsageError(`ADMIN_PASSWORD is refused: ${PROBLEMS[problem]}.`);
    return fromEnv;
  }
  if (!interactive) throw new UsageError('ADMIN_PASSWORD is not set (and there is no terminal to ask on).');
  for (let attempt = 0; attempt < 3; attempt++) {
    const password = await askHidden('Password (at least 12 characters, not shown): ');
    const problem = passwordProblem(password, { email });
    if (problem) {
      console.error(`Refused: ${PROBLEMS[problem]}.`);
      continue;
    }
    if ((await askHidden('The same password again: ')) === password) return password;
    console.error('The two passwords differ.');
  }
  throw new UsageError('No acceptable password given.');
}

async function main(): Promise<void> {
  const url = databaseUrl();
  const email = await readEmail();
  const { applied } = await applyMigrations(url);
  if (applied.length > 0) console.info(`Applied migrations to ${redactDatabaseUrl(url)}: ${applied.join(', ')}`);
  const db = createDatabaseClient(url, { maxConnections: 2 });
  try {
    const existing = await db.user.findUnique({ where: { email }, select: { role: true, disabledAt: true } });
    if (existing) {
      console.info(`A user with the e-mail ${email} already exists (${existing.role}${existing.disabledAt ? ', disabled' : ''}); nothing was changed.`);
      return;
    }
    const name = await readName();
    const password = await readPassword(email);
    const result = await createUserDirectly(db, { email, name, password, role: 'admin' });
    console.info(
      result.created
        ? `Administrator ${email} created. Sign in at /lv/admin/sign-in.`
        : `A user with the e-mail ${email} already exists; nothing was changed.`,
    );
  } finally {
    await db.$disconnect();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `admin:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
