import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { EntryFormState } from '@/lib/admin/entry-form-state';
import { adminEntryPath, adminHistoryPath, adminListPath, publicEntryPath } from '@/lib/admin/entry-routes';
import { toFormObject } from '@/lib/admin/form-values';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { loadFormOptions } from '@/lib/catalogue/form-options';
import { isVerifiable, loadEntry } from '@/lib/catalogue/lifecycle';
import { findSuggestion, isSuggestionField } from '@/lib/catalogue/suggestions';
import { getDb } from '@/lib/db/client';
import { Link } from '@/lib/i18n/navigation';
import { EntryForm } from './EntryForm';
import { formSectionsFor, referenceNamesFor } from './entry-forms';
import { entryFormLabels, valueLabels } from './form-sections';
import { Notice, param } from './Notice';
import { StatusActions } from './StatusActions';
import { StatusBadge } from './StatusBadge';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DONE = ['publish', 'archive', 'restore', 'verify', 'restore_version'] as const;
const PROBLEMS = { conflict: 'conflict', not_allowed: 'notAllowed', not_found: 'notFound', invalid: 'invalid' } as const;

interface EntryEditViewProps {
  kind: CatalogueKind;
  id: string;
  searchParams: Record<string, string | string[] | undefined>;
  updateAction: (state: EntryFormState, formData: FormData) => Promise<EntryFormState>;
  stateAction: (formData: FormData) => Promise<void>;
}

/**
 * An entry's admin page: its state (status, version, origin, verification), the status buttons, and the edit
 * form with every field. Opened from a suggestion (?suggestion=…), it shows the report and saving accepts it.
 */
export async function EntryEditView({ kind, id, searchParams, updateAction, stateAction }: EntryEditViewProps) {
  if (!UUID.test(id)) notFound();
  const db = getDb();
  const [entry, options] = await Promise.all([loadEntry(db, kind, id), loadFormOptions(db)]);
  if (!entry) notFound();
  const suggestionParam = param(searchParams.suggestion);
  const suggestion = suggestionParam ? await findSuggestion(db, suggestionParam) : null;
  const openSuggestion = suggestion && suggestion.status === 'new' && suggestion.entry?.id === id ? suggestion : null;

  const [t, tSuggestions, format, locale, sections, labels, values] = await Promise.all([
    getTranslations('AdminEntries'),
    getTranslations('AdminSuggestions'),
    getFormatter(),
    getLocale(),
    formSectionsFor(kind, options),
    entryFormLabels('update'),
    valueLabels(options),
  ]);
  const done = DONE.find((d) => d === param(searchParams.done));
  const problemParam = param(searchParams.problem);
  const problem = problemParam && problemParam in PROBLEMS ? PROBLEMS[problemParam as keyof typeof PROBLEMS] : undefined;
  const saved = param(searchParams.saved) === '1';

  return (
    <div className="space-y-6">
      <p>
        <Link href={adminListPath(kind)} className="font-semibold text-brand-800 underline">
          {t('edit.back')}
        </Link>
      </p>
      <header className="space-y-1">
        <p className="text-sm font-semibold text-brand-700">{t(`kinds.${kind}.singular`)}</p>
        <h1 className="text-2xl font-bold break-words">{entry.name}</h1>
      </header>

      {saved ? <Notice kind="done">{entry.version === 1 ? t('edit.created') : t('edit.saved')}</Notice> : null}
      {done ? <Notice kind="done">{t(`actions.done.${done}`)}</Notice> : null}
      {problem ? <Notice kind="problem">{t(`actions.${problem}`)}</Notice> : null}

      <section aria-labelledby="entry-summary" className="space-y-3 rounded-lg border border-slate-200 p-4">
        <h2 id="entry-summary" className="text-lg font-bold">
          {t('edit.summary')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('list.status')}</dt>
          <dd data-testid="entry-status">
            <StatusBadge status={entry.status} label={t(`status.${entry.status}`)} />
          </dd>
          <dt className="font-semibold">{t('edit.version')}</dt>
          <dd data-testid="entry-version">{entry.version}</dd>
          <dt className="font-semibold">{t('edit.origin')}</dt>
          <dd>{t(`origin.${entry.origin}`)}</dd>
          {isVerifiable(kind) ? (
            <>
              <dt className="font-semibold">{t('edit.lastVerified')}</dt>
              <dd>{entry.lastVerifiedAt ? format.dateTime(new Date(`${entry.lastVerifiedAt}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) : t('list.never')}</dd>
            </>
          ) : null}
        </dl>
        <StatusActions kind={kind} entry={{ id: entry.id, version: entry.version, status: entry.status }} action={stateAction} />
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={adminHistoryPath(kind, id)} className="font-semibold text-brand-800 underline">
              {t('edit.history')}
            </Link>
          </li>
          {entry.status === 'published' ? (
            <li>
              <a href={`/${locale}${publicEntryPath(kind, entry.slug)}`} className="font-semibold text-brand-800 underline">
                {t('edit.publicPage')}
              </a>
            </li>
          ) : null}
        </ul>
      </section>

      {openSuggestion ? (
        <section aria-labelledby="suggestion-title" className="space-y-2 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
          <h2 id="suggestion-title" className="text-lg font-bold">
            {t('edit.fromSuggestion')}
          </h2>
          <p className="font-semibold">
            {t('edit.suggestionText', { received: format.dateTime(openSuggestion.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
            {isSuggestionField(openSuggestion.field) ? ` (${tSuggestions(`fields.${openSuggestion.field}`)})` : null}
          </p>
          <blockquote className="border-l-4 border-brand-700 pl-3 whitespace-pre-line break-words">{openSuggestion.message}</blockquote>
          <p>{t('edit.suggestionHint')}</p>
        </section>
      ) : null}

      <EntryForm
        // A new version (saved, published, restored …) starts the form afresh from the stored values.
        key={`${entry.id}-${entry.version}`}
        action={updateAction}
        sections={sections}
        initialValues={toFormObject(entry.values as Record<string, unknown>, referenceNamesFor(kind, options))}
        entry={{ id: entry.id, version: entry.version }}
        suggestionId={openSuggestion?.id}
        labels={labels}
        valueLabels={values}
        reloadHref={`/${locale}${adminEntryPath(kind, id)}`}
      />
    </div>
  );
}
