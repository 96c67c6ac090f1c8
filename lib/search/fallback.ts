import type { Database } from '@/lib/db/factory';
import { loadAllDocuments, type SearchDocument } from './documents';
import { documentMatches, FACET_FIELD } from './filters';
import { facetValues } from './facets';
import { normalizeForIndex, normalizeQuery } from './latvian';
import { TYPE_RANK } from './settings';
import { toHit } from './search-hit';
import { FACETS, type FacetName, type FacetValue, type SearchQuery, type SearchResult } from './types';

interface IndexedDocument {
  doc: SearchDocument;
  nameTokens: string[];
  tokens: string[];
}

/** Documents are rebuilt from PostgreSQL at most every 30 s while search runs degraded. */
const CACHE_MS = 30_000;
let cache: { at: number; documents: IndexedDocument[] } | undefined;

async function documents(db: Database): Promise<IndexedDocument[]> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.documents;
  const docs = await loadAllDocuments(db);
  const indexed = docs.map((doc) => ({
    doc,
    nameTokens: normalizeForIndex(doc.name).split(' '),
    tokens: normalizeForIndex([doc.name, doc.text, doc.summary, doc.targetGroup, ...doc.places, ...doc.providerNames, ...doc.related].filter(Boolean).join(' ')).split(' '),
  }));
  cache = { at: Date.now(), documents: indexed };
  return indexed;
}

export function clearFallbackCache() {
  cache = undefined;
}

/** A query word matches a document word that starts with it (prefix search, as Meilisearch does). */
function score(entry: IndexedDocument, words: string[]): number {
  let matched = 0;
  let inName = 0;
  for (const word of words) {
    if (entry.tokens.some((t) => t.startsWith(word))) matched++;
    if (entry.nameTokens.some((t) => t.startsWith(word))) inName++;
  }
  return matched === 0 ? 0 : matched * 10 + inName;
}

/**
 * The same search answered from PostgreSQL data, for when Meilisearch cannot answer. Matches folded and
 * stemmed words by prefix and drops trailing words until something matches (Meilisearch's "last"
 * strategy); filters and multi-select facet counts are computed exactly as the index would.
 */
export async function searchWithDatabase(db: Database, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now();
  const all = await documents(db);
  // The words only: a term token would narrow the first round to texts with the term as written.
  let words = normalizeQuery(query.q).tokens;
  let textMatches: { entry: IndexedDocument; score: number }[] = [];
  for (;;) {
    textMatches = all
      .map((entry) => ({ entry, score: words.length === 0 ? 1 : score(entry, words) }))
      .filter((m) => words.length === 0 || m.score >= words.length * 10);
    if (textMatches.length > 0 || words.length <= 1) break;
    words = words.slice(0, -1);
  }
  const matching = textMatches.filter((m) => documentMatches(m.entry.doc, query));
  // Ties as in the index (lib/search/settings.ts): entry type, the editors' order, the name.
  matching.sort(
    (a, b) =>
      b.score - a.score ||
      TYPE_RANK[a.entry.doc.type] - TYPE_RANK[b.entry.doc.type] ||
      a.entry.doc.editorial_rank - b.entry.doc.editorial_rank ||
      a.entry.doc.name.localeCompare(b.entry.doc.name, 'lv'),
  );

  const facets = Object.fromEntries(
    FACETS.map((facet) => {
      const counts: Record<string, number> = {};
      for (const { entry } of textMatches) {
        if (!documentMatches(entry.doc, query, query.filters[facet].length > 0 ? facet : undefined)) continue;
        const field = entry.doc[FACET_FIELD[facet]];
        for (const value of Array.isArray(field) ? field : field === null ? [] : [field]) counts[value] = (counts[value] ?? 0) + 1;
      }
      return [facet, facetValues(facet, counts, query)];
    }),
  ) as Record<FacetName, FacetValue[]>;

  const start = (query.page - 1) * query.perPage;
  return {
    query,
    hits: matching.slice(start, start + query.perPage).map((m) => toHit(m.entry.doc)),
    total: matching.length,
    page: query.page,
    perPage: query.perPage,
    totalPages: Math.max(1, Math.ceil(matching.length / query.perPage)),
    facets,
    degraded: true,
    processingTimeMs: Math.round(performance.now() - started),
  };
}
