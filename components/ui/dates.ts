import 'server-only';
import { getFormatter } from 'next-intl/server';

/**
 * Formats a calendar date stored as UTC midnight (@db.Date) in the page's language. UTC, so the day
 * never shifts with the server's time zone.
 */
export async function calendarDateFormatter(): Promise<(date: Date) => string> {
  const format = await getFormatter();
  return (date) => format.dateTime(date, { dateStyle: 'long', timeZone: 'UTC' });
}
