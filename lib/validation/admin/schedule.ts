import type { WeeklyOpening } from '@/lib/validation/dataset/crisis-line';

/**
 * Weekly hours as coordinators write them, one opening per line: days, then from–to.
 *   "1-5 9:00-17:00"   Monday to Friday
 *   "P-Pk 9-17"        the same with Latvian day abbreviations (P O T C Pk S Sv)
 *   "6,7 10:00–14:00"  Saturday and Sunday
 * Days are ISO weekdays (1 = Monday … 7 = Sunday).
 */

const DAY_NAMES: Readonly<Record<string, number>> = { p: 1, o: 2, t: 3, c: 4, pk: 5, s: 6, sv: 7 };

function day(token: string): number | undefined {
  const t = token.trim().toLowerCase().replace(/\.$/, '');
  if (/^[1-7]$/.test(t)) return Number(t);
  return DAY_NAMES[t];
}

function days(text: string): number[] | undefined {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [fromText, toText, ...rest] = part.split(/[-–]/);
    if (rest.length > 0 || fromText === undefined) return undefined;
    const from = day(fromText);
    const to = toText === undefined ? from : day(toText);
    if (from === undefined || to === undefined || to < from) return undefined;
    for (let d = from; d <= to; d++) out.add(d);
  }
  return [...out].sort((a, b) => a - b);
}

function clock(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
}

/** Openings of the text, or the text itself when a line cannot be read (the schema then refuses it). */
export function parseSchedule(value: unknown): unknown {
  if (Array.isArray(value) || value === undefined || value === null) return value;
  if (typeof value !== 'string') return value;
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const openings: WeeklyOpening[] = [];
  for (const line of lines) {
    const match = /^(\S+)\s+(\d{1,2}(?:[:.]\d{2})?)\s*[-–]\s*(\d{1,2}(?:[:.]\d{2})?)$/.exec(line);
    const openingDays = match ? days(match[1]!) : undefined;
    const from = match ? clock(match[2]!) : undefined;
    const to = match ? clock(match[3]!) : undefined;
    if (!openingDays || !from || !to) return value;
    openings.push({ days: openingDays, from, to });
  }
  return openings;
}

/** "1-5 09:00-17:00" lines, the inverse of parseSchedule. */
export function formatSchedule(openings: readonly WeeklyOpening[] | undefined): string {
  if (!openings) return '';
  return openings
    .map((o) => {
      const ranges: string[] = [];
      let start = o.days[0];
      for (let i = 1; i <= o.days.length; i++) {
        const previous = o.days[i - 1]!;
        const current = o.days[i];
        if (current !== previous + 1) {
          ranges.push(start === previous ? `${start}` : `${start}-${previous}`);
          start = current;
        }
      }
      return `${ranges.join(',')} ${o.from}-${o.to}`;
    })
    .join('\n');
}
