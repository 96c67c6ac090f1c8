'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldErrors, FieldIssue } from '@/lib/validation/admin/errors';
import type { FormObject, FormValue } from '@/lib/validation/admin/form-data';
import type { FieldSpec } from './form-spec';

/** The inputs of an admin entry form, drawn from a FieldSpec with the values to show and their errors. */

const inputClass = 'mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

function asString(value: FormValue | undefined): string {
  if (typeof value === 'string') return value;
  const first: unknown = Array.isArray(value) ? value[0] : undefined;
  return typeof first === 'string' ? first : '';
}

function asStrings(value: FormValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  const list: unknown[] = Array.isArray(value) ? value : [];
  return list.filter((v): v is string => typeof v === 'string');
}

function asRows(value: FormValue | undefined): FormObject[] {
  const list: unknown[] = Array.isArray(value) ? value : [];
  return list.filter((v): v is FormObject => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** One field's errors in the coordinator's language. */
export function useIssueText() {
  const t = useTranslations('FieldErrors');
  return (issue: FieldIssue) => {
    const message = t(issue.key, { limit: issue.limit ?? 0, value: issue.value ?? '' });
    return issue.item === undefined ? message : `${t('item', { item: issue.item })} ${message}`;
  };
}

function ErrorText({ id, issues }: { id: string; issues: FieldIssue[] | undefined }) {
  const text = useIssueText();
  if (!issues?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {issues.map(text).join(' ')}
    </p>
  );
}

function Label({ spec, htmlFor }: { spec: FieldSpec; htmlFor: string }) {
  const t = useTranslations('AdminForms');
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {spec.label}
      {spec.required ? <span className="font-normal text-slate-600"> ({t('required')})</span> : null}
    </label>
  );
}

function describedBy(spec: FieldSpec, id: string, issues: FieldIssue[] | undefined) {
  return [spec.hint ? `${id}-hint` : null, issues?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Hint({ spec, id }: { spec: FieldSpec; id: string }) {
  return spec.hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-600">
      {spec.hint}
    </p>
  ) : null;
}

interface FieldProps {
  spec: FieldSpec;
  /** the form name: the spec's name, or `locations.0.city` inside a row */
  name: string;
  values: FormObject;
  errors: FieldErrors;
}

export function Field({ spec, name, values, errors }: FieldProps) {
  const id = fieldId(name);
  const issues = errors[name];
  const value = values[spec.name];
  const aria = { 'aria-invalid': issues?.length ? true : undefined, 'aria-describedby': describedBy(spec, id, issues) } as const;

  switch (spec.type) {
    case 'line':
    case 'email':
    case 'url':
    case 'phone':
    case 'number':
    case 'date':
      return (
        <div>
          <Label spec={spec} htmlFor={id} />
          <Hint spec={spec} id={id} />
          {spec.suggestions ? (
            <datalist id={`${id}-options`}>
              {spec.suggestions.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          ) : null}
          <input
            id={id}
            name={name}
            list={spec.suggestions ? `${id}-options` : undefined}
            type={spec.type === 'date' ? 'date' : 'text'}
            inputMode={spec.type === 'email' ? 'email' : spec.type === 'url' ? 'url' : spec.type === 'phone' ? 'tel' : spec.type === 'number' ? 'numeric' : undefined}
            autoComplete="off"
            defaultValue={asString(value)}
            maxLength={spec.maxLength}
            className={spec.type === 'number' ? `${inputClass} max-w-32` : inputClass}
            {...aria}
          />
          <ErrorText id={`${id}-error`} issues={issues} />
        </div>
      );
    case 'text':
    case 'phones':
      return (
        <div>
          <Label spec={spec} htmlFor={id} />
          <Hint spec={spec} id={id} />
          <textarea id={id} name={name} rows={spec.type === 'text' ? (spec.rows ?? 4) : 3} defaultValue={asString(value)} className={inputClass} {...aria} />
          <ErrorText id={`${id}-error`} issues={issues} />
        </div>
      );
    case 'select':
    case 'triState': {
      const options =
        spec.type === 'select'
          ? [{ value: '', label: spec.emptyLabel ?? '—' }, ...spec.options]
          : [
              { value: '', label: spec.unknown },
              { value: 'yes', label: spec.yes },
              { value: 'no', label: spec.no },
            ];
      return (
        <div>
          <Label spec={spec} htmlFor={id} />
          <Hint spec={spec} id={id} />
          <select id={id} name={name} defaultValue={asString(value)} className={inputClass} {...aria}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <ErrorText id={`${id}-error`} issues={issues} />
        </div>
      );
    }
    case 'checkbox':
      return (
        <div>
          <div className="flex min-h-11 items-center gap-2">
            <input id={id} name={name} type="checkbox" defaultChecked={asString(value) === 'on'} className="h-5 w-5" {...aria} />
            <label htmlFor={id} className="font-semibold">
              {spec.label}
            </label>
          </div>
          <Hint spec={spec} id={id} />
          <ErrorText id={`${id}-error`} issues={issues} />
        </div>
      );
    case 'checkboxes':
    case 'groupedCheckboxes': {
      const chosen = new Set(asStrings(value));
      const groups = spec.type === 'checkboxes' ? [{ label: '', options: spec.options }] : spec.groups;
      return (
        <fieldset aria-describedby={describedBy(spec, id, issues)} aria-invalid={issues?.length ? true : undefined}>
          <legend className="font-semibold">{spec.label}</legend>
          <Hint spec={spec} id={id} />
          {groups.map((group) => (
            <div key={group.label} className="mt-1">
              {group.label ? <p className="mt-2 text-sm font-semibold text-slate-700">{group.label}</p> : null}
              <ul className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
                {group.options.map((o) => (
                  <li key={o.value} className="flex min-h-9 items-center gap-2">
                    <input id={`${id}-${o.value}`} name={name} type="checkbox" value={o.value} defaultChecked={chosen.has(o.value)} className="h-5 w-5" />
                    <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <ErrorText id={`${id}-error`} issues={issues} />
        </fieldset>
      );
    }
    case 'references':
      return <ReferenceInputs spec={spec} name={name} values={asStrings(value)} issues={issues} />;
    case 'rows':
      return <Rows spec={spec} name={name} rows={asRows(value)} errors={errors} />;
  }
}

/** One input per referenced entry, with the catalogue's names offered as the coordinator types. */
function ReferenceInputs({ spec, name, values, issues }: { spec: Extract<FieldSpec, { type: 'references' }>; name: string; values: string[]; issues: FieldIssue[] | undefined }) {
  const t = useTranslations('AdminForms');
  const id = fieldId(name);
  const [count, setCount] = useState(values.length + (spec.blankRows ?? 2));
  const listId = `${id}-options`;
  return (
    <fieldset aria-describedby={describedBy(spec, id, issues)}>
      <legend className="font-semibold">{spec.label}</legend>
      <Hint spec={spec} id={id} />
      <datalist id={listId}>
        {spec.options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <ol className="mt-1 space-y-2">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <input
              name={name}
              list={listId}
              aria-label={`${spec.label} ${i + 1}`}
              aria-invalid={issues?.some((issue) => issue.item === i + 1) ? true : undefined}
              defaultValue={values[i] ?? ''}
              autoComplete="off"
              className={inputClass}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => setCount((c) => c + 1)} className="mt-2 min-h-11 rounded border border-slate-500 px-3 py-2 text-sm font-semibold hover:bg-slate-100">
        {t('addReference')}
      </button>
      <ErrorText id={`${id}-error`} issues={issues} />
    </fieldset>
  );
}

/** Rows of their own inputs (places, channels): the stored rows, blank ones to fill, and a remove box per row. */
function Rows({ spec, name, rows, errors }: { spec: Extract<FieldSpec, { type: 'rows' }>; name: string; rows: FormObject[]; errors: FieldErrors }) {
  const [count, setCount] = useState(rows.length + (spec.blankRows ?? 1));
  const id = fieldId(name);
  const issues = errors[name];
  return (
    <fieldset aria-describedby={describedBy(spec, id, issues)}>
      <legend className="text-lg font-semibold">{spec.label}</legend>
      <Hint spec={spec} id={id} />
      <ErrorText id={`${id}-error`} issues={issues} />
      <ol className="mt-2 space-y-4">
        {Array.from({ length: count }, (_, i) => {
          const rowValues = rows[i] ?? {};
          return (
            <li key={i} className="rounded border border-slate-300 p-3">
              <fieldset className="space-y-3">
                <legend className="font-semibold">{`${spec.rowLabel} ${i + 1}`}</legend>
                {spec.row.map((sub) => (
                  <Field key={sub.name} spec={sub} name={`${name}.${i}.${sub.name}`} values={rowValues} errors={errors} />
                ))}
                {rows[i] ? (
                  <div className="flex min-h-11 items-center gap-2">
                    <input id={`${id}-${i}-remove`} name={`${name}.${i}.remove`} type="checkbox" className="h-5 w-5" />
                    <label htmlFor={`${id}-${i}-remove`}>{spec.removeLabel}</label>
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => setCount((c) => c + 1)} className="mt-2 min-h-11 rounded border border-slate-500 px-3 py-2 text-sm font-semibold hover:bg-slate-100">
        {spec.addLabel}
      </button>
    </fieldset>
  );
}
