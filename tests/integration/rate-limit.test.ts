import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedTestDatabase, type TestDatabase } from '../helpers/database';
import { createDatabaseClient, type Database } from '@/lib/db/factory';
import { consumeRateLimit, rateLimitSubject } from '@/lib/security/rate-limit';

let database: TestDatabase;
let db: Database;
let other: Database;

beforeAll(async () => {
  database = await createMigratedTestDatabase('ratelimit');
  db = createDatabaseClient(database.url);
  // A second client stands for a second web instance on the same database.
  other = createDatabaseClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await other?.$disconnect();
  await database?.drop();
});

describe('rate limits in PostgreSQL', () => {
  const rule = { name: 'test', limit: 5, windowMs: 60_000 };
  const now = new Date('2026-11-23T10:00:30Z');

  it('allows the limit, then refuses, counting across instances and concurrent requests', async () => {
    const subject = rateLimitSubject('s'.repeat(32), '203.0.113.7');
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => consumeRateLimit(i % 2 ? db : other, rule, subject, now)));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(5);
    expect(outcomes.find((o) => !o.allowed)?.retryAfterSeconds).toBe(30);
  });

  it('starts again in the next window and keeps subjects apart', async () => {
    const subject = rateLimitSubject('s'.repeat(32), '203.0.113.7');
    expect((await consumeRateLimit(db, rule, subject, new Date('2026-11-23T10:01:01Z'))).allowed).toBe(true);
    expect((await consumeRateLimit(db, rule, rateLimitSubject('s'.repeat(32), '198.51.100.1'), now)).allowed).toBe(true);
  });

  it('stores no subject in clear', async () => {
    const keys = (await db.rateLimitBucket.findMany()).map((b) => b.key).join(' ');
    expect(keys).not.toContain('203.0.113.7');
  });
});
