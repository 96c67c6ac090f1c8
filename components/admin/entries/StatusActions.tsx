import { getTranslations } from 'next-intl/server';
import type { EntryStatus } from '@/lib/generated/prisma/enums';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { isVerifiable } from '@/lib/catalogue/lifecycle';

type Transition = 'publish' | 'archive' | 'restore' | 'verify';

/** The buttons a status allows; each sends the version shown, so a stale page cannot overwrite a newer state. */
function transitionsFor(status: EntryStatus, verifiable: boolean): Transition[] {
  const verify: Transition[] = verifiable ? ['verify'] : [];
  if (status === 'draft') return ['publish', ...verify, 'archive'];
  if (status === 'published') return [...verify, 'archive'];
  return ['restore'];
}

const LOOK: Record<Transition, string> = {
  publish: 'bg-brand-700 text-white hover:bg-brand-800',
  verify: 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50',
  archive: 'border border-red-800 bg-white text-red-800 hover:bg-red-50',
  restore: 'border border-slate-500 bg-white text-slate-900 hover:bg-slate-100',
};

export async function StatusActions({
  kind,
  entry,
  action,
}: {
  kind: CatalogueKind;
  entry: { id: string; version: number; status: EntryStatus };
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations('AdminEntries');
  return (
    <div aria-label={t('actions.heading')} role="group" className="flex flex-wrap gap-3">
      {transitionsFor(entry.status, isVerifiable(kind)).map((transition) => (
        <form key={transition} action={action}>
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
          <input type="hidden" name="transition" value={transition} />
          <button type="submit" className={`min-h-11 rounded px-4 py-2 font-semibold ${LOOK[transition]}`}>
            {t(`actions.${transition}`)}
          </button>
        </form>
      ))}
    </div>
  );
}
