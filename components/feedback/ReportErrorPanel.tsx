'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { submitSuggestion } from '@/lib/feedback/actions';
import { HONEYPOT_FIELD, type ReportErrorState } from '@/lib/feedback/state';
import { FEEDBACK_FIELDS, FEEDBACK_MESSAGE_MAX, type FeedbackEntityType } from '@/lib/validation/feedback-fields';

const initialState: ReportErrorState = { status: 'idle' };
const inputClass = 'mt-1 w-full rounded border border-slate-500 px-3 py-2 aria-[invalid=true]:border-alert-700 aria-[invalid=true]:border-2';

/**
 * The report form. A server action with useActionState: without JavaScript the browser posts the form to
 * `permalink` (this page, scrolled to the form) and the page comes back with the outcome; with it, the
 * outcome replaces the form in place and focus moves to it.
 */
export function ReportErrorPanel({
  anchor,
  entityType,
  entitySlug,
  permalink,
}: {
  anchor: string;
  entityType: FeedbackEntityType;
  entitySlug: string;
  permalink: string;
}) {
  const t = useTranslations('Feedback');
  const [state, formAction, pending] = useActionState(submitSuggestion, initialState, permalink);
  return (
    // Folded away until opened; open again when the page comes back with an outcome (also without JavaScript).
    <details id={anchor} open={state.status !== 'idle' || undefined} className="relative scroll-mt-4 rounded-lg border border-slate-300 print:hidden">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-semibold text-brand-800 hover:bg-slate-50">{t('heading')}</summary>
      <div className="space-y-3 border-t border-slate-200 p-4">
        <p className="text-slate-800">{t('intro')}</p>
        <ReportErrorFields state={state} formAction={formAction} pending={pending} entityType={entityType} entitySlug={entitySlug} permalink={permalink} />
      </div>
    </details>
  );
}

function ReportErrorFields({
  state,
  formAction,
  pending,
  entityType,
  entitySlug,
  permalink,
}: {
  state: ReportErrorState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  entityType: FeedbackEntityType;
  entitySlug: string;
  permalink: string;
}) {
  const t = useTranslations('Feedback');
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== 'idle') outcomeRef.current?.focus();
  }, [state]);

  if (state.status === 'sent') {
    return (
      <div ref={outcomeRef} tabIndex={-1} role="status" className="space-y-2 rounded border-2 border-brand-700 bg-brand-50 p-4 focus:outline-none">
        <p className="font-semibold text-brand-900">{t('thanks')}</p>
        <a href={permalink} className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t('another')}
        </a>
      </div>
    );
  }

  const values = 'values' in state ? state.values : { field: '', message: '', email: '' };
  const errors = state.status === 'invalid' ? state.errors : {};
  const formError =
    state.status === 'invalid'
      ? t('errorSummary')
      : state.status === 'entity'
        ? t('errors.entity')
        : state.status === 'rate_limited'
          ? t('errors.rateLimited', { minutes: state.retryAfterMinutes })
          : state.status === 'failed'
            ? t('errors.failed')
            : null;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {formError ? (
        <div ref={outcomeRef} tabIndex={-1} role="alert" className="rounded border-2 border-alert-700 bg-alert-50 p-3 font-semibold text-alert-800 focus:outline-none">
          {formError}
        </div>
      ) : null}
      <input type="hidden" name="entityType" value={entityType} />
      <input type="hidden" name="entitySlug" value={entitySlug} />
      <div>
        <label htmlFor="report-field" className="block font-semibold">
          {t('field')}
        </label>
        <select
          id="report-field"
          name="field"
          defaultValue={values.field}
          aria-invalid={errors.field ? true : undefined}
          aria-describedby={errors.field ? 'report-field-error' : undefined}
          className={`${inputClass} bg-white sm:w-auto`}
        >
          <option value="">{t('fieldNone')}</option>
          {FEEDBACK_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`fields.${field}`)}
            </option>
          ))}
        </select>
        {errors.field ? (
          <p id="report-field-error" className="mt-1 text-sm font-semibold text-alert-800">
            {t(`errors.${errors.field}`)}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="report-message" className="block font-semibold">
          {t('message')}
        </label>
        <p id="report-message-hint" className="text-sm text-slate-700">
          {t('messageHint')}
        </p>
        <textarea
          id="report-message"
          name="message"
          rows={4}
          required
          maxLength={FEEDBACK_MESSAGE_MAX}
          defaultValue={values.message}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={errors.message ? 'report-message-error report-message-hint' : 'report-message-hint'}
          className={inputClass}
        />
        {errors.message ? (
          <p id="report-message-error" className="mt-1 text-sm font-semibold text-alert-800">
            {t(`errors.${errors.message}`)}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="report-email" className="block font-semibold">
          {t('email')}
        </label>
        <p id="report-email-hint" className="text-sm text-slate-700">
          {t('emailHint')}
        </p>
        <input
          id="report-email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'report-email-error report-email-hint' : 'report-email-hint'}
          className={`${inputClass} sm:max-w-md`}
        />
        {errors.email ? (
          <p id="report-email-error" className="mt-1 text-sm font-semibold text-alert-800">
            {t(`errors.${errors.email}`)}
          </p>
        ) : null}
      </div>
      {/* A trap for bots: off screen, out of the tab order and hidden from assistive technology. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`report-${HONEYPOT_FIELD}`}>{t('honeypot')}</label>
        <input id={`report-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t('sending') : t('submit')}
      </button>
    </form>
  );
}
