import 'server-only';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { createEntry, updateEntry } from '@/lib/catalogue/entry-writes';
import { archiveEntry, entryAdapter, markEntryVerified, publishEntry, restoreEntry, restoreEntryFromHistory } from '@/lib/catalogue/lifecycle';
import { restoreVersionSchema, stateChangeSchema } from '@/lib/validation/admin/entry-ref';
import { adminPath, editorAction, entryFormAction } from './action';
import { adminEntryPath, adminHistoryPath } from './entry-routes';

/**
 * The server actions of one kind of entry, built the same way for services, providers, municipal services
 * and crisis lines. Each calls the guard, parses its FormData with zod, then the domain service.
 */

/** The edit form: saves all values from the version the coordinator started from. */
export function updateEntryAction<K extends CatalogueKind>(kind: K) {
  const adapter = entryAdapter(kind);
  return entryFormAction({
    schema: adapter.schema,
    mode: 'update',
    save: ({ user, values, ref, suggestionId }) =>
      ref ? updateEntry(getDb(), adapter, user, ref, values, { context: suggestionId ? { suggestionId } : undefined }) : Promise.resolve({ ok: false, reason: 'not_found' }),
    savedPath: ({ id }) => adminEntryPath(kind, id),
  });
}

/** The new-entry form: creates a draft. */
export function createEntryAction<K extends CatalogueKind>(kind: K) {
  const adapter = entryAdapter(kind);
  return entryFormAction({
    schema: adapter.schema,
    mode: 'create',
    save: ({ user, values }) => createEntry(getDb(), adapter, user, values),
    savedPath: ({ id }) => adminEntryPath(kind, id),
  });
}

const TRANSITIONS = { publish: publishEntry, archive: archiveEntry, restore: restoreEntry, verify: markEntryVerified } as const;

/** The status buttons; the answer is shown on the entry's page (?done=… or ?problem=…). */
export function entryStateAction(kind: CatalogueKind, options: { returnTo?: 'entry' | 'gaps' } = {}) {
  return editorAction(stateChangeSchema, async ({ id, version, transition }, user) => {
    const result = await TRANSITIONS[transition](getDb(), user, kind, { id, version });
    const outcome = result.ok ? `done=${transition}` : `problem=${result.reason}`;
    const base = options.returnTo === 'gaps' ? '/admin/gaps' : adminEntryPath(kind, id);
    redirect(`${await adminPath(base)}?${outcome}${options.returnTo === 'gaps' ? `&entry=${id}` : ''}`);
  });
}

/** "Restore this version" in the history. */
export function entryRestoreVersionAction(kind: CatalogueKind) {
  return editorAction(restoreVersionSchema, async ({ id, version, auditId, side }, user) => {
    const result = await restoreEntryFromHistory(getDb(), user, kind, { id, version }, { auditId: BigInt(auditId), side });
    if (result.ok) redirect(`${await adminPath(adminEntryPath(kind, id))}?done=restore_version`);
    redirect(`${await adminPath(adminHistoryPath(kind, id))}?problem=${result.reason}`);
  });
}
