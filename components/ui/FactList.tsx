import type { ReactNode } from 'react';

export interface Fact {
  /** stable key; also used as the term's id suffix */
  key: string;
  term: string;
  value: ReactNode;
  /** in a compact list, put the value under the term across the full width (long or nested values) */
  wide?: boolean;
}

/**
 * Label/value facts as a description list: stacked on a phone, two columns from `sm` up. Facts whose
 * value is null/undefined/false are left out, so callers can list every indicator unconditionally.
 */
export function FactList({
  facts,
  compact = false,
  className,
}: {
  facts: (Fact | null | false | undefined)[];
  /** two columns even on a phone, for short values (a crisis line's cost, languages …) */
  compact?: boolean;
  className?: string;
}) {
  const shown = facts.filter((f): f is Fact => !!f && f.value !== null && f.value !== undefined && f.value !== false);
  if (shown.length === 0) return null;
  const grid = compact ? 'grid-cols-[minmax(5.5rem,max-content)_1fr] gap-x-3 gap-y-2' : 'gap-x-6 gap-y-1 sm:grid-cols-[minmax(9rem,14rem)_1fr]';
  return (
    <dl className={`grid items-baseline ${grid} ${className ?? ''}`}>
      {shown.map((fact) => (
        <div key={fact.key} className="contents">
          <dt className={`font-semibold text-slate-800 ${compact ? (fact.wide ? 'col-span-2' : '') : 'pt-3 sm:pt-2'}`}>{fact.term}</dt>
          <dd className={`min-w-0 text-slate-900 wrap-break-word ${compact ? (fact.wide ? 'col-span-2 -mt-2' : '') : 'sm:pt-2'}`}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
