import 'server-only';
import { connection } from 'next/server';

/**
 * The moment of this request. Entries are edited while the site runs and "open now" depends on the
 * clock, so entry pages render per request, never at build time.
 */
export async function requestTime(): Promise<Date> {
  await connection();
  return new Date();
}
