'use client';

import { useActionState, useEffect, useRef } from 'react';
import { initialEntryFormState, type EntryFormState } from '@/lib/admin/entry-form-state';
import type { FormObject } from '@/lib/validation/admin/form-data';
import { Field, fieldId, useIssueText } from './FormFields';
import type { EntryFormLabels, FormSection, ValueLabels } from './form-spec';
import { ValueView } from './ValueView';

interface EntryFormProps {
  action: (state: EntryFormState, formData: FormData) => Promise<EntryFormState>;
  sections: FormSection[];
  /** the stored values as the form shows them */
  initialValues: FormObject;
  /** id and version of an existing entry; absent when creating */
  entry?: { id: string; version: number };
  suggestionId?: string;
  labels: EntryFormLabels;
  valueLabels: ValueLabels;
  /** the page itself, to start again from the saved values */
  reloadHref: string;
}

/**
 * An admin entry form. The server action checks and saves it; a refusal comes back with exactly what was sent,
 * so nothing typed is ever lost: field errors next to their fields, or — when someone else saved the entry in
 * the meantime — the fields that differ, side by side, and the form ready to save again over the new version.
 */
export function EntryForm({ action, sections, initialValues, entry, suggestionId, labels, valueLabels, reloadHref }: EntryFormProps) {
  const [state, formAction, pending] = useActionState(action, initialEntryFormState(entry?.version ?? null));
  const values = state.values ?? initialValues;
  const alertRef = useRef<HTMLDivElement>(null);
  const issueText = useIssueText();

  useEffect(() => {
    if (state.attempt > 0) alertRef.current?.focus();
  }, [state.attempt]);

  const errorFields = Object.keys(state.fieldErrors);

  return (
    <form action={formAction} noValidate key={state.attempt} className="space-y-6">
      <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
        {state.outcome === 'invalid' ? (
          <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{labels.invalid}</p>
            <ul className="mt-1 list-disc pl-5">
              {errorFields.map((field) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`} className="underline">
                    {valueLabels.fields[field.replace(/^\w+\.\d+\./, '')] ?? field}
                  </a>
                  : {state.fieldErrors[field]?.map(issueText).join(' ')}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.outcome === 'not_found' ? (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
            {labels.notFound}
          </p>
        ) : null}
        {state.outcome === 'error' ? (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
            {labels.error}
          </p>
        ) : null}
        {state.outcome === 'conflict' && state.conflict ? (
          <section role="alert" aria-labelledby="conflict-title" data-testid="conflict" className="space-y-3 rounded border-2 border-amber-600 bg-amber-50 p-4">
            <h2 id="conflict-title" className="text-lg font-bold">
              {labels.conflictTitle}
            </h2>
            <p>{labels.conflictText}</p>
            {state.conflict.differences.length > 0 ? (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-amber-600">
                      <th scope="col" className="p-2">
                        {labels.conflictField}
                      </th>
                      <th scope="col" className="p-2">
                        {labels.conflictYours}
                      </th>
                      <th scope="col" className="p-2">
                        {labels.conflictCurrent}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.conflict.differences.map((d) => (
                      <tr key={d.field} className="border-b border-amber-200 align-top">
                        <th scope="row" className="p-2 font-semibold">
                          {valueLabels.fields[d.field] ?? d.field}
                        </th>
                        <td className="p-2">
                          <ValueView field={d.field} value={d.yours} labels={valueLabels} />
                        </td>
                        <td className="p-2">
                          <ValueView field={d.field} value={d.current} labels={valueLabels} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            <p className="font-semibold">{labels.conflictAgain}</p>
            <p>
              <a href={reloadHref} className="font-semibold text-brand-800 underline">
                {labels.conflictReload}
              </a>
            </p>
          </section>
        ) : null}
      </div>

      {entry ? (
        <>
          <input type="hidden" name="id" value={entry.id} />
          {/* The version this form started from; after a conflict the one saved now, so that saving again (having
              seen the differences) succeeds. The page remounts the form whenever the stored version changes. */}
          <input type="hidden" name="version" value={state.version ?? entry.version} />
        </>
      ) : null}
      {suggestionId ? <input type="hidden" name="suggestionId" value={suggestionId} /> : null}

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="space-y-4 rounded-lg border border-slate-200 p-4">
          <h2 id={`section-${section.id}`} className="text-xl font-bold">
            {section.title}
          </h2>
          {section.fields.map((spec) => (
            <Field key={spec.name} spec={spec} name={spec.name} values={values} errors={state.fieldErrors} />
          ))}
        </section>
      ))}

      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-3">
        <button type="submit" disabled={pending} className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? labels.saving : labels.save}
        </button>
      </div>
    </form>
  );
}
