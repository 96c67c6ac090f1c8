import type { ReactNode } from 'react';

/** A titled part of an entry page: an h2 the section is labelled by. */
export function Section({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`space-y-3 border-t border-slate-200 pt-6 ${className ?? ''}`}>
      <h2 id={`${id}-heading`} className="text-xl font-bold text-slate-900 sm:text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
