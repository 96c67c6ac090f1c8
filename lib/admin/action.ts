import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { requireRole, type CurrentUser } from '@/lib/auth/guard';
import type { EntryRef } from '@/lib/catalogue/entry-kinds';
import type { WriteResult } from '@/lib/catalogue/entry-writes';
import { parseFormInput, type FieldErrors } from '@/lib/validation/admin/errors';
import { formDataToObject } from '@/lib/validation/admin/form-data';
import { entryRefSchema, suggestionRefSchema } from '@/lib/validation/admin/entry-ref';
import type { EntryFormState } from './entry-form-state';

/**
 * Server actions of the admin area. Each one first calls the guard (`requireRole('editor')`), then parses the
 * FormData with a zod schema, and only then runs its body with typed input and the user.
 */

/** A button's action (publish, archive, review…): input that fails its schema was not sent by our form, so 404. */
export function editorAction<S extends z.ZodType>(schema: S, body: (input: z.output<S>, user: CurrentUser) => Promise<void>) {
  return async (formData: FormData): Promise<void> => {
    const user = await requireRole('editor');
    const parsed = parseFormInput(schema, formDataToObject(formData));
    if (!parsed.success) notFound();
    await body(parsed.data, user);
  };
}

/** The admin path of the current locale: `/lv/admin/services/…`. */
export async function adminPath(path: `/admin${string}`): Promise<string> {
  return `/${await getLocale()}${path}`;
}

interface EntryFormOptions<V> {
  schema: z.ZodType<V>;
  /** create: no id and version; update: both required */
  mode: 'create' | 'update';
  save(input: { user: CurrentUser; values: V; ref: EntryRef | null; suggestionId: string | undefined }): Promise<WriteResult<V>>;
  /** where to go after a successful save */
  savedPath(result: { id: string }): `/admin${string}`;
}

/**
 * The action of an entry's create or edit form. Refusals come back as state with the sent values; a successful
 * save redirects to the entry's page (so a reload never sends the form twice).
 */
export function entryFormAction<V>(options: EntryFormOptions<V>) {
  return async (previous: EntryFormState, formData: FormData): Promise<EntryFormState> => {
    const user = await requireRole('editor');
    const raw = formDataToObject(formData);
    const ref = options.mode === 'update' ? entryRefSchema.safeParse(raw) : null;
    if (ref && !ref.success) return { ...previous, attempt: previous.attempt + 1, outcome: 'not_found', values: raw };
    const suggestion = suggestionRefSchema.safeParse(raw);
    const values = parseFormInput(options.schema, raw);
    const refused = (outcome: EntryFormState['outcome'], fieldErrors: FieldErrors = {}): EntryFormState => ({
      attempt: previous.attempt + 1,
      outcome,
      fieldErrors,
      values: raw,
      version: ref?.data?.version ?? null,
      conflict: null,
    });
    if (!values.success) return refused('invalid', values.fieldErrors);

    const result = await options.save({
      user,
      values: values.data,
      ref: ref?.data ?? null,
      suggestionId: suggestion.success ? suggestion.data.suggestionId : undefined,
    });
    if (result.ok) redirect(`${await adminPath(options.savedPath(result))}?saved=1`);
    switch (result.reason) {
      case 'invalid':
        return refused('invalid', result.fieldErrors);
      case 'conflict':
        return {
          ...refused('conflict'),
          version: result.current.version,
          conflict: { differences: result.differences, currentVersion: result.current.version, currentStatus: result.current.status },
        };
      case 'not_found':
        return refused('not_found');
      default:
        return refused('error');
    }
  };
}
