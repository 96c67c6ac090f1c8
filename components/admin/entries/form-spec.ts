/**
 * The description of an entry form that a server page builds (with translated labels) and the client form
 * draws. Field names are those of the admin schemas (lib/validation/admin).
 */
export interface Option {
  value: string;
  label: string;
}

interface BaseField {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}

export type FieldSpec =
  | (BaseField & { type: 'line' | 'email' | 'url' | 'date' | 'number' | 'phone'; maxLength?: number; suggestions?: string[] })
  | (BaseField & { type: 'text'; rows?: number })
  | (BaseField & { type: 'select'; options: Option[]; emptyLabel?: string })
  | (BaseField & { type: 'triState'; yes: string; no: string; unknown: string })
  | (BaseField & { type: 'checkbox' })
  | (BaseField & { type: 'checkboxes'; options: Option[] })
  | (BaseField & { type: 'groupedCheckboxes'; groups: { label: string; options: Option[] }[] })
  | (BaseField & { type: 'phones' })
  | (BaseField & { type: 'references'; options: string[]; blankRows?: number })
  | (BaseField & { type: 'rows'; row: FieldSpec[]; rowLabel: string; addLabel: string; removeLabel: string; blankRows?: number });

export interface FormSection {
  id: string;
  title: string;
  fields: FieldSpec[];
}

/** Labels the form needs besides its fields'. */
export interface EntryFormLabels {
  save: string;
  saving: string;
  invalid: string;
  notFound: string;
  error: string;
  conflictTitle: string;
  conflictText: string;
  conflictField: string;
  conflictYours: string;
  conflictCurrent: string;
  conflictAgain: string;
  conflictReload: string;
}

/** For showing stored values (differences, history): field names and value names. */
export interface ValueLabels {
  fields: Record<string, string>;
  values: Record<string, Record<string, string>>;
  yes: string;
  no: string;
  empty: string;
  confidential: string;
  always: string;
}
