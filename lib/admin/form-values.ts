import type { FormObject, FormValue } from '@/lib/validation/admin/form-data';
import { formatPhoneLines } from '@/lib/validation/admin/input';
import { formatSchedule } from '@/lib/validation/admin/schedule';
import type { WeeklyOpening } from '@/lib/validation/dataset/crisis-line';

/**
 * An entry's values as its form shows them: the inverse of the admin schemas' reading of a form. Phones become
 * lines, schedules "1-5 09:00-17:00", checkboxes "on", yes/no/unknown "yes" | "no" | "", and references to
 * other entries the names people recognise (the form accepts a name or a slug).
 */

/** Fields that are yes / no / not stated. */
const TRI_STATE = new Set(['availableAfter18', 'freeOfCharge']);

export interface ReferenceNames {
  /** slug → name, per reference field (providers, complementaryServices, organization) */
  [field: string]: ReadonlyMap<string, string>;
}

const isPhoneList = (value: unknown[]): value is { number: string; description?: string }[] =>
  value.every((v) => typeof v === 'object' && v !== null && 'number' in v);

function row(value: Record<string, unknown>): FormObject {
  const out: FormObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null || v === false) continue;
    if (v === true) out[key] = 'on';
    else if (key === 'phones' && Array.isArray(v) && isPhoneList(v)) out[key] = formatPhoneLines(v);
    else if (key === 'schedule' && Array.isArray(v)) out[key] = formatSchedule(v as WeeklyOpening[]);
    else if (typeof v === 'string' || typeof v === 'number') out[key] = String(v);
  }
  return out;
}

export function toFormObject(values: Record<string, unknown>, references: ReferenceNames = {}): FormObject {
  const out: FormObject = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const names = references[field];
    let formValue: FormValue | undefined;
    if (TRI_STATE.has(field)) formValue = value === true ? 'yes' : value === false ? 'no' : '';
    else if (typeof value === 'boolean') formValue = value ? 'on' : undefined;
    else if (typeof value === 'number') formValue = String(value);
    else if (typeof value === 'string') formValue = names?.get(value) ?? value;
    else if (Array.isArray(value)) {
      if (field === 'phones' && isPhoneList(value)) formValue = formatPhoneLines(value);
      else if (value.every((v) => typeof v === 'string')) formValue = (value as string[]).map((v) => names?.get(v) ?? v);
      else formValue = value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null).map(row);
    }
    if (formValue !== undefined) out[field] = formValue;
  }
  return out;
}
