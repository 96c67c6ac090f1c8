import { z } from 'zod';
import { cleanText, crisisNumber, email, httpUrl, isoDate, slug } from '@/lib/validation/common';

/**
 * Records of the curated dataset prisma/data/crisis-lines.json, built by scripts/extract/crisis-lines.ts.
 * Hours are kept twice: as the text the source gives (Latvian) and as a weekly schedule, which is what lets
 * the site say "reachable now". A line whose hours the source does not state has neither.
 */

const sourceRef = cleanText.max(200);

/** What a line helps with; the facet the crisis page filters on. */
export const crisisTopic = z.enum([
  'emergency',
  'medical_emergency',
  'children_and_adolescents',
  'crisis',
  'emotional_support',
  'mental_health',
  'crime_victims',
  'gambling_addiction',
  'serious_illness',
  'psychosocial_support',
  'psychological_support',
]);

/** Languages a line answers in (ISO 639-1). */
export const lineLanguage = z.enum(['lv', 'ru', 'en']);

export const channelKind = z.enum(['phone', 'chat', 'email', 'sms', 'web']);

/** "HH:MM"; "24:00" closes a day. */
const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'time.invalid' });

/** One weekly opening: the given ISO weekdays (1 = Monday … 7 = Sunday), from–to the same day. */
export const weeklyOpening = z
  .object({
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .refine((d) => d.every((day, i) => i === 0 || day > (d[i - 1] ?? 0)), { message: 'days.not_ascending' }),
    from: clockTime,
    to: clockTime,
  })
  .strict()
  .refine((o) => o.from < o.to, { message: 'time.range', path: ['to'] });

export const crisisLineChannel = z
  .object({
    kind: channelKind,
    /** a number (phone, sms), an address (email) or a URL (chat, web) */
    value: z.string().trim().min(1),
    hours: cleanText.max(300).optional(),
    is24x7: z.boolean(),
    schedule: z.array(weeklyOpening).min(1).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const valueSchema = c.kind === 'phone' || c.kind === 'sms' ? crisisNumber : c.kind === 'email' ? email : httpUrl;
    if (!valueSchema.safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', message: `channel.value_not_${c.kind}`, path: ['value'] });
    }
    if (c.is24x7 && c.schedule) {
      ctx.addIssue({ code: 'custom', message: 'channel.schedule_with_24x7', path: ['schedule'] });
    }
    if (c.hours && !c.is24x7 && !c.schedule) {
      ctx.addIssue({ code: 'custom', message: 'channel.hours_without_schedule', path: ['schedule'] });
    }
  });

export const crisisLineRecord = z
  .object({
    slug,
    name: cleanText.max(300),
    /** E.164, or a short national number (112, 116111) */
    phoneNumber: crisisNumber,
    operatorName: cleanText.max(300).optional(),
    /** the hours as the source states them, in Latvian */
    hours: cleanText.max(300).optional(),
    is24x7: z.boolean(),
    /** who the line is for, as the source says it */
    audience: cleanText.max(500).optional(),
    topics: z.array(crisisTopic).min(1),
    /** absent: the source does not say */
    freeOfCharge: z.boolean().optional(),
    /** empty: the source does not say */
    languages: z.array(lineLanguage),
    chatUrl: httpUrl.optional(),
    email: email.optional(),
    website: httpUrl.optional(),
    description: cleanText.max(2000).optional(),
    /** 112, 113: shown before every other line */
    isEmergency: z.boolean(),
    position: z.number().int().min(0),
    /** a project line that ends on this date */
    validUntil: isoDate.optional(),
    channels: z.array(crisisLineChannel).min(1),
    sourceRef,
  })
  .strict()
  .superRefine((l, ctx) => {
    if (!l.channels.some((c) => c.kind === 'phone' && c.value === l.phoneNumber)) {
      ctx.addIssue({ code: 'custom', message: 'line.phone_not_a_channel', path: ['channels'] });
    }
    if (l.hours && !l.is24x7 && !l.channels.some((c) => c.schedule)) {
      ctx.addIssue({ code: 'custom', message: 'line.hours_without_schedule', path: ['hours'] });
    }
    if (l.is24x7 && !l.channels.some((c) => c.kind === 'phone' && c.is24x7)) {
      ctx.addIssue({ code: 'custom', message: 'line.24x7_without_channel', path: ['is24x7'] });
    }
  });

export const crisisLineDataset = z.array(crisisLineRecord);

export type CrisisTopic = z.infer<typeof crisisTopic>;
export type WeeklyOpening = z.infer<typeof weeklyOpening>;
export type CrisisLineChannel = z.infer<typeof crisisLineChannel>;
export type CrisisLineRecord = z.infer<typeof crisisLineRecord>;
