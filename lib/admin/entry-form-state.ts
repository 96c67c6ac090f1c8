import type { FieldErrors } from '@/lib/validation/admin/errors';
import type { FormObject } from '@/lib/validation/admin/form-data';

/**
 * What an entry form's server action answers (useActionState). Input is never lost: when the save is refused
 * the form is shown again with exactly what was sent (`values`), with field errors or, on a conflict, the
 * fields where the saved entry now differs.
 */
export interface EntryFormState {
  /** counts answers, so the form is drawn afresh with the returned values */
  attempt: number;
  outcome: 'idle' | 'invalid' | 'conflict' | 'not_found' | 'error';
  fieldErrors: FieldErrors;
  /** what was sent, to show again; null: the values the page loaded */
  values: FormObject | null;
  /** the version the next save starts from (after a conflict: the current one) */
  version: number | null;
  conflict: {
    differences: { field: string; yours: unknown; current: unknown }[];
    currentVersion: number;
    currentStatus: string;
  } | null;
}

export const initialEntryFormState = (version: number | null): EntryFormState => ({
  attempt: 0,
  outcome: 'idle',
  fieldErrors: {},
  values: null,
  version,
  conflict: null,
});
