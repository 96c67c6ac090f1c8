import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, passwordProblem, type PasswordProblem } from '@/lib/auth/password';

/**
 * Schemas of the sign-in and user-administration forms. Messages are keys of the AdminAuth.errors and
 * AdminUsers.errors namespaces; the actions translate them.
 */

/** An e-mail as stored: trimmed, lower case. */
export const accountEmail = z
  .string({ error: 'emailRequired' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'emailRequired' })
  .max(254, { error: 'emailInvalid' })
  .pipe(z.email({ error: 'emailInvalid' }));

export const userRole = z.enum(['admin', 'editor'], { error: 'roleInvalid' });

/** A person's name: any script, no control characters. Shown escaped like all text, so "<" is harmless. */
export const personName = z
  .string({ error: 'nameRequired' })
  .trim()
  .min(1, { error: 'nameRequired' })
  .max(100, { error: 'nameTooLong' })
  .refine((name) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name), { error: 'nameInvalid' });

export const signInSchema = z.object({
  email: accountEmail,
  // Only presence and an upper bound here: the rules for new passwords are not checked at sign-in.
  password: z.string({ error: 'passwordRequired' }).min(1, { error: 'passwordRequired' }).max(PASSWORD_MAX_LENGTH * 4, { error: 'passwordTooLong' }),
  next: z.string().max(512).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

const PASSWORD_PROBLEM_KEYS: Record<PasswordProblem, string> = {
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  sameAsEmail: 'passwordSameAsEmail',
  oneCharacter: 'passwordOneCharacter',
};

/** A new password for the account `email`, typed twice. */
export function newPasswordSchema(email: string) {
  return z
    .object({
      password: z.string({ error: 'passwordRequired' }),
      passwordConfirm: z.string({ error: 'passwordMismatch' }),
    })
    .superRefine(({ password, passwordConfirm }, context) => {
      const problem = passwordProblem(password, { email });
      if (problem) context.addIssue({ code: 'custom', path: ['password'], message: PASSWORD_PROBLEM_KEYS[problem] });
      else if (password !== passwordConfirm) context.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'passwordMismatch' });
    });
}

export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function acceptInvitationSchema(email: string) {
  return z.object({ token: invitationTokenSchema, name: personName }).and(newPasswordSchema(email));
}

export const inviteUserSchema = z.object({ email: accountEmail, role: userRole });

export const userIdSchema = z.uuid();

export const setUserStatusSchema = z.object({ userId: userIdSchema, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const changeUserRoleSchema = z.object({ userId: userIdSchema, role: userRole });

export const revokeInvitationSchema = z.object({ invitationId: userIdSchema });

/** Every message key the schemas above produce; each has a text in AdminAuth.errors. */
export const AUTH_ERROR_KEYS = [
  'emailRequired',
  'emailInvalid',
  'passwordRequired',
  'passwordTooLong',
  'passwordTooShort',
  'passwordSameAsEmail',
  'passwordOneCharacter',
  'passwordMismatch',
  'nameRequired',
  'nameTooLong',
  'nameInvalid',
  'roleInvalid',
] as const;
export type AuthErrorKey = (typeof AUTH_ERROR_KEYS)[number];

export function isAuthErrorKey(key: string): key is AuthErrorKey {
  return (AUTH_ERROR_KEYS as readonly string[]).includes(key);
}
