import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResults, SizeResult } from './benchmark';
import type { LoadFigure } from './load';
import type { Figure } from './stats';

const num = (v: number | null | undefined, digits = 1) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : Number(v.toFixed(digits)).toLocaleString('en-US').replace(/,/g, ' '));
const mp = (f: Figure | null | undefined, digits = 1) => (f ? `${num(f.median, digits)} / ${num(f.p95, digits)}` : '—');
const failures = (f: LoadFigure) => (f.failures > 0 ? ` ⚠ ${f.failures} failed` : '');
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function searchTable(sizes: SizeResult[]): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    for (const cell of size.search) {
      rows.push([
        size.label,
        String(cell.concurrency),
        mp(cell.meilisearch.latencyMs) + failures(cell.meilisearch),
        mp(cell.api.latencyMs) + failures(cell.api),
        `${num(cell.apiOverMeilisearchMedian, 2)} / ${num(cell.apiOverMeilisearchP95, 2)}`,
        mp(cell.page.latencyMs) + failures(cell.page) + (cell.fallbacks > 0 ? ` ⚠ ${cell.fallbacks} answered from PostgreSQL` : ''),
        `${num(cell.meilisearch.requestsPerSec?.median, 0)} / ${num(cell.api.requestsPerSec?.median, 0)} / ${num(cell.page.requestsPerSec?.median, 0)}`,
      ]);
    }
  }
  return table(
    ['Services', 'Clients', 'Meilisearch direct (reference) ms', '`/api/search` ms', 'ours ÷ Meilisearch', 'Search page `/lv/search` ms', 'req/s Meili / API / page (median)'],
    rows,
  );
}

function pagesTable(sizes: SizeResult[]): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    for (const cell of size.pages) {
      rows.push([
        size.label,
        cell.page,
        String(cell.concurrency),
        mp(cell.timings.ttfbMs),
        mp(cell.timings.totalMs) + (cell.timings.failures > 0 ? ` ⚠ ${cell.timings.failures} failed` : ''),
        num(cell.timings.requestsPerSec?.median, 0),
      ]);
    }
  }
  return table(['Services', 'Page', 'Clients', 'TTFB ms', 'Total ms', 'req/s (median)'], rows);
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const { before, after } = results.loadAverage;
  const lines: string[] = [];
  lines.push(`# Benchmark results (${results.profile.name} run)`);
  lines.push('');
  lines.push(`Measured ${results.startedAt} – ${results.finishedAt} by \`npm run bench${results.profile.name === 'smoke' ? ':smoke' : ''}\`. Every figure is **median / p95** over its samples (all requests of ${results.profile.repeats} runs of ${results.profile.durationSec} s per load figure, after a ${results.profile.warmupSec} s warm-up; ${results.profile.reindexRepeats} full reindexes; ${results.profile.freshnessTrials} save-to-searchable trials), next to its reference from the same run.`);
  lines.push('');
  if (results.profile.name === 'full') {
    lines.push('What the figures mean, what was changed after profiling, and what limits the targets still missed: [findings.md](findings.md).');
    lines.push('');
  }
  lines.push('## Machine');
  lines.push('');
  lines.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.cpuModel}, ${m.cores} cores`],
        ['Memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node.js', m.node],
        ['PostgreSQL', m.postgres],
        ['Meilisearch', m.meilisearch],
        ['Next.js', m.next],
        ['Code', `commit ${m.gitCommit}${m.gitDirtyFiles > 0 ? `, with ${m.gitDirtyFiles} uncommitted paths in the working tree (the build includes them)` : ''}`],
        ['Load average before (1/5/15 min)', `${before.one} / ${before.five} / ${before.fifteen}`],
        ['Load average after', `${after.one} / ${after.five} / ${after.fifteen}`],
        ['Load average (1 min) when each size was reindexed', results.sizes.map((s) => `${s.label}: ${s.reindexLoadAverage.one}`).join('; ')],
        ['Load average (1 min) when each size was served', results.sizes.map((s) => `${s.label}: ${s.loadAverage.one}`).join('; ')],
      ],
    ),
  );
  lines.push('');
  lines.push(`The load generator (autocannon), PostgreSQL, Meilisearch and \`next start\` share these ${m.cores} cores, and other work on the machine shows in the load average: on ${m.cores} cores a load above ${m.cores} means every process waited for a CPU.`);
  lines.push('');
  lines.push('## Targets');
  lines.push('');
  lines.push(table(['Target', 'Measured (p95 unless stated)', 'Status'], results.targets.map((t) => [t.target, t.measured, t.status === 'met' ? '✅ met' : t.status === 'missed' ? '❌ missed' : 'not measured'])));
  lines.push('');
  lines.push('## Search latency and throughput');
  lines.push('');
  lines.push(`The same fixed mix of ${results.searchMix.length} searches at every layer (\`${results.searchMix.join('`, `')}\`), closed-loop clients over loopback. Reference: Meilisearch called directly with the multi-search request our adapter sends (facet queries included). Latencies in ms, median / p95.`);
  lines.push('');
  lines.push(searchTable(results.sizes));
  lines.push('');
  lines.push(table(['Services', "Meilisearch's own processingTimeMs for the mix, 1 client"], results.sizes.map((s) => [s.label, mp(s.meilisearchProcessingMs)])));
  lines.push('');
  lines.push('## Pages: time to first byte and total');
  lines.push('');
  lines.push('Reference: a static JavaScript file served by the same `next start` (the server\'s floor). Home `/lv`; search pages of the mix; ten service pages.');
  lines.push('');
  lines.push(pagesTable(results.sizes));
  lines.push('');
  lines.push('## JavaScript on a first visit (gzip)');
  lines.push('');
  lines.push(table(['Page', 'Scripts', 'JavaScript gzip', 'JavaScript uncompressed', 'HTML gzip'], results.javascript.map((j) => [`\`${j.path}\``, String(j.scripts), `${num(j.gzipBytes / 1000)} kB`, `${num(j.rawBytes / 1000)} kB`, `${num(j.htmlGzipBytes / 1000)} kB`])));
  lines.push('');
  lines.push('`nomodule` polyfills are not counted (current browsers do not download them). The largest scripts of the search page:');
  lines.push('');
  const searchPage = results.javascript.find((j) => j.path.startsWith('/lv/search'));
  lines.push(table(['Script', 'gzip', 'uncompressed'], (searchPage?.perScript ?? []).slice(0, 6).map((s) => [`\`${s.src}\``, `${num(s.gzipBytes / 1000)} kB`, `${num(s.rawBytes / 1000)} kB`])));
  lines.push('');
  lines.push('## Memory of the Next.js server (RSS of `next start` and its children, MiB)');
  lines.push('');
  lines.push(table(['Services', 'At rest', 'Under load (during the load runs)', 'Peak'], results.sizes.map((s) => [s.label, mp(s.memory.atRestMiB, 0), mp(s.memory.underLoadMiB, 0), num(s.memory.underLoadMiB?.max, 0)])));
  lines.push('');
  lines.push('## Indexing');
  lines.push('');
  lines.push(
    table(
      ['Services', 'Documents', 'Bulk insert ms', 'Full reindex ms', 'of which Meilisearch indexing ms', 'Read documents from PostgreSQL ms', 'Build text_lv ms', 'Save → searchable ms', 'of which Meilisearch task ms'],
      results.sizes.map((s) => [
        s.label,
        num(s.reindex.documents, 0),
        s.dataWriteMs === null ? '(importer)' : num(s.dataWriteMs, 0),
        mp(s.reindex.totalMs, 0),
        mp(s.reindex.meilisearchMs, 0),
        num(s.reindex.loadDocumentsMs, 0),
        num(s.reindex.latvianTextMs, 0),
        mp(s.freshness.saveToSearchableMs, 0) + (s.freshness.failures > 0 ? ` ⚠ ${s.freshness.failures} not found` : ''),
        mp(s.freshness.meilisearchTaskMs, 1),
      ]),
    ),
  );
  lines.push('');
  lines.push('## Relevance (real dataset, through `/api/search`)');
  lines.push('');
  const r = results.relevance;
  lines.push(`${r.queries} judged queries (\`bench/queries.lv.json\`): **recall@5 ${num(r.recallAt5, 3)}**, MRR@10 ${num(r.mrr, 3)}, at least one acceptable entry in the top 5 for ${num(r.successAt5 * 100, 0)} % of queries. Recall@5 of a query is |acceptable ∩ top 5| ÷ min(|acceptable|, 5).`);
  lines.push('');
  const misses = r.outcomes.filter((o) => o.recallAt5 < 1);
  if (misses.length > 0) {
    lines.push('Queries below full recall:');
    lines.push('');
    lines.push(table(['Query', 'recall@5', 'RR', 'Acceptable entries not in the top 5', 'Top 5 returned'], misses.map((o) => [`\`${o.q}\``, num(o.recallAt5, 2), num(o.reciprocalRank, 2), o.missing.join(', ') || '—', o.top5.join(', ') || '(nothing)'])));
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Writes results.json (every figure) and results.md (the tables) into `dir`. */
export function writeResults(dir: string, results: BenchResults): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'results.json');
  const markdown = path.join(dir, 'results.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdown, renderMarkdown(results));
  return { json, markdown };
}
