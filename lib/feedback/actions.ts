'use server';

import { headers } from 'next/headers';
import { getDb } from '@/lib/db/client';
import { authConfig } from '@/lib/auth/config';
import { clientAddress } from '@/lib/auth/request';
import { appSecret } from '@/lib/env';
import { consumeRateLimit, rateLimitSubject, type RateLimit } from '@/lib/security/rate-limit';
import { suggestionFormValues, suggestionSchema, type FeedbackErrorCode } from '@/lib/validation/feedback';
import { createSuggestion, findPublishedEntityId } from './suggestions';
import { HONEYPOT_FIELD, type ReportErrorState } from './state';

/** Five reports an hour from one network is plenty for people and little for a flood. */
const SUGGESTION_LIMIT: RateLimit = { name: 'suggestion', limit: 5, windowMs: 60 * 60 * 1000 };
/**
 * All reports together, whoever sends them: the bound on what a flood can store when addresses are not known
 * (no TRUST_PROXY) or are many. Far above the reports a national directory gets in an hour.
 */
const SUGGESTION_SITE_LIMIT: RateLimit = { name: 'suggestion-site', limit: 200, windowMs: 60 * 60 * 1000 };

const DEFAULT_ERROR = { message: 'messageTooShort', email: 'emailInvalid', field: 'fieldInvalid' } as const;
const ERROR_CODES = new Set<string>(['messageTooShort', 'messageTooLong', 'emailInvalid', 'fieldInvalid', 'entity']);

/** Our schema's messages are error codes; anything else (a zod default) falls back to the field's usual one. */
function errorCode(message: string, key: keyof typeof DEFAULT_ERROR): FeedbackErrorCode {
  return ERROR_CODES.has(message) ? (message as FeedbackErrorCode) : DEFAULT_ERROR[key];
}

/**
 * Counts this report against the per-address limit (only when a trusted proxy vouches for the address: a
 * client-sent X-Forwarded-For proves nothing) and against the site-wide one.
 */
async function consumeSuggestionLimits(): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const db = getDb();
  const address = clientAddress(await headers(), authConfig().trustedProxyHops);
  if (address) {
    const own = await consumeRateLimit(db, SUGGESTION_LIMIT, rateLimitSubject(appSecret(), `address:${address}`));
    if (!own.allowed) return own;
  }
  return consumeRateLimit(db, SUGGESTION_SITE_LIMIT, 'all');
}

/**
 * The "report an error" form's action. Never throws to the page: every outcome is a state the form shows
 * (works with and without JavaScript). Bots that fill the hidden field are told "thank you" and nothing is
 * stored; the rate limit counts only reports that would be stored.
 */
export async function submitSuggestion(_previous: ReportErrorState, formData: FormData): Promise<ReportErrorState> {
  const values = suggestionFormValues(formData);
  const kept = { field: values.field, message: values.message.slice(0, 4000), email: values.email.slice(0, 320) };
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return { status: 'sent' };

  const parsed = suggestionSchema.safeParse(values);
  if (!parsed.success) {
    const errors: ReportErrorState & { status: 'invalid' } = { status: 'invalid', errors: {}, values: kept };
    for (const issue of parsed.error.issues) {
      const [key] = issue.path;
      if (key === 'message' || key === 'email' || key === 'field') errors.errors[key] ??= errorCode(issue.message, key);
      else return { status: 'entity' };
    }
    return errors;
  }

  try {
    const entityId = await findPublishedEntityId(parsed.data.entityType, parsed.data.entitySlug);
    if (!entityId) return { status: 'entity' };
    const outcome = await consumeSuggestionLimits();
    if (!outcome.allowed) {
      return { status: 'rate_limited', retryAfterMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)), values: kept };
    }
    await createSuggestion(entityId, parsed.data);
    return { status: 'sent' };
  } catch (error) {
    // The report's text is not logged: it may hold personal data.
    console.error('[feedback] storing a suggestion failed:', error instanceof Error ? error.name : 'unknown error');
    return { status: 'failed', values: kept };
  }
}
