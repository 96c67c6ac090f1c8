import type { FeedbackErrorCode } from '@/lib/validation/feedback-fields';

/** The hidden field that people never see and bots fill in. */
export const HONEYPOT_FIELD = 'website';

/** What the user typed, kept so a form shown again (also without JavaScript) does not lose it. */
export interface ReportErrorValues {
  field: string;
  message: string;
  email: string;
}

/** Every outcome of the report form; the component shows a translated text for each. */
export type ReportErrorState =
  | { status: 'idle' }
  | { status: 'sent' }
  | { status: 'invalid'; errors: Partial<Record<'field' | 'message' | 'email', FeedbackErrorCode>>; values: ReportErrorValues }
  | { status: 'rate_limited'; retryAfterMinutes: number; values: ReportErrorValues }
  | { status: 'entity' }
  | { status: 'failed'; values: ReportErrorValues };
