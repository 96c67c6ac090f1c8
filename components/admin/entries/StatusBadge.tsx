import type { EntryStatus } from '@/lib/generated/prisma/enums';

const LOOK: Record<EntryStatus, string> = {
  draft: 'border-amber-600 bg-amber-50 text-amber-900',
  published: 'border-brand-700 bg-brand-50 text-brand-900',
  archived: 'border-slate-500 bg-slate-100 text-slate-800',
};

/** An entry's status as a labelled badge (text, not colour alone). */
export function StatusBadge({ status, label }: { status: EntryStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${LOOK[status]}`}>{label}</span>;
}
