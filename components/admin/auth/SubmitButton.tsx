'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';

/** Disabled while its form is being sent, so a double click sends once. Without JavaScript, a plain button. */
export function SubmitButton({ children, variant = 'primary' }: { children: ReactNode; variant?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus();
  const look = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-slate-500 bg-white text-slate-900 hover:bg-slate-100',
    danger: 'bg-red-800 text-white hover:bg-red-900',
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`min-h-11 rounded px-4 py-2 font-semibold disabled:opacity-60 ${look}`}>
      {children}
    </button>
  );
}
