import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';
import type { Database } from '@/lib/db/factory';
import { forEachDocumentPage, loadDocument, docIdOf, type SearchDocument } from './documents';
import { normalizeForIndex } from './latvian';
import { INDEX_SETTINGS, indexName, TYPE_RANK } from './settings';
import { ENTRY_TYPES, type EntryType } from './types';
import { addToVocabulary, replaceVocabulary, VocabularyCollector } from './vocabulary';

const BATCH = 5_000;
const TASK_TIMEOUT_MS = 120_000;

type IndexedDocument = SearchDocument & { name_lv: string; text_lv: string; context_lv: string; type_rank: number };

/**
 * Adds what queries are matched against, folded and stemmed as the query is (lib/search/latvian.ts): the name,
 * the entry's own text, and its context (area, places, providers, a provider's services) in a field of its own,
 * so that an entry that is about the query ranks above one that is only linked to something that is. Adds the
 * entry type's rank, the tie-break between equally good matches.
 */
export function withLatvianText(doc: SearchDocument): IndexedDocument {
  const own = [doc.name, doc.text, doc.summary, doc.targetGroup].filter(Boolean).join(' ');
  const context = [doc.areaLabel, ...doc.places, ...doc.providerNames, ...doc.related].filter(Boolean).join(' ');
  return { ...doc, name_lv: normalizeForIndex(doc.name), text_lv: normalizeForIndex(own), context_lv: normalizeForIndex(context), type_rank: TYPE_RANK[doc.type] };
}

function ensureSucceeded(task: Task, what: string): void {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? 'no detail'}`);
}

async function indexExists(meili: Meilisearch, uid: string): Promise<boolean> {
  try {
    await meili.getIndex(uid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rebuilds the whole index from PostgreSQL. The new index is built beside the live one and swapped in
 * atomically, so searches keep being answered from the previous index until the new one is complete, and
 * a crash half-way leaves the live index untouched (the next run removes the abandoned build).
 */
export async function reindexAll(db: Database, meili: Meilisearch, prefix = ''): Promise<{ documents: number; ms: number }> {
  const started = performance.now();
  const live = indexName(prefix);
  const buildPrefix = `${live}_build_`;
  const staging = `${buildPrefix}${Date.now()}`;

  // Outbox rows written before this point are covered by the documents read below.
  const [{ max } = { max: null }] = await db.$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM "SearchOutbox"`;

  const { results } = await meili.getIndexes({ limit: 1000 });
  for (const old of results.filter((i) => i.uid.startsWith(buildPrefix))) await meili.deleteIndex(old.uid).waitTask({ timeout: TASK_TIMEOUT_MS });

  ensureSucceeded(await meili.createIndex(staging, { primaryKey: 'docId' }).waitTask({ timeout: TASK_TIMEOUT_MS }), 'create index');
  const index = meili.index(staging);
  ensureSucceeded(await index.updateSettings(INDEX_SETTINGS).waitTask({ timeout: TASK_TIMEOUT_MS }), 'settings');
  // Pages are only enqueued here: Meilisearch indexes one while the next is read and prepared, and merges
  // the waiting ones into one batch, instead of redoing its index-wide work after every page.
  const enqueued: EnqueuedTask[] = [];
  const vocabulary = new VocabularyCollector();
  let documents = 0;
  await forEachDocumentPage(db, BATCH, async (page) => {
    documents += page.length;
    enqueued.push(await index.addDocuments(page.map(withLatvianText)));
    // while Meilisearch indexes the page
    for (const doc of page) vocabulary.add(doc);
  });
  // Tasks are waited for one after the other, and one batch may hold them all: each wait may take that long.
  const timeout = TASK_TIMEOUT_MS * (1 + enqueued.length);
  for (const task of await meili.tasks.waitForTasks(enqueued, { timeout })) ensureSucceeded(task, 'indexing');
  if (await indexExists(meili, live)) {
    ensureSucceeded(await meili.swapIndexes([{ indexes: [live, staging], rename: false }]).waitTask({ timeout: TASK_TIMEOUT_MS }), 'swap');
    await meili.deleteIndex(staging).waitTask({ timeout: TASK_TIMEOUT_MS });
  } else {
    ensureSucceeded(await meili.swapIndexes([{ indexes: [staging, live], rename: true }]).waitTask({ timeout: TASK_TIMEOUT_MS }), 'rename');
  }
  if (max !== null) await db.searchOutbox.updateMany({ where: { id: { lte: max }, processedAt: null }, data: { processedAt: new Date() } });
  await replaceVocabulary(db, vocabulary.stems());
  return { documents, ms: Math.round(performance.now() - started) };
}

const isEntryType = (value: string): value is EntryType => (ENTRY_TYPES as readonly string[]).includes(value);

/**
 * Sends pending changes (the transactional outbox) to the index. Rows are claimed with SKIP LOCKED, so
 * several web instances can drain at once and each change is applied once; a failure leaves the rows for
 * the next run with the error recorded.
 */
export async function drainOutbox(db: Database, meili: Meilisearch, prefix = '', limit = 200): Promise<number> {
  const index = meili.index(indexName(prefix));
  const outcome = await db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; entityType: string; entityId: string }[]>`
        SELECT id, "entityType", "entityId" FROM "SearchOutbox"
        WHERE "processedAt" IS NULL ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { processed: 0, error: null };
      const ids = rows.map((r) => r.id);
      try {
        const upserts: SearchDocument[] = [];
        const deletions: string[] = [];
        const seen = new Set<string>();
        for (const row of rows) {
          if (!isEntryType(row.entityType)) continue;
          const key = docIdOf(row.entityType, row.entityId);
          if (seen.has(key)) continue;
          seen.add(key);
          const doc = await loadDocument(db, row.entityType, row.entityId);
          if (doc) upserts.push(doc);
          else deletions.push(key);
        }
        if (upserts.length > 0) {
          ensureSucceeded(await index.addDocuments(upserts.map(withLatvianText)).waitTask({ timeout: TASK_TIMEOUT_MS }), 'indexing');
          // outside the transaction: a failure here must not abort the one that records the outcome
          await addToVocabulary(db, upserts);
        }
        if (deletions.length > 0) ensureSucceeded(await index.deleteDocuments(deletions).waitTask({ timeout: TASK_TIMEOUT_MS }), 'deletion');
        await tx.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { processedAt: new Date() } });
        return { processed: rows.length, error: null };
      } catch (error) {
        // Recorded in this (committed) transaction; the rows stay pending for the next run.
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await tx.searchOutbox.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: message } });
        return { processed: 0, error: message };
      }
    },
    { timeout: TASK_TIMEOUT_MS + 10_000 },
  );
  if (outcome.error) throw new Error(`outbox: ${outcome.error}`);
  return outcome.processed;
}
