import { normalizeQuery } from './latvian';
import type { SearchQuery } from './types';

export interface Place {
  slug: string;
  name: string;
}

const GENERIC = new Set(normalizeQuery('novads valstspilsēta pilsēta').tokens);

/** Stems of a municipality's distinctive words: "Talsu novads" → ["tals"], "Rīga" → ["rig"]. */
function placeStems(name: string): string[] {
  return normalizeQuery(name).tokens.filter((t) => !GENERIC.has(t));
}

/**
 * Reads place names out of a query as people type them ("psihologs Talsos", "atkaribas pusaudzim
 * Liepaja"): the words that name a municipality (in any case form, with or without diacritics) become a
 * municipality filter, and the rest stays the text query. "Jelgavā" selects both Jelgava and Jelgavas
 * novads. A municipality already chosen by the user is left as chosen.
 */
export function interpretPlaces(query: SearchQuery, places: Place[]): { query: SearchQuery; matched: Place[] } {
  if (!query.q) return { query, matched: [] };
  const byStem = new Map<string, Place[]>();
  for (const place of places) {
    const stems = placeStems(place.name);
    // Only single-word names: "Dienvidkurzemes novads" → "dienvidkurzem".
    if (stems.length !== 1 || !stems[0] || stems[0].length < 3) continue;
    byStem.set(stems[0], [...(byStem.get(stems[0]) ?? []), place]);
  }
  const words = query.q.split(/\s+/);
  const matched: Place[] = [];
  const rest = words.filter((word) => {
    const tokens = normalizeQuery(word).tokens;
    const hit = tokens.length === 1 && tokens[0] ? byStem.get(tokens[0]) : undefined;
    if (hit) matched.push(...hit);
    return !hit;
  });
  if (matched.length === 0) return { query, matched };
  const filters =
    query.filters.municipality.length > 0
      ? query.filters
      : { ...query.filters, municipality: [...new Set(matched.map((p) => p.slug))] };
  return { query: { ...query, q: rest.join(' '), filters }, matched };
}
