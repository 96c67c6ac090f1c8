import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A query as people type it, the entries a careful social worker would accept, and why. */
const judgedQuery = z
  .object({
    q: z.string().min(1),
    /** entries as site paths without the locale: "services/<slug>", "crisis-lines/<slug>", "social-services/<slug>", "providers/<slug>" */
    relevant: z.array(z.string().regex(/^(services|crisis-lines|social-services|providers)\/[a-z0-9-]+$/)).min(1),
    why: z.string().min(10),
  })
  .strict();
export type JudgedQuery = z.infer<typeof judgedQuery>;

export function loadJudgedQueries(file: string): JudgedQuery[] {
  return z.array(judgedQuery).min(1).parse(JSON.parse(readFileSync(file, 'utf8')));
}

const PATH_OF_TYPE: Record<string, string> = {
  service: 'services',
  organization: 'providers',
  municipal_social_service: 'social-services',
  crisis_line: 'crisis-lines',
};

export interface QueryOutcome {
  q: string;
  /** |relevant ∩ top 5| / min(|relevant|, 5): 1 when the top five are all acceptable or hold every acceptable entry */
  recallAt5: number;
  /** 1 / rank of the first acceptable entry in the top 10, else 0 */
  reciprocalRank: number;
  top5: string[];
  missing: string[];
}

export interface RelevanceFigure {
  queries: number;
  recallAt5: number;
  mrr: number;
  /** share of queries with at least one acceptable entry in the top 5 */
  successAt5: number;
  outcomes: QueryOutcome[];
}

export function scoreQuery(judged: JudgedQuery, ranked: string[]): QueryOutcome {
  const relevant = new Set(judged.relevant);
  const top5 = ranked.slice(0, 5);
  const found = top5.filter((p) => relevant.has(p)).length;
  const firstRank = ranked.slice(0, 10).findIndex((p) => relevant.has(p));
  return {
    q: judged.q,
    recallAt5: found / Math.min(relevant.size, 5),
    reciprocalRank: firstRank === -1 ? 0 : 1 / (firstRank + 1),
    top5,
    missing: judged.relevant.filter((p) => !top5.includes(p)),
  };
}

/** A hit as the judged set names entries: "services/<slug>", "providers/<slug>", … */
export const pathOfHit = (hit: { type: string; slug: string }) => `${PATH_OF_TYPE[hit.type] ?? hit.type}/${hit.slug}`;

/** Recall@5 and MRR of the judged queries through the real /api/search (first page, ten results). */
export async function measureRelevance(origin: string, queries: readonly JudgedQuery[]): Promise<RelevanceFigure> {
  return scoreRelevance(queries, async (q) => {
    const response = await fetch(`${origin}/api/search?q=${encodeURIComponent(q)}&per_page=10`);
    if (!response.ok) throw new Error(`/api/search?q=${q} answered ${response.status}`);
    const body = (await response.json()) as { hits: { type: string; slug: string }[] };
    return body.hits.map(pathOfHit);
  });
}

/** Recall@5 and MRR of the judged queries, each ranked by `rank` (the first ten entries as paths). */
export async function scoreRelevance(queries: readonly JudgedQuery[], rank: (q: string) => Promise<string[]>): Promise<RelevanceFigure> {
  const outcomes: QueryOutcome[] = [];
  for (const judged of queries) outcomes.push(scoreQuery(judged, await rank(judged.q)));
  const mean = (values: number[]) => Number((values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)).toFixed(3));
  return {
    queries: outcomes.length,
    recallAt5: mean(outcomes.map((o) => o.recallAt5)),
    mrr: mean(outcomes.map((o) => o.reciprocalRank)),
    successAt5: mean(outcomes.map((o) => (o.recallAt5 > 0 ? 1 : 0))),
    outcomes,
  };
}
