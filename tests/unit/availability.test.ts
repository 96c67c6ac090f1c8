import { describe, expect, it } from 'vitest';
import { channelAvailability, hasEnded, lineAvailability, parseSchedule, rigaDate, type Availability } from '@/lib/crisis/availability';

const workdays = [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }];
const officeHours = { is24x7: false, schedule: workdays };

/** Riga is UTC+2 in winter (EET) and UTC+3 in summer (EEST). */
const at = (iso: string) => new Date(iso);

function expectOpen(result: Availability) {
  if (result.state !== 'open') throw new Error(`expected open, got ${result.state}`);
  return result.closes;
}
function expectClosed(result: Availability) {
  if (result.state !== 'closed') throw new Error(`expected closed, got ${result.state}`);
  return result.opens;
}

describe('parseSchedule', () => {
  it('accepts the stored weekly openings', () => {
    expect(parseSchedule(workdays)).toEqual(workdays);
    expect(parseSchedule([{ days: [6, 7], from: '10:00', to: '24:00' }])).toEqual([{ days: [6, 7], from: '10:00', to: '24:00' }]);
  });

  it.each([
    ['null', null],
    ['an empty list', []],
    ['an object', { days: [1], from: '09:00', to: '17:00' }],
    ['a weekday out of range', [{ days: [0], from: '09:00', to: '17:00' }]],
    ['no weekdays', [{ days: [], from: '09:00', to: '17:00' }]],
    ['a malformed time', [{ days: [1], from: '9', to: '17:00' }]],
    ['an opening that ends before it starts', [{ days: [1], from: '18:00', to: '08:00' }]],
    ['one bad opening among good ones', [...workdays, { days: [6], from: '25:00', to: '26:00' }]],
  ])('treats %s as unknown hours', (_, json) => {
    expect(parseSchedule(json)).toBeNull();
  });
});

describe('channelAvailability', () => {
  it('says "always" for a 24/7 channel', () => {
    expect(channelAvailability({ is24x7: true, schedule: null }, at('2026-01-14T03:00:00Z'))).toEqual({ state: 'always' });
  });

  it('says "unknown" rather than guessing when no hours are known', () => {
    expect(channelAvailability({ is24x7: false, schedule: null }, at('2026-01-14T10:00:00Z'))).toEqual({ state: 'unknown' });
    expect(channelAvailability({ is24x7: false, schedule: 'P.–Pk. 9–17' }, at('2026-01-14T10:00:00Z'))).toEqual({ state: 'unknown' });
  });

  it('is open during the hours, in Latvian time, and says when it closes', () => {
    // Wednesday 14 January 2026, 10:00 in Riga = 08:00 UTC.
    const closes = expectOpen(channelAvailability(officeHours, at('2026-01-14T08:00:00Z')));
    expect(closes).toMatchObject({ weekday: 3, time: '17:00', daysAhead: 0 });
    expect(closes.at.toISOString()).toBe('2026-01-14T15:00:00.000Z');
  });

  it('uses Latvian, not UTC, time: 07:30 UTC is already 09:30 in Riga', () => {
    expect(channelAvailability(officeHours, at('2026-01-14T07:30:00Z')).state).toBe('open');
    // 06:59 UTC = 08:59 in Riga: not yet.
    expect(expectClosed(channelAvailability(officeHours, at('2026-01-14T06:59:00Z')))).toMatchObject({ time: '09:00', daysAhead: 0 });
  });

  it('opens at the first minute and closes at the last', () => {
    expect(channelAvailability(officeHours, at('2026-01-14T07:00:00Z')).state).toBe('open');
    expect(channelAvailability(officeHours, at('2026-01-14T15:00:00Z')).state).toBe('closed');
  });

  it('after hours, opens the next working day', () => {
    // Wednesday 18:00 in Riga → Thursday 09:00.
    const opens = expectClosed(channelAvailability(officeHours, at('2026-01-14T16:00:00Z')));
    expect(opens).toMatchObject({ weekday: 4, time: '09:00', daysAhead: 1 });
    expect(opens.at.toISOString()).toBe('2026-01-15T07:00:00.000Z');
  });

  it('over a weekend, opens on Monday', () => {
    // Friday 16 January 2026, 18:00 in Riga.
    expect(expectClosed(channelAvailability(officeHours, at('2026-01-16T16:00:00Z')))).toMatchObject({ weekday: 1, daysAhead: 3 });
    // Sunday 23:59 in Riga.
    expect(expectClosed(channelAvailability(officeHours, at('2026-01-18T21:59:00Z')))).toMatchObject({ weekday: 1, time: '09:00', daysAhead: 1 });
  });

  it('counts days from the Latvian date: 23:30 UTC Monday is already Tuesday in Riga', () => {
    // Monday 12 January 23:30 UTC = Tuesday 01:30 in Riga → opens the same (Latvian) day.
    expect(expectClosed(channelAvailability(officeHours, at('2026-01-12T23:30:00Z')))).toMatchObject({ weekday: 2, daysAhead: 0 });
  });

  it('finds the opening across the change to summer time', () => {
    // Saturday 28 March 2026, 12:00 in Riga (UTC+2); clocks go forward on Sunday 29 March.
    const opens = expectClosed(channelAvailability(officeHours, at('2026-03-28T10:00:00Z')));
    expect(opens).toMatchObject({ weekday: 1, time: '09:00', daysAhead: 2 });
    // Monday 30 March, 09:00 summer time = 06:00 UTC.
    expect(opens.at.toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('treats openings that cover the whole week as always open', () => {
    const allWeek = { is24x7: false, schedule: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00' }] };
    expect(channelAvailability(allWeek, at('2026-01-14T08:00:00Z'))).toEqual({ state: 'always' });
  });

  it('runs an evening opening on into the next morning', () => {
    const nights = { is24x7: false, schedule: [{ days: [5], from: '18:00', to: '24:00' }, { days: [6], from: '00:00', to: '10:00' }] };
    // Friday 16 January, 23:00 in Riga → open until Saturday 10:00.
    expect(expectOpen(channelAvailability(nights, at('2026-01-16T21:00:00Z')))).toMatchObject({ weekday: 6, time: '10:00', daysAhead: 1 });
  });

  it('runs Sunday night on into Monday morning', () => {
    const weekendNights = { is24x7: false, schedule: [{ days: [7], from: '20:00', to: '24:00' }, { days: [1], from: '00:00', to: '08:00' }] };
    // Sunday 18 January, 22:00 in Riga → open until Monday 08:00.
    expect(expectOpen(channelAvailability(weekendNights, at('2026-01-18T20:00:00Z')))).toMatchObject({ weekday: 1, time: '08:00', daysAhead: 1 });
    // Monday 12:00 → next opening Sunday 20:00, six days ahead.
    expect(expectClosed(channelAvailability(weekendNights, at('2026-01-19T10:00:00Z')))).toMatchObject({ weekday: 7, time: '20:00', daysAhead: 6 });
  });
});

describe('lineAvailability', () => {
  const phone = (hours: { is24x7: boolean; schedule: unknown }) => ({ kind: 'phone', ...hours });
  const wednesdayEvening = at('2026-01-14T16:00:00Z');

  it('trusts the line-level 24/7 flag', () => {
    expect(lineAvailability({ is24x7: true, channels: [] }, wednesdayEvening)).toEqual({ state: 'always' });
  });

  it('ignores e-mail and web channels, which have no "now"', () => {
    const line = { is24x7: false, channels: [phone(officeHours), { kind: 'email', is24x7: false, schedule: null }] };
    expect(lineAvailability(line, wednesdayEvening).state).toBe('closed');
    expect(lineAvailability({ is24x7: false, channels: [{ kind: 'email', is24x7: false, schedule: null }] }, wednesdayEvening).state).toBe('unknown');
  });

  it('is open when any real-time channel is open', () => {
    const evenings = { is24x7: false, schedule: [{ days: [1, 2, 3, 4, 5], from: '17:00', to: '22:00' }] };
    const result = lineAvailability({ is24x7: false, channels: [phone(officeHours), { kind: 'chat', ...evenings }] }, wednesdayEvening);
    expect(expectOpen(result).time).toBe('22:00');
  });

  it('does not claim "closed" while another channel has unknown hours', () => {
    const line = { is24x7: false, channels: [phone(officeHours), phone({ is24x7: false, schedule: null })] };
    expect(lineAvailability(line, wednesdayEvening).state).toBe('unknown');
  });

  it('when every channel is closed, gives the earliest opening', () => {
    const late = { is24x7: false, schedule: [{ days: [4], from: '12:00', to: '14:00' }] };
    const line = { is24x7: false, channels: [phone(late), phone(officeHours)] };
    expect(expectClosed(lineAvailability(line, wednesdayEvening))).toMatchObject({ weekday: 4, time: '09:00' });
  });
});

describe('validity dates', () => {
  const validUntil = new Date('2027-06-30T00:00:00Z');

  it('keeps an entry valid through the whole of its last day in Latvia', () => {
    // 30 June 2027, 23:30 in Riga (UTC+3).
    expect(hasEnded(validUntil, at('2027-06-30T20:30:00Z'))).toBe(false);
    // 1 July 2027, 00:30 in Riga — still 30 June in UTC.
    expect(hasEnded(validUntil, at('2027-06-30T21:30:00Z'))).toBe(true);
    expect(hasEnded(null, at('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('gives the Latvian calendar date of an instant', () => {
    expect(rigaDate(at('2026-01-12T23:30:00Z'))).toBe('2026-01-13');
  });
});
