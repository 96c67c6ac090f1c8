import type { ReactNode } from 'react';

/** A message about the page's last action: a problem is announced at once, a confirmation politely. */
export function Notice({ kind, children }: { kind: 'done' | 'problem'; children: ReactNode }) {
  return kind === 'problem' ? (
    <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {children}
    </p>
  ) : (
    <p role="status" className="rounded border border-brand-700 bg-brand-50 p-3 font-semibold text-brand-900">
      {children}
    </p>
  );
}

/** The first value of a search parameter. */
export const param = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
