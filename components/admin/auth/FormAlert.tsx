import type { ReactNode } from 'react';

/** A message about the whole form or page: errors are announced at once, notices politely. */
export function FormAlert({ kind, children }: { kind: 'error' | 'notice'; children: ReactNode }) {
  return kind === 'error' ? (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {children}
    </p>
  ) : (
    <p role="status" className="rounded border border-brand-700 bg-brand-50 p-3 text-brand-900">
      {children}
    </p>
  );
}
