import type { z } from 'zod';

/**
 * Field errors as message keys of the `FieldErrors` namespace, so the form shows them in the coordinator's
 * language. The dataset schemas already speak in keys ('phone.invalid', 'age.range'); zod's own issues
 * (required, too long, not a choice) are given keys here.
 */
export const FIELD_ERROR_KEYS = [
  'required',
  'invalid',
  'choice.invalid',
  'number.invalid',
  'number.too_small',
  'number.too_big',
  'list.too_short',
  'list.too_long',
  'text.too_long',
  'text.artifact',
  'format.invalid',
  'date.invalid',
  'phone.invalid',
  'email.invalid',
  'url.invalid',
  'slug.invalid',
  'slug.taken',
  'postalCode.invalid',
  'registrationNumber.invalid',
  'time.invalid',
  'time.range',
  'days.not_ascending',
  'schedule.invalid',
  'age.range',
  'availableAfter18.note_without_value',
  'channel.value_not_phone',
  'channel.value_not_sms',
  'channel.value_not_email',
  'channel.value_not_chat',
  'channel.value_not_web',
  'channel.schedule_with_24x7',
  'channel.hours_without_schedule',
  'line.phone_not_a_channel',
  'line.hours_without_schedule',
  'line.24x7_without_channel',
  'reference.unknown',
  'reference.ambiguous',
  'reference.self',
  'reference.duplicate',
] as const;

export type FieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];

const KNOWN_KEYS: ReadonlySet<string> = new Set(FIELD_ERROR_KEYS);

export interface FieldIssue {
  key: FieldErrorKey;
  /** the n-th line or row of a list field, from 1 */
  item?: number;
  /** a limit (maximum length, minimum count) or the value that was not found */
  limit?: number;
  value?: string;
}

/** Errors by form field name: `name`, `phones`, `locations.0.addressLine`. `_form` is the form as a whole. */
export type FieldErrors = Record<string, FieldIssue[]>;

/** Lists whose items are rows of their own inputs: an error names the row's input. */
const ROW_CONTAINERS: ReadonlySet<string> = new Set(['locations', 'channels']);

/** The form field an issue belongs to, and the item of a list it concerns. */
export function fieldOf(path: readonly PropertyKey[]): { field: string; item?: number } {
  const out: string[] = [];
  for (const [i, segment] of path.entries()) {
    if (typeof segment === 'number') {
      const parent = path[i - 1];
      if (typeof parent === 'string' && ROW_CONTAINERS.has(parent) && i < path.length - 1) {
        out.push(String(segment));
        continue;
      }
      return { field: out.join('.') || '_form', item: segment + 1 };
    }
    out.push(String(segment));
  }
  return { field: out.join('.') || '_form' };
}

/** Patterns without a message of their own in the dataset schemas, named by the field they check. */
const FORMAT_KEY_OF_FIELD: Readonly<Record<string, FieldErrorKey>> = {
  registrationNumber: 'registrationNumber.invalid',
  postalCode: 'postalCode.invalid',
  schedule: 'schedule.invalid',
};

function keyOf(issue: z.core.$ZodIssue): Pick<FieldIssue, 'key' | 'limit'> {
  if (KNOWN_KEYS.has(issue.message)) {
    const limit = issue.code === 'too_big' ? Number(issue.maximum) : issue.code === 'too_small' ? Number(issue.minimum) : undefined;
    return { key: issue.message as FieldErrorKey, ...(limit === undefined ? {} : { limit }) };
  }
  const last = issue.path.at(-1);
  const fieldKey = typeof last === 'string' ? FORMAT_KEY_OF_FIELD[last] : undefined;
  if (fieldKey && (issue.code === 'invalid_format' || (issue.code === 'invalid_type' && issue.input !== undefined))) return { key: fieldKey };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { key: 'required' };
      return { key: issue.expected === 'number' || issue.expected === 'int' ? 'number.invalid' : 'invalid' };
    case 'too_small':
      if (issue.origin === 'string') return { key: 'required' };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'list.too_short', limit: Number(issue.minimum) };
      return { key: 'number.too_small', limit: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'text.too_long', limit: Number(issue.maximum) };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'list.too_long', limit: Number(issue.maximum) };
      return { key: 'number.too_big', limit: Number(issue.maximum) };
    case 'invalid_value':
      return { key: 'choice.invalid' };
    case 'invalid_format':
      return { key: issue.format === 'date' ? 'date.invalid' : issue.format === 'email' ? 'email.invalid' : 'format.invalid' };
    default:
      return { key: 'invalid' };
  }
}

/**
 * Parses form input with an admin schema. Issues carry their input (`reportInput`), which tells a missing
 * value ("required") from a wrong one.
 */
export function parseFormInput<T extends z.ZodType>(schema: T, input: unknown): { success: true; data: z.output<T> } | { success: false; fieldErrors: FieldErrors } {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { success: true, data: result.data } : { success: false, fieldErrors: fieldErrorsOf(result.error) };
}

/** Field errors of a failed parse. Only the first issue per field and item is kept: one message at a time. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const { field, item } = fieldOf(issue.path);
    const mapped: FieldIssue = { ...keyOf(issue), ...(item === undefined ? {} : { item }) };
    const list = (errors[field] ??= []);
    if (!list.some((existing) => existing.item === mapped.item)) list.push(mapped);
  }
  return errors;
}

export function addFieldError(errors: FieldErrors, field: string, issue: FieldIssue): FieldErrors {
  return { ...errors, [field]: [...(errors[field] ?? []), issue] };
}
