'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormAlert } from '@/components/admin/auth/FormAlert';
import { SubmitButton } from '@/components/admin/auth/SubmitButton';
import { TextField } from '@/components/admin/auth/TextField';
import type { InviteState } from '@/components/admin/auth/form-state';

export function InviteForm({ action }: { action: (state: InviteState, formData: FormData) => Promise<InviteState> }) {
  const t = useTranslations('AdminUsers.inviteForm');
  const tShell = useTranslations('AdminShell');
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  return (
    <div className="space-y-6">
      {state.invitation ? (
        <section aria-labelledby="invitation-created" className="space-y-2 rounded border border-brand-700 bg-brand-50 p-4">
          <h2 id="invitation-created" className="text-xl font-bold">
            {t('createdHeading')}
          </h2>
          <p role="status">{t('created', { email: state.invitation.email, expires: state.invitation.expires })}</p>
          <label htmlFor="invitation-link" className="block font-semibold">
            {t('linkLabel')}
          </label>
          <input
            id="invitation-link"
            readOnly
            value={state.invitation.link}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm"
          />
        </section>
      ) : null}
      <form action={formAction} className="space-y-4" noValidate>
        {state.formError ? <FormAlert kind="error">{state.formError}</FormAlert> : null}
        <TextField
          id="invite-email"
          name="email"
          type="email"
          label={t('email')}
          autoComplete="off"
          defaultValue={state.values.email}
          errors={state.fieldErrors.email}
          required
          maxLength={254}
        />
        <div>
          <label htmlFor="invite-role" className="block font-semibold">
            {t('role')}
          </label>
          <p id="invite-role-hint" className="text-sm text-slate-600">
            {t('roleHint')}
          </p>
          <select
            id="invite-role"
            name="role"
            defaultValue={state.values.role ?? 'editor'}
            aria-describedby="invite-role-hint"
            className="mt-1 min-h-11 rounded border border-slate-500 px-2"
          >
            <option value="editor">{tShell('roles.editor')}</option>
            <option value="admin">{tShell('roles.admin')}</option>
          </select>
        </div>
        <SubmitButton>{t('submit')}</SubmitButton>
      </form>
    </div>
  );
}
