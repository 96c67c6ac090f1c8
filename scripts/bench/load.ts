import http from 'node:http';
import autocannon from 'autocannon';
import { summarize, type Figure } from './stats';

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadOptions {
  /** http://127.0.0.1:port — loopback only */
  origin: string;
  requests: readonly LoadRequest[];
  connections: number;
  durationSec: number;
  repeats: number;
  /** a run before the measured ones, not recorded, so caches and the JIT are warm */
  warmupSec?: number;
  /** called every 250 ms during the measured runs (memory sampling) */
  onTick?: () => void;
}

/** One load figure: latency over every request of every run, throughput per run, and what went wrong. */
export interface LoadFigure {
  latencyMs: Figure | null;
  requestsPerSec: Figure | null;
  requests: number;
  /** responses other than 2xx, plus connection errors and timeouts: a figure with errors is not a result */
  failures: number;
}

function assertLoopback(origin: string): void {
  const host = new URL(origin).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`Load is only sent to this machine, not to ${host}`);
}

/** Rotates the list so that client i starts at entry i: concurrent clients do not ask the same thing in step. */
const rotated = <T>(items: readonly T[], by: number): T[] => [...items.slice(by % items.length), ...items.slice(0, by % items.length)];

async function runOnce(options: LoadOptions, durationSec: number, latencies: number[] | null): Promise<{ rps: number; requests: number; failures: number }> {
  let clientNumber = 0;
  const requests = options.requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, body: r.body, headers: r.headers }));
  const ticker = options.onTick && latencies ? setInterval(options.onTick, 250) : undefined;
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: options.origin,
          connections: options.connections,
          duration: durationSec,
          requests,
          timeout: 30,
          setupClient: (client) => client.setRequests(rotated(requests, clientNumber++)),
        },
        (error, outcome) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(outcome)),
      );
      if (latencies) {
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
          if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
        });
      }
    });
    const requestCount = result.requests.total;
    return { rps: requestCount / result.duration, requests: requestCount, failures: result.non2xx + result.errors + result.timeouts };
  } finally {
    if (ticker) clearInterval(ticker);
  }
}

/**
 * Closed-loop load with autocannon: `connections` clients each send the next request as soon as the previous
 * answer arrived, for `durationSec`, `repeats` times.
 */
export async function measureLoad(options: LoadOptions): Promise<LoadFigure> {
  assertLoopback(options.origin);
  if (options.warmupSec) await runOnce(options, options.warmupSec, null);
  const latencies: number[] = [];
  const rps: number[] = [];
  let requests = 0;
  let failures = 0;
  for (let run = 0; run < options.repeats; run++) {
    const outcome = await runOnce(options, options.durationSec, latencies);
    rps.push(outcome.rps);
    requests += outcome.requests;
    failures += outcome.failures;
  }
  return { latencyMs: summarize(latencies), requestsPerSec: summarize(rps, 1), requests, failures };
}

// ————————————————————————————————————————————————————————————————— time to first byte

export interface PageTimingFigure {
  ttfbMs: Figure | null;
  totalMs: Figure | null;
  requestsPerSec: Figure | null;
  requests: number;
  failures: number;
}

interface Timing {
  ttfb: number;
  total: number;
  ok: boolean;
}

function timedGet(agent: http.Agent, origin: string, path: string): Promise<Timing> {
  return new Promise((resolve) => {
    const started = performance.now();
    let ttfb = 0;
    const request = http.get(new URL(path, origin), { agent, headers: { 'Accept-Encoding': 'gzip', 'Accept-Language': 'lv' } }, (response) => {
      response.once('data', () => {
        ttfb = performance.now() - started;
      });
      response.on('data', () => undefined);
      response.once('end', () => {
        const total = performance.now() - started;
        resolve({ ttfb: ttfb || total, total, ok: (response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300 });
      });
      response.once('error', () => resolve({ ttfb: 0, total: 0, ok: false }));
    });
    request.setTimeout(30_000, () => request.destroy());
    request.once('error', () => resolve({ ttfb: 0, total: 0, ok: false }));
  });
}

/**
 * Time to the first byte of the body and to the last, under `connections` closed-loop clients with
 * keep-alive (autocannon reports only the total). Pages are streamed, so the first byte is what a reader
 * waits for before the browser can start.
 */
export async function measurePageTimings(options: Omit<LoadOptions, 'requests'> & { paths: readonly string[] }): Promise<PageTimingFigure> {
  assertLoopback(options.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const ttfb: number[] = [];
  const total: number[] = [];
  const rps: number[] = [];
  let failures = 0;
  const run = async (durationSec: number, record: boolean) => {
    const deadline = performance.now() + durationSec * 1000;
    let count = 0;
    const started = performance.now();
    const ticker = options.onTick && record ? setInterval(options.onTick, 250) : undefined;
    await Promise.all(
      Array.from({ length: options.connections }, async (_, client) => {
        const paths = rotated(options.paths, client);
        for (let i = 0; performance.now() < deadline; i++) {
          const timing = await timedGet(agent, options.origin, paths[i % paths.length] ?? '/');
          if (!record) continue;
          count++;
          if (!timing.ok) failures++;
          else {
            ttfb.push(timing.ttfb);
            total.push(timing.total);
          }
        }
      }),
    );
    if (ticker) clearInterval(ticker);
    if (record) rps.push(count / ((performance.now() - started) / 1000));
    return count;
  };
  try {
    if (options.warmupSec) await run(options.warmupSec, false);
    let requests = 0;
    for (let r = 0; r < options.repeats; r++) requests += await run(options.durationSec, true);
    return { ttfbMs: summarize(ttfb), totalMs: summarize(total), requestsPerSec: summarize(rps, 1), requests, failures };
  } finally {
    agent.destroy();
  }
}
