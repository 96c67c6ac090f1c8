import type { Database } from '@/lib/db/factory';
import { crisisLineAdapter } from './crisis-lines';
import type { Actor, CatalogueKind, EntryRef, EntryState, EntryValuesByKind } from './entry-kinds';
import { changeEntryState, restoreEntryVersion, type EntryAdapter, type WriteResult } from './entry-writes';
import { municipalServiceAdapter } from './municipal-services';
import { organizationAdapter } from './organizations';
import { serviceAdapter } from './services';

/**
 * Status changes, verification and restoring history, for any kind of entry: publish, archive, restore
 * (archived → draft), mark as verified today, and make an earlier state current again. Each is one audited
 * transaction with an outbox row (lib/catalogue/entry-writes.ts).
 */

const ADAPTERS: { [K in CatalogueKind]: EntryAdapter<EntryValuesByKind[K], unknown> } = {
  service: serviceAdapter as EntryAdapter<EntryValuesByKind['service'], unknown>,
  organization: organizationAdapter as EntryAdapter<EntryValuesByKind['organization'], unknown>,
  municipal_social_service: municipalServiceAdapter as EntryAdapter<EntryValuesByKind['municipal_social_service'], unknown>,
  crisis_line: crisisLineAdapter as EntryAdapter<EntryValuesByKind['crisis_line'], unknown>,
};

export function entryAdapter<K extends CatalogueKind>(kind: K): EntryAdapter<EntryValuesByKind[K], unknown> {
  return ADAPTERS[kind];
}

/** Editable fields of a kind, in form order. */
export const entryFields = (kind: CatalogueKind): readonly string[] => ADAPTERS[kind].fields;

export const isVerifiable = (kind: CatalogueKind): boolean => ADAPTERS[kind].verifiable;

export function loadEntry<K extends CatalogueKind>(db: Database, kind: K, id: string): Promise<EntryState<EntryValuesByKind[K]> | null> {
  return entryAdapter(kind).load(db, id);
}

export function publishEntry<K extends CatalogueKind>(db: Database, actor: Actor, kind: K, ref: EntryRef): Promise<WriteResult<EntryValuesByKind[K]>> {
  return changeEntryState(db, entryAdapter(kind), actor, ref, 'publish');
}

export function archiveEntry<K extends CatalogueKind>(db: Database, actor: Actor, kind: K, ref: EntryRef): Promise<WriteResult<EntryValuesByKind[K]>> {
  return changeEntryState(db, entryAdapter(kind), actor, ref, 'archive');
}

/** Brings an archived entry back as a draft. */
export function restoreEntry<K extends CatalogueKind>(db: Database, actor: Actor, kind: K, ref: EntryRef): Promise<WriteResult<EntryValuesByKind[K]>> {
  return changeEntryState(db, entryAdapter(kind), actor, ref, 'restore');
}

/** Sets the verification date to today (Europe/Riga). Organisations have none: not_allowed. */
export function markEntryVerified<K extends CatalogueKind>(
  db: Database,
  actor: Actor,
  kind: K,
  ref: EntryRef,
  options: { now?: Date } = {},
): Promise<WriteResult<EntryValuesByKind[K]>> {
  return changeEntryState(db, entryAdapter(kind), actor, ref, 'verify', options);
}

/** Makes the state stored on one side of an audit row current again, as a new audited change. */
export function restoreEntryFromHistory<K extends CatalogueKind>(
  db: Database,
  actor: Actor,
  kind: K,
  ref: EntryRef,
  source: { auditId: bigint; side: 'before' | 'after' },
): Promise<WriteResult<EntryValuesByKind[K]>> {
  return restoreEntryVersion(db, entryAdapter(kind), actor, ref, source);
}
