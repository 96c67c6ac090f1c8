import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { adminEntryPath } from '@/lib/admin/entry-routes';
import { listEntryHistory, type HistoryEntry } from '@/lib/catalogue/audit';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { loadFormOptions } from '@/lib/catalogue/form-options';
import { entryFields, loadEntry } from '@/lib/catalogue/lifecycle';
import { getDb } from '@/lib/db/client';
import { Link } from '@/lib/i18n/navigation';
import { valueLabels } from './form-sections';
import { Notice, param } from './Notice';
import { ValueView } from './ValueView';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTRY_ACTIONS = ['create', 'update', 'publish', 'archive', 'restore', 'verify', 'restore_version'] as const;
const IMPORT_ACTIONS = ['create', 'update'] as const;
const PROBLEMS = { conflict: 'conflict', not_allowed: 'notAllowed', not_found: 'notFound', invalid: 'invalid' } as const;

/**
 * The audit trail of one entry, newest first: who, when, what changed (before → after). Every stored state can
 * be made current again; that is itself a new, audited change, refused if the entry changed meanwhile.
 */
export async function EntryHistoryView({
  kind,
  id,
  searchParams,
  restoreAction,
}: {
  kind: CatalogueKind;
  id: string;
  searchParams: Record<string, string | string[] | undefined>;
  restoreAction: (formData: FormData) => Promise<void>;
}) {
  if (!UUID.test(id)) notFound();
  const db = getDb();
  const entry = await loadEntry(db, kind, id);
  if (!entry) notFound();
  const [history, options, t, tEntries, format] = await Promise.all([
    listEntryHistory(db, kind, id, entryFields(kind)),
    loadFormOptions(db),
    getTranslations('AdminHistory'),
    getTranslations('AdminEntries'),
    getFormatter(),
  ]);
  const labels = await valueLabels(options);
  const problemParam = param(searchParams.problem);
  const problem = problemParam && problemParam in PROBLEMS ? PROBLEMS[problemParam as keyof typeof PROBLEMS] : undefined;

  const actionName = (action: string) => {
    const [scope, name] = action.split('.');
    if (scope === 'entry') {
      const known = ENTRY_ACTIONS.find((a) => a === name);
      if (known) return t(`actions.entry.${known}`);
    }
    if (scope === 'import') {
      const known = IMPORT_ACTIONS.find((a) => a === name);
      if (known) return t(`actions.import.${known}`);
    }
    return t('actions.other');
  };

  const restoreButton = (row: HistoryEntry, side: 'before' | 'after') => (
    <form action={restoreAction}>
      <input type="hidden" name="id" value={entry.id} />
      <input type="hidden" name="version" value={entry.version} />
      <input type="hidden" name="auditId" value={row.id} />
      <input type="hidden" name="side" value={side} />
      <button type="submit" className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-100">
        {side === 'after' ? t('restoreAfter') : t('restoreBefore')}
      </button>
    </form>
  );

  return (
    <div className="space-y-6">
      <p>
        <Link href={adminEntryPath(kind, id)} className="font-semibold text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words">{t('title', { name: entry.name })}</h1>
      <p>{t('intro')}</p>
      {problem ? <Notice kind="problem">{tEntries(`actions.${problem}`)}</Notice> : null}
      {history.length === 0 ? <p>{t('empty')}</p> : null}
      <ol className="space-y-4">
        {history.map((row, index) => (
          <li key={row.id} className="space-y-3 rounded-lg border border-slate-200 p-4" data-testid="history-entry">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-bold">
                {actionName(row.action)}
                {row.version !== null ? <span className="ml-2 text-sm font-normal text-slate-600">{t('version', { version: row.version })}</span> : null}
              </h2>
              <p className="text-sm">
                <span className="font-semibold">{row.user ? row.user.name : row.action.startsWith('import.') ? t('importer') : t('unknownUser')}</span>
                {' · '}
                <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </p>
            </div>
            {row.context?.restoredFrom ? <p className="text-sm">{t('restoredFrom')}</p> : null}
            {row.context?.suggestionId ? <p className="text-sm">{t('fromSuggestion')}</p> : null}
            {row.action.startsWith('import.') ? <p className="text-sm text-slate-700">{t('importChange')}</p> : null}
            {row.changes.length > 0 ? (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-2">
                        {t('field')}
                      </th>
                      <th scope="col" className="p-2">
                        {t('before')}
                      </th>
                      <th scope="col" className="p-2">
                        {t('after')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {row.changes.map((change) => (
                      <tr key={change.field} className="border-b border-slate-100 align-top">
                        <th scope="row" className="p-2 font-semibold">
                          {labels.fields[change.field] ?? change.field}
                        </th>
                        <td className="p-2">
                          <ValueView field={change.field} value={change.before} labels={labels} />
                        </td>
                        <td className="p-2">
                          <ValueView field={change.field} value={change.after} labels={labels} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : row.action.startsWith('entry.') ? (
              <p className="text-sm text-slate-700">{t('noChanges')}</p>
            ) : null}
            <div className="flex flex-wrap gap-3">
              {/* The newest state is the current one: restoring it would change nothing. */}
              {row.restorable.after && index > 0 ? restoreButton(row, 'after') : null}
              {row.restorable.before && row.changes.length > 0 ? restoreButton(row, 'before') : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
