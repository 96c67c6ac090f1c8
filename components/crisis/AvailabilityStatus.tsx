import { getTranslations } from 'next-intl/server';
import type { Availability, RigaMoment } from '@/lib/crisis/availability';

const STYLE: Record<Availability['state'], string> = {
  always: 'border-brand-700 bg-brand-50 text-brand-900',
  open: 'border-green-700 bg-green-50 text-green-900',
  closed: 'border-slate-500 bg-slate-100 text-slate-900',
  unknown: 'border-amber-600 bg-amber-50 text-amber-950',
};

/** "Open now, until 17:00" / "Closed, opens tomorrow at 09:00" / "Hours not known" — in words, not colour alone. */
export async function availabilityText(availability: Availability): Promise<string> {
  const t = await getTranslations('Availability');
  const when = (moment: RigaMoment) => ({ day: String(moment.weekday), time: moment.time });
  switch (availability.state) {
    case 'always':
      return t('always');
    case 'unknown':
      return t('unknown');
    case 'open':
      return availability.closes.daysAhead === 0 ? t('openUntil', { time: availability.closes.time }) : t('openUntilDay', when(availability.closes));
    case 'closed': {
      const { opens } = availability;
      if (opens.daysAhead === 0) return t('opensToday', { time: opens.time });
      if (opens.daysAhead === 1) return t('opensTomorrow', { time: opens.time });
      return t('opensOn', when(opens));
    }
  }
}

export async function AvailabilityStatus({ availability, size = 'normal' }: { availability: Availability; size?: 'normal' | 'small' }) {
  const text = await availabilityText(availability);
  return (
    <p
      className={`inline-flex items-center gap-2 rounded-md border px-2 py-1 font-semibold ${STYLE[availability.state]} ${size === 'small' ? 'text-sm' : ''}`}
      data-availability={availability.state}
    >
      <span aria-hidden="true" className="inline-block size-2.5 shrink-0 rounded-full bg-current" />
      {text}
    </p>
  );
}
