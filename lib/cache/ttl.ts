/**
 * A value computed at most once per `ttlMs` in this process, shared by concurrent callers (one computation in
 * flight, not one per request). For figures that may be a minute old, such as the home page's counts: the
 * source of truth stays in PostgreSQL and Meilisearch, so instances need not agree on it. A failed computation
 * is not kept; `keep(value) === false` serves a value once without keeping it (a degraded answer, say).
 */
export function memoizeFor<T>(ttlMs: number, compute: () => Promise<T>, keep: (value: T) => boolean = () => true): () => Promise<T> {
  let cached: { value: T; until: number } | undefined;
  let inFlight: Promise<T> | undefined;
  return () => {
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.value);
    inFlight ??= compute()
      .then((value) => {
        cached = keep(value) ? { value, until: Date.now() + ttlMs } : undefined;
        return value;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };
}
