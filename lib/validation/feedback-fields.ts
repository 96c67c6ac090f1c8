// The report form's fixed choices and limits, without zod: the form is a client component, and importing the
// schema module would put zod (≈ 33 kB gzip) into the JavaScript of every entry page.

/** What a public error report can be about: the four kinds of catalogue entry. */
export const FEEDBACK_ENTITY_TYPES = ['service', 'organization', 'municipal_social_service', 'crisis_line'] as const;
export type FeedbackEntityType = (typeof FEEDBACK_ENTITY_TYPES)[number];

/** The part of an entry the report is about (optional). */
export const FEEDBACK_FIELDS = ['name', 'contacts', 'address', 'hours', 'cost', 'access', 'description', 'other'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const FEEDBACK_MESSAGE_MIN = 10;
export const FEEDBACK_MESSAGE_MAX = 2000;

/** Error codes of the form; messages/*.json `Feedback.errors` has a text for each. */
export type FeedbackErrorCode = 'messageTooShort' | 'messageTooLong' | 'emailInvalid' | 'fieldInvalid' | 'entity';
