/**
 * "Can I reach this line right now?" — computed from a channel's weekly schedule in Latvian time.
 *
 * Pure functions of (hours, instant): no clock is read here, so the server passes the request time and
 * tests pass any instant. When the hours are not known (no 24/7 flag, no valid schedule) the answer is
 * `unknown`: a crisis page must never guess that a line is open or closed.
 */

export const RIGA_TIME_ZONE = 'Europe/Riga';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One weekly opening as stored in CrisisLineChannel.schedule: the given weekdays, from–to on each. */
export interface WeeklyOpening {
  days: IsoWeekday[];
  /** "HH:MM" */
  from: string;
  /** "HH:MM"; "24:00" closes at midnight */
  to: string;
}

/** What the availability of a channel depends on (a CrisisLineChannel row). */
export interface ChannelHours {
  is24x7: boolean;
  /** the stored JSON, validated here: anything malformed counts as "hours not known" */
  schedule: unknown;
}

/** A moment in Latvian wall-clock terms, for "opens tomorrow at 09:00". */
export interface RigaMoment {
  /** the instant itself */
  at: Date;
  weekday: IsoWeekday;
  /** "HH:MM" in Latvian time */
  time: string;
  /** calendar days from the reference instant's day in Latvia: 0 today, 1 tomorrow … */
  daysAhead: number;
}

export type Availability =
  | { state: 'always' }
  | { state: 'open'; closes: RigaMoment }
  | { state: 'closed'; opens: RigaMoment }
  | { state: 'unknown' };

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = MINUTES_PER_DAY * MS_PER_MINUTE;

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

function minutesOfDay(clock: unknown): number | null {
  if (typeof clock !== 'string') return null;
  const match = CLOCK.exec(clock);
  if (!match) return null;
  if (clock === '24:00') return MINUTES_PER_DAY;
  return Number(match[1]) * 60 + Number(match[2]);
}

const isWeekday = (day: unknown): day is IsoWeekday => typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 7;

/**
 * The stored schedule JSON as openings, or null when it is missing, empty or malformed in any part
 * (a half-valid schedule would make the answer a guess).
 */
export function parseSchedule(json: unknown): WeeklyOpening[] | null {
  if (!Array.isArray(json) || json.length === 0) return null;
  const openings: WeeklyOpening[] = [];
  for (const item of json) {
    if (typeof item !== 'object' || item === null) return null;
    const { days, from, to } = item as Record<string, unknown>;
    if (!Array.isArray(days) || days.length === 0 || !days.every(isWeekday)) return null;
    const start = minutesOfDay(from);
    const end = minutesOfDay(to);
    if (start === null || end === null || start >= end || typeof from !== 'string' || typeof to !== 'string') return null;
    openings.push({ days: [...new Set(days)].sort((a, b) => a - b), from, to });
  }
  return openings;
}

interface Interval {
  start: number;
  end: number;
}

/** Openings as merged [start, end) minute ranges of the week, Monday 00:00 = 0. */
function weeklyIntervals(openings: WeeklyOpening[]): Interval[] {
  const raw: Interval[] = [];
  for (const opening of openings) {
    const from = minutesOfDay(opening.from) ?? 0;
    const to = minutesOfDay(opening.to) ?? 0;
    for (const day of opening.days) raw.push({ start: (day - 1) * MINUTES_PER_DAY + from, end: (day - 1) * MINUTES_PER_DAY + to });
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of raw) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Wall-clock time of an instant in a time zone, as milliseconds of a UTC date with the same reading. */
function wallClockMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/** The instant at which the clocks of the time zone show the given wall-clock reading. */
function instantOfWallClock(wallMs: number, timeZone: string): Date {
  const offsetAt = (instantMs: number) => wallClockMs(new Date(instantMs), timeZone) - instantMs;
  // Two rounds settle the offset across a daylight-saving change.
  const first = wallMs - offsetAt(wallMs);
  return new Date(wallMs - offsetAt(first));
}

const isoWeekdayOfWall = (wallMs: number) => ((((new Date(wallMs).getUTCDay() + 6) % 7) + 1) as IsoWeekday);
const pad = (n: number) => String(n).padStart(2, '0');

function rigaMoment(nowWallMs: number, minutesAhead: number): RigaMoment {
  // Whole minutes: "opens at 09:00" means 09:00:00, whatever the seconds of the reference instant.
  const nowMinuteWall = nowWallMs - (nowWallMs % MS_PER_MINUTE);
  const wall = nowMinuteWall + minutesAhead * MS_PER_MINUTE;
  const date = new Date(wall);
  return {
    at: instantOfWallClock(wall, RIGA_TIME_ZONE),
    weekday: isoWeekdayOfWall(wall),
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`,
    daysAhead: Math.floor(wall / MS_PER_DAY) - Math.floor(nowWallMs / MS_PER_DAY),
  };
}

/** Whether a channel is reachable at `at` (Latvian time), and when it closes or next opens. */
export function channelAvailability(channel: ChannelHours, at: Date): Availability {
  if (channel.is24x7) return { state: 'always' };
  const openings = parseSchedule(channel.schedule);
  if (!openings) return { state: 'unknown' };
  const intervals = weeklyIntervals(openings);
  const first = intervals[0];
  const last = intervals.at(-1);
  if (!first || !last) return { state: 'unknown' };
  if (intervals.length === 1 && first.start === 0 && first.end === MINUTES_PER_WEEK) return { state: 'always' };

  const nowWall = wallClockMs(at, RIGA_TIME_ZONE);
  const nowMinute = (isoWeekdayOfWall(nowWall) - 1) * MINUTES_PER_DAY + Math.floor((nowWall % MS_PER_DAY) / MS_PER_MINUTE);
  // An opening that runs to Sunday 24:00 continues into one from Monday 00:00.
  const wraps = first.start === 0 && last.end === MINUTES_PER_WEEK;

  const current = intervals.find((i) => i.start <= nowMinute && nowMinute < i.end);
  if (current) {
    const closesIn = current.end - nowMinute + (wraps && current === last ? first.end : 0);
    return { state: 'open', closes: rigaMoment(nowWall, closesIn) };
  }
  const opensIn = Math.min(...intervals.map((i) => (i.start - nowMinute + MINUTES_PER_WEEK) % MINUTES_PER_WEEK));
  return { state: 'closed', opens: rigaMoment(nowWall, opensIn) };
}

/** Channels whose hours mean "can someone answer now"; an e-mail or a web page has no such moment. */
export const REAL_TIME_CHANNEL_KINDS: readonly string[] = ['phone', 'sms', 'chat'];

/**
 * The availability of a whole line: 24/7 if the line says so; otherwise the best of its real-time
 * channels. "Closed" only when every such channel is known to be closed — an unknown channel might be
 * answering, so the line is then `unknown`.
 */
export function lineAvailability(line: { is24x7: boolean; channels: (ChannelHours & { kind: string })[] }, at: Date): Availability {
  if (line.is24x7) return { state: 'always' };
  const states = line.channels.filter((c) => REAL_TIME_CHANNEL_KINDS.includes(c.kind)).map((c) => channelAvailability(c, at));
  if (states.length === 0) return { state: 'unknown' };
  if (states.some((s) => s.state === 'always')) return { state: 'always' };
  const open = states.flatMap((s) => (s.state === 'open' ? [s] : []));
  if (open.length > 0) return open.reduce((a, b) => (a.closes.at >= b.closes.at ? a : b));
  if (states.some((s) => s.state === 'unknown')) return { state: 'unknown' };
  const closed = states.flatMap((s) => (s.state === 'closed' ? [s] : []));
  return closed.reduce((a, b) => (a.opens.at <= b.opens.at ? a : b));
}

/** The calendar date ("YYYY-MM-DD") of an instant in Latvia. */
export function rigaDate(at: Date): string {
  return new Date(wallClockMs(at, RIGA_TIME_ZONE)).toISOString().slice(0, 10);
}

/**
 * Whether a "valid until" date (a calendar date, stored as UTC midnight) has passed: the entry is valid
 * through the whole of that day in Latvia.
 */
export function hasEnded(validUntil: Date | null, at: Date): boolean {
  return validUntil !== null && validUntil.toISOString().slice(0, 10) < rigaDate(at);
}
