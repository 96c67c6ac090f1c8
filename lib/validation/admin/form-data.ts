/**
 * FormData as a plain object for the admin schemas. A name given once is a string, a name given several times
 * (checkboxes, rows of inputs) is a list, and dotted names with numbers make rows:
 * `locations.0.name=…&locations.0.phones=…` → `{ locations: [{ name, phones }] }`.
 * Next.js' own fields (`$ACTION_…`) and uploaded files are left out.
 */
export type FormValue = string | string[] | FormObject | FormValue[];
export interface FormObject {
  [key: string]: FormValue;
}

/** Rows beyond this index are ignored: no form shows that many, and it bounds the work a request can cause. */
const MAX_ROW_INDEX = 200;
const SAFE_SEGMENT = /^(?:[A-Za-z][A-Za-z0-9_]{0,63}|\d{1,3})$/;

export function formDataToObject(formData: FormData): FormObject {
  const root: FormObject = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$')) continue;
    const segments = key.split('.');
    if (segments.length > 4 || !segments.every((s) => SAFE_SEGMENT.test(s))) continue;
    if (segments.some((s) => /^\d+$/.test(s) && Number(s) > MAX_ROW_INDEX)) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    if (values.length === 0) continue;
    setPath(root, segments, values.length === 1 ? (values[0] as string) : values);
  }
  return rowsToArrays(root) as FormObject;
}

function setPath(target: FormObject, segments: string[], value: FormValue) {
  let node = target;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as FormObject;
  });
}

/** Objects whose keys are all row numbers become lists in row order. */
function rowsToArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, rowsToArrays(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
