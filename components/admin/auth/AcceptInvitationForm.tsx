'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormAlert } from './FormAlert';
import { SubmitButton } from './SubmitButton';
import { TextField } from './TextField';
import type { AcceptInvitationState } from './form-state';

interface AcceptInvitationFormProps {
  action: (state: AcceptInvitationState, formData: FormData) => Promise<AcceptInvitationState>;
  token: string;
  /** for the browser's password manager */
  email: string;
}

export function AcceptInvitationForm({ action, token, email }: AcceptInvitationFormProps) {
  const t = useTranslations('AdminAuth.acceptInvitation');
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.formError ? <FormAlert kind="error">{state.formError}</FormAlert> : null}
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        id="invitation-name"
        name="name"
        label={t('name')}
        autoComplete="name"
        defaultValue={state.values.name}
        errors={state.fieldErrors.name}
        required
        maxLength={100}
      />
      <TextField
        id="invitation-password"
        name="password"
        type="password"
        label={t('password')}
        hint={t('passwordHint')}
        autoComplete="new-password"
        errors={state.fieldErrors.password}
        required
      />
      <TextField
        id="invitation-password-confirm"
        name="passwordConfirm"
        type="password"
        label={t('passwordConfirm')}
        autoComplete="new-password"
        errors={state.fieldErrors.passwordConfirm}
        required
      />
      <SubmitButton>{t('submit')}</SubmitButton>
    </form>
  );
}
