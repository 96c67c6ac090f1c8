'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormAlert } from './FormAlert';
import { SubmitButton } from './SubmitButton';
import { TextField } from './TextField';
import type { SignInState } from './form-state';

interface SignInFormProps {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  /** the admin path to return to, already checked */
  next: string | null;
}

/** Server-rendered and posted to a server action: signs in without JavaScript too. */
export function SignInForm({ action, next }: SignInFormProps) {
  const t = useTranslations('AdminAuth.signIn');
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.formError ? <FormAlert kind="error">{state.formError}</FormAlert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label={t('email')}
        autoComplete="username"
        defaultValue={state.values.email}
        errors={state.fieldErrors.email}
        required
        maxLength={254}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        errors={state.fieldErrors.password}
        required
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
