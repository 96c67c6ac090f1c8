import { describe, expect, it } from 'vitest';
import { hash, parseOptions } from '@node-rs/argon2';
import {
  DUMMY_PASSWORD_HASH,
  hashPassword,
  needsRehash,
  PASSWORD_HASH_OPTIONS,
  passwordProblem,
  verifyPassword,
} from '@/lib/auth/password';
import { clientAddress, isCrossSiteRequest, safeAdminReturnPath } from '@/lib/auth/request';
import { acceptInvitationSchema, newPasswordSchema, signInSchema } from '@/lib/validation/auth';

describe('password hashing', () => {
  it('hashes with argon2id, 64 MiB, 3 passes, 4 lanes, a fresh salt each time', async () => {
    const first = await hashPassword('mazs zaļš vilciens');
    const second = await hashPassword('mazs zaļš vilciens');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('vilciens');
  });

  it('verifies the right password only, treating composed and decomposed letters alike', async () => {
    const stored = await hashPassword('Ģimenes atbalsts 24/7');
    expect(await verifyPassword(stored, 'Ģimenes atbalsts 24/7')).toBe(true);
    expect(await verifyPassword(stored, 'G\u0327imenes atbalsts 24/7')).toBe(true);
    expect(await verifyPassword(stored, 'ģimenes atbalsts 24/7')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });

  it('keeps its dummy hash (for unknown e-mails) on the current parameters', () => {
    const options = parseOptions(DUMMY_PASSWORD_HASH);
    expect(options).toMatchObject({
      algorithm: PASSWORD_HASH_OPTIONS.algorithm,
      memoryCost: PASSWORD_HASH_OPTIONS.memoryCost,
      timeCost: PASSWORD_HASH_OPTIONS.timeCost,
      parallelism: PASSWORD_HASH_OPTIONS.parallelism,
    });
    expect(needsRehash(DUMMY_PASSWORD_HASH)).toBe(false);
  });

  it('asks for a rehash of hashes made with other parameters or unreadable', async () => {
    const weak = await hash('some password 1', { algorithm: PASSWORD_HASH_OPTIONS.algorithm, memoryCost: 19_456, timeCost: 2 });
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash('$2b$10$abcdefghijklmnopqrstuv')).toBe(true);
  });
});

describe('password rules', () => {
  it('wants at least 12 characters, counting letters with diacritics as one', () => {
    expect(passwordProblem('īsa parole')).toBe('tooShort');
    expect(passwordProblem('ābeļziedi ļļ')).toBeNull();
    expect(passwordProblem('ābeļziedi ļ')).toBe('tooShort');
    expect(passwordProblem('a'.repeat(10) + 'bc')).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toBe('tooLong');
  });

  it('refuses the e-mail (or its local part) and one repeated character', () => {
    const email = 'koordinatore.riga@example.lv';
    expect(passwordProblem('Koordinatore.Riga@Example.LV', { email })).toBe('sameAsEmail');
    expect(passwordProblem(' koordinatore.riga ', { email })).toBe('sameAsEmail');
    expect(passwordProblem('koordinatore.riga!', { email })).toBeNull();
    expect(passwordProblem('zzzzzzzzzzzzzz')).toBe('oneCharacter');
  });

  it('reports the broken rule on the field, as a message key', () => {
    const schema = newPasswordSchema('jana@example.lv');
    const short = schema.safeParse({ password: 'short', passwordConfirm: 'short' });
    expect(short.success ? [] : short.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['password', 'passwordTooShort']]);
    const mismatch = schema.safeParse({ password: 'long enough password', passwordConfirm: 'long enough passw0rd' });
    expect(mismatch.success ? [] : mismatch.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['passwordConfirm', 'passwordMismatch']]);
    expect(schema.safeParse({ password: 'jana@example.lv', passwordConfirm: 'jana@example.lv' }).error?.issues[0]?.message).toBe('passwordSameAsEmail');
    const accepted = acceptInvitationSchema('jana@example.lv').safeParse({
      token: 'a'.repeat(43),
      name: '  Jana <b>Bērziņa</b> ',
      password: 'long enough password',
      passwordConfirm: 'long enough password',
    });
    expect(accepted.data?.name).toBe('Jana <b>Bērziņa</b>');
  });

  it('normalises the sign-in e-mail and names its problems by key', () => {
    expect(signInSchema.parse({ email: '  Jana@Example.LV ', password: 'x' }).email).toBe('jana@example.lv');
    const empty = signInSchema.safeParse({ email: '', password: '' });
    expect(empty.error?.issues.map((i) => i.message).sort()).toEqual(['emailRequired', 'passwordRequired']);
    expect(signInSchema.safeParse({ email: 'not-an-address', password: 'x' }).error?.issues[0]?.message).toBe('emailInvalid');
  });
});

describe('request checks of the admin section', () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it('takes the client address only from a trusted proxy, counting from the right', () => {
    const forwarded = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(clientAddress(forwarded, 0)).toBeNull();
    expect(clientAddress(forwarded, 1)).toBe('203.0.113.7');
    expect(clientAddress(forwarded, 2)).toBe('6.6.6.6');
    expect(clientAddress(headers({ 'x-forwarded-for': '2001:db8::1' }), 1)).toBe('2001:db8::1');
    expect(clientAddress(headers({ 'x-forwarded-for': '<script>' }), 1)).toBeNull();
    expect(clientAddress(headers({}), 1)).toBeNull();
  });

  it('refuses state-changing requests from other sites', () => {
    const same = { host: 'katalogs.example.lv', origin: 'https://katalogs.example.lv' };
    expect(isCrossSiteRequest('POST', headers({ ...same, 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossSiteRequest('POST', headers(same))).toBe(false);
    expect(isCrossSiteRequest('POST', headers({ ...same, 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteRequest('POST', headers({ ...same, 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSiteRequest('DELETE', headers({ host: 'katalogs.example.lv', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteRequest('POST', headers({ host: 'katalogs.example.lv', origin: 'null' }))).toBe(true);
    expect(isCrossSiteRequest('GET', headers({ host: 'katalogs.example.lv', origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSiteRequest('POST', headers({ host: 'katalogs.example.lv' }))).toBe(false);
  });

  it('returns after sign-in only to paths inside the admin section', () => {
    expect(safeAdminReturnPath('/lv/admin')).toBe('/lv/admin');
    expect(safeAdminReturnPath('/en/admin/users?page=2')).toBe('/en/admin/users?page=2');
    for (const unsafe of [
      'https://evil.example/lv/admin',
      '//evil.example/lv/admin',
      '/lv/admin//evil.example',
      '/\\evil.example',
      '/lv/administrator',
      '/lv/admin/../search',
      '/de/admin',
      '/lv/admin/sign-in',
      '/lv/search',
      'lv/admin',
      undefined,
    ]) {
      expect(safeAdminReturnPath(unsafe), String(unsafe)).toBeNull();
    }
  });
});
