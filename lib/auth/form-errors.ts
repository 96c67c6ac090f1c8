import type { z } from 'zod';

/**
 * zod issues → translated messages per field. Issue messages are message keys; `translate` maps one to
 * its text (and should fall back to a generic message for a key it does not know).
 */
export function translatedFieldErrors<Field extends string>(
  error: z.ZodError,
  fields: readonly Field[],
  translate: (key: string) => string,
): Partial<Record<Field, string[]>> {
  const result: Partial<Record<Field, string[]>> = {};
  for (const issue of error.issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (!field) continue;
    const text = translate(issue.message);
    const existing = result[field] ?? [];
    if (!existing.includes(text)) result[field] = [...existing, text];
  }
  return result;
}

/** The string values of a form, without the server action's own fields and without files. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}
