/**
 * What a form's server action answers (useActionState): translated messages per field and for the whole
 * form, and the values to show again. Never a password.
 */
export interface FormState<Field extends string> {
  fieldErrors: Partial<Record<Field, string[]>>;
  formError?: string;
  values: Partial<Record<Field, string>>;
}

export type SignInField = 'email' | 'password';
export type SignInState = FormState<SignInField>;

export type AcceptInvitationField = 'name' | 'password' | 'passwordConfirm';
export type AcceptInvitationState = FormState<AcceptInvitationField>;

export type InviteField = 'email' | 'role';
export interface InviteState extends FormState<InviteField> {
  /** Shown once, right after the invitation was made. */
  invitation?: { email: string; link: string; expires: string };
}
