import { z } from 'zod';
import { slug } from './common';
import { FEEDBACK_ENTITY_TYPES, FEEDBACK_FIELDS, FEEDBACK_MESSAGE_MAX, FEEDBACK_MESSAGE_MIN } from './feedback-fields';

export * from './feedback-fields';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A public error report as submitted by the form. Line ends are normalised, so length counts as the browser counts. */
export const suggestionSchema = z.object({
  entityType: z.enum(FEEDBACK_ENTITY_TYPES, { error: 'entity' }),
  entitySlug: slug,
  field: z
    .union([z.literal(''), z.enum(FEEDBACK_FIELDS)], { error: 'fieldInvalid' })
    .transform((value) => (value === '' ? null : value)),
  message: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(FEEDBACK_MESSAGE_MIN, { error: 'messageTooShort' })
        .max(FEEDBACK_MESSAGE_MAX, { error: 'messageTooLong' }),
    ),
  email: z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), z.email({ error: 'emailInvalid' }).max(254, { error: 'emailInvalid' })], { error: 'emailInvalid' }))
    .transform((value) => (value === '' ? null : value.toLowerCase())),
});

export type SuggestionInput = z.output<typeof suggestionSchema>;

/** The form's fields as strings (a File or a missing field counts as empty). */
export function suggestionFormValues(formData: FormData) {
  return {
    entityType: text(formData.get('entityType')),
    entitySlug: text(formData.get('entitySlug')),
    field: text(formData.get('field')),
    message: text(formData.get('message')),
    email: text(formData.get('email')),
  };
}
