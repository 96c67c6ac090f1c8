import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface ScriptSize {
  src: string;
  gzipBytes: number;
  rawBytes: number;
}

export interface FirstVisitJavaScript {
  path: string;
  scripts: number;
  /** compressed bytes as the server sent them (gzip), summed over the page's scripts */
  gzipBytes: number;
  /** the same scripts uncompressed */
  rawBytes: number;
  /** the HTML document itself, gzip (it carries the inline flight data) */
  htmlGzipBytes: number;
  /** each script, largest first */
  perScript: ScriptSize[];
}

interface Fetched {
  status: number;
  encoding: string | undefined;
  body: Buffer;
}

/** GET with `Accept-Encoding: gzip`, keeping the bytes exactly as they came over the wire. */
function getRaw(url: URL): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'Accept-Encoding': 'gzip', 'Accept-Language': 'lv' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      response.once('error', reject);
    });
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout fetching ${url.pathname}`)));
    request.once('error', reject);
  });
}

const wireSize = (f: Fetched) => (f.encoding === 'gzip' ? f.body.length : gzipSync(f.body).length);
const plain = (f: Fetched) => (f.encoding === 'gzip' ? gunzipSync(f.body) : f.body);

/**
 * Script URLs of a page: `<script src>` and `<link rel="preload|modulepreload" as="script">`, deduplicated.
 * `nomodule` scripts (polyfills for old browsers) are left out: a current browser does not download them.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*>/g)) {
    const tag = match[0];
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\bnomodule\b/i.test(tag)) sources.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const as = /\bas="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (rel === 'modulepreload' || (rel === 'preload' && as === 'script'))) sources.add(href);
  }
  return [...sources].map((s) => s.replace(/&amp;/g, '&'));
}

/**
 * The JavaScript a first visit to `path` downloads: the HTML is fetched, every script it names is fetched
 * with `Accept-Encoding: gzip`, and the compressed sizes are summed (gzip is computed here for a script the
 * server sent uncompressed, so the figure is always comparable).
 */
export async function firstVisitJavaScript(origin: string, path: string): Promise<FirstVisitJavaScript> {
  const page = await getRaw(new URL(path, origin));
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const sources = scriptSources(plain(page).toString('utf8'));
  const perScript: ScriptSize[] = [];
  for (const source of sources) {
    const script = await getRaw(new URL(source, origin));
    if (script.status !== 200) throw new Error(`${source} answered ${script.status}`);
    perScript.push({ src: source, gzipBytes: wireSize(script), rawBytes: plain(script).length });
  }
  perScript.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (key: 'gzipBytes' | 'rawBytes') => perScript.reduce((total, s) => total + s[key], 0);
  return { path, scripts: sources.length, gzipBytes: sum('gzipBytes'), rawBytes: sum('rawBytes'), htmlGzipBytes: wireSize(page), perScript };
}
