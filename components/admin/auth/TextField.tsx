import type { HTMLInputTypeAttribute } from 'react';

interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  maxLength?: number;
}

/** A labelled input with its hint and errors tied to it for screen readers. Works in server and client components. */
export function TextField({ id, name, label, type = 'text', autoComplete, defaultValue, hint, errors, required, maxLength }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-500 px-3 py-2 aria-[invalid=true]:border-red-700"
      />
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
