import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the secret of a session cookie or an invitation link. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: its SHA-256, so a leaked table opens no session. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Anything else is refused before it reaches the database. */
export function isWellFormedToken(value: string | undefined | null): value is string {
  return typeof value === 'string' && TOKEN_SHAPE.test(value);
}
