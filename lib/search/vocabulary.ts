import type { Database } from '@/lib/db/factory';
import type { SearchDocument } from './documents';
import { normalizeForIndex, tokenize } from './latvian';

/**
 * The catalogue's vocabulary: the stems of the common words of its published entries, kept in PostgreSQL
 * (table "SearchVocabulary"). A search gap stores only query words found here (lib/search/gaps.ts), so a
 * name, an address or anything else personal typed into the search box is never stored.
 *
 * A full reindex replaces it; the outbox adds the words of every entry it indexes. Words of an entry that was
 * edited or unpublished since stay until the next full reindex: they were the catalogue's own public text.
 * Lookups are one indexed query, the same for every instance: nothing is held in the web process.
 */

const INSERT_CHUNK = 5_000;

/** The texts an entry writes itself (not its context: place and provider names are proper names). */
type OwnText = Pick<SearchDocument, 'name' | 'text' | 'summary' | 'targetGroup'>;
const ownText = (doc: OwnText) => [doc.name, doc.text, doc.summary, doc.targetGroup].filter(Boolean).join(' ');

/**
 * Collects the common words of documents. A word the catalogue only ever writes with a capital letter — a
 * person's, street's or place's name — is not a common word and stays out ("Jāņa iela" does not make "Jānis"
 * countable). Words are stemmed once each, however often they occur.
 */
export class VocabularyCollector {
  private readonly words = new Set<string>();

  add(doc: OwnText): void {
    for (const word of tokenize(ownText(doc))) {
      if (/^\p{Ll}/u.test(word)) this.words.add(word);
    }
  }

  stems(): string[] {
    const stems = new Set<string>();
    for (const word of this.words) {
      const stem = normalizeForIndex(word);
      if (stem) stems.add(stem);
    }
    return [...stems];
  }
}

export function vocabularyOf(docs: readonly OwnText[]): string[] {
  const collector = new VocabularyCollector();
  for (const doc of docs) collector.add(doc);
  return collector.stems();
}

type Sql = Pick<Database, '$executeRaw'>;

async function insertStems(db: Sql, stems: readonly string[]): Promise<void> {
  for (let i = 0; i < stems.length; i += INSERT_CHUNK) {
    const chunk = stems.slice(i, i + INSERT_CHUNK);
    await db.$executeRaw`INSERT INTO "SearchVocabulary" (stem) SELECT unnest(${chunk}::text[]) ON CONFLICT DO NOTHING`;
  }
}

/** Adds the words of newly indexed documents (the outbox). */
export async function addToVocabulary(db: Sql, docs: readonly SearchDocument[]): Promise<void> {
  const stems = vocabularyOf(docs);
  if (stems.length > 0) await insertStems(db, stems);
}

/** Replaces the vocabulary with the stems of a full reindex, in one transaction: readers see the old or the new. */
export async function replaceVocabulary(db: Database, stems: readonly string[]): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "SearchVocabulary"`;
      await insertStems(tx, stems);
    },
    { timeout: 120_000 },
  );
}

/** Which of these stems the catalogue uses. */
export async function knownStems(db: Database, candidates: readonly string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await db.$queryRaw<{ stem: string }[]>`SELECT stem FROM "SearchVocabulary" WHERE stem = ANY(${[...candidates]}::text[])`;
  return new Set(rows.map((r) => r.stem));
}

/** Whether the vocabulary holds nothing yet (a database migrated after its index was built). */
export async function vocabularyIsEmpty(db: Database): Promise<boolean> {
  const rows = await db.$queryRaw<{ present: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "SearchVocabulary") AS present`;
  return !rows[0]?.present;
}
