import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * Password hashing: argon2id with RFC 9106's second recommended parameter set — 64 MiB of memory,
 * 3 passes, 4 lanes (≈100–250 ms on one server core). Memory-hardness is what makes guessing on GPUs
 * expensive. The parameters are stored in every hash (PHC string), so they can be raised later: a hash made
 * with older ones is replaced at the next sign-in (see needsRehash). libuv runs at most 4 hashes at once,
 * which bounds memory at 256 MiB however many sign-ins arrive.
 */
const ARGON2ID = 2 as Algorithm;
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 65_536, // KiB = 64 MiB
  timeCost: 3,
  parallelism: 4,
  outputLen: 32,
} satisfies Options;

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; a bound so nobody sends megabytes to the hash. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * A hash of a random password nobody knows, with the current parameters: verified against when the e-mail
 * is unknown, so that answering "no such user" costs the same time as a wrong password.
 */
export const DUMMY_PASSWORD_HASH = '$argon2id$v=19$m=65536,t=3,p=4$Bg9sMAuAz9aDDoWaUd3nPA$EA82LysgntQ17A6t0w38OTyF+ooRoPG3wzao101GeDs';

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), PASSWORD_HASH_OPTIONS);
}

/** False, never an exception, for a malformed stored hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's. */
export function needsRehash(storedHash: string): boolean {
  try {
    const options = parseOptions(storedHash);
    return (
      options.algorithm !== PASSWORD_HASH_OPTIONS.algorithm ||
      options.memoryCost !== PASSWORD_HASH_OPTIONS.memoryCost ||
      options.timeCost !== PASSWORD_HASH_OPTIONS.timeCost ||
      options.parallelism !== PASSWORD_HASH_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'sameAsEmail' | 'oneCharacter';

/**
 * The password rules (NIST SP 800-63B style: length over composition): at least 12 characters (counted as
 * Unicode code points, so "ļ" is one), at most 256, not the account's e-mail or its local part, not one
 * character repeated. Returns the first rule broken, or null.
 */
export function passwordProblem(password: string, context: { email?: string | null } = {}): PasswordProblem | null {
  const characters = [...password.normalize('NFC')];
  if (characters.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (characters.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const email = context.email?.trim().toLowerCase();
  const candidate = password.trim().toLowerCase();
  if (email && (candidate === email || candidate === email.split('@')[0])) return 'sameAsEmail';
  if (new Set(characters).size === 1) return 'oneCharacter';
  return null;
}
