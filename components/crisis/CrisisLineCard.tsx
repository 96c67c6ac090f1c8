import type { CrisisLineEntry } from '@/lib/db/entries';
import { Link } from '@/lib/i18n/navigation';
import { EndedNotice } from '@/components/ui/EntryProvenance';
import { CrisisLineCall, CrisisLineFacts } from './CrisisLineDetails';

/** One line in the list: its name (linked to its page), the number to call, whether it answers now, the facts. */
export function CrisisLineCard({ line, now }: { line: CrisisLineEntry; now: Date }) {
  const headingId = `line-${line.slug}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`space-y-3 rounded-lg border p-4 break-inside-avoid ${line.isEmergency ? 'border-alert-700/40 bg-alert-50' : 'border-slate-200'}`}
    >
      <h3 id={headingId} className="text-lg font-semibold">
        <Link href={`/crisis-lines/${line.slug}`} lang="lv" className="inline-flex min-h-11 items-center text-slate-900 underline decoration-slate-400 hover:decoration-slate-900">
          {line.name}
        </Link>
      </h3>
      <EndedNotice validUntil={line.validUntil} now={now} kind="line" />
      <CrisisLineCall line={line} now={now} />
      <CrisisLineFacts line={line} now={now} compact />
    </article>
  );
}
