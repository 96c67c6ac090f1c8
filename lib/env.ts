import 'server-only';
import { z } from 'zod';

/**
 * Server configuration, parsed once. The start script (scripts/start.ts) fills DATABASE_URL and MEILI_*
 * with the embedded services when they are not configured, so the web server always sees them set.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgresql:// connection URL' }),
  MEILI_URL: z.url({ message: 'MEILI_URL must be the http(s) URL of Meilisearch' }).optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'MEILI_MASTER_KEY must be at least 16 characters').optional(),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_]*$/).default(''),
  PUBLIC_BASE_URL: z.url().default('http://localhost:3000'),
  /** Keys the HMAC of rate-limit subjects; the same on every instance. Filled from .data/app-secret by npm start. */
  APP_SECRET: z.string().min(32, 'APP_SECRET must be at least 32 characters').optional(),
});

export type ServerEnv = z.infer<typeof schema>;

let parsed: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (parsed) return parsed;
  // An empty variable counts as unset (as `VAR=` in a shell or an unset value in a deployment tool).
  const env = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid server configuration: ${problems}`);
  }
  parsed = result.data;
  return parsed;
}

/** The application secret; a clear error when the server was started without one. */
export function appSecret(): string {
  const secret = serverEnv().APP_SECRET;
  if (!secret) throw new Error('APP_SECRET is not set (npm start generates one into .data/app-secret).');
  return secret;
}
