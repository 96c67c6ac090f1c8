import { getTranslations } from 'next-intl/server';
import { parseSchedule, type WeeklyOpening } from '@/lib/crisis/availability';
import type { CrisisChannelEntry } from '@/lib/db/entries';

/** Consecutive weekdays as ranges: [1,2,3,4,5,7] → [[1,5],[7,7]]. */
export function weekdayRuns(days: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

async function describeSchedule(openings: WeeklyOpening[]): Promise<string> {
  const t = await getTranslations('Availability');
  const day = (d: number) => t('dayShort', { day: String(d) });
  return openings
    .map((o) => {
      const days = weekdayRuns(o.days)
        .map(([a, b]) => (a === b ? day(a) : `${day(a)}–${day(b)}`))
        .join(', ');
      return `${days} ${o.from}–${o.to}`;
    })
    .join('; ');
}

/** A channel's hours: the stored text, else the weekly schedule in words, else "not stated". */
export async function ChannelHours({ channel }: { channel: Pick<CrisisChannelEntry, 'hours' | 'schedule' | 'is24x7'> }) {
  const t = await getTranslations('Availability');
  if (channel.hours) return <span lang="lv">{channel.hours}</span>;
  if (channel.is24x7) return <>{t('always')}</>;
  const openings = parseSchedule(channel.schedule);
  if (openings) return <>{await describeSchedule(openings)}</>;
  return <span className="text-slate-700">{t('hoursNotStated')}</span>;
}
