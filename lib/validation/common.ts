import { z } from 'zod';

/** Latvian numbers in E.164: +371 and 8 digits (2… mobile, 6… landline, 8… free/short service numbers). */
export const LATVIAN_E164 = /^\+371[2-9]\d{7}$/;
/** Short national numbers that have no E.164 form: 112, 113, 116 xxx, 1xx…, and 8-digit free lines 800xxxxx. */
export const SHORT_NUMBER = /^(11[0-9]|116\d{3}|1\d{2,3})$/;

export const e164Phone = z
  .string()
  .trim()
  .regex(LATVIAN_E164, { message: 'phone.invalid' });

export const crisisNumber = z
  .string()
  .trim()
  .refine((v) => LATVIAN_E164.test(v) || SHORT_NUMBER.test(v), { message: 'phone.invalid' });

export const email = z.email({ message: 'email.invalid' });

export const httpUrl = z
  .url({ protocol: /^https?$/, message: 'url.invalid' })
  .max(2048);

export const slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug.invalid' });

/** ISO date (YYYY-MM-DD). */
export const isoDate = z.iso.date();

/**
 * Text extracted from the seed PDFs must not carry their artifacts: broken glyphs of seed 004
 * (Ĝ for ļ, ă for ģ, Ħ for ņ …), soft hyphens, form feeds, bullet glyphs, runs of spaces, hyphenation
 * left at a line end ("pakalpo-\njums"). Paragraphs are separated by a single blank line.
 */
export const ARTIFACT_PATTERN =
  /[ĜăĦĝħ\u00ad\u000c\uf0b7\uf0a7►•]|[ \t]{2,}|[ \t]\n|\n[ \t]|\n{3,}|\p{Ll}-\n\p{Ll}|^\s|\s$/u;

export const cleanText = z
  .string()
  .min(1)
  .refine((v) => !ARTIFACT_PATTERN.test(v), { message: 'text.artifact' });

export const planningRegion = z.enum(['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale']);
export const serviceDomain = z.enum(['social', 'education_culture', 'health', 'justice', 'employment']);
export const serviceLevel = z.enum(['national', 'regional', 'municipal']);
export const deliveryMode = z.enum(['in_person', 'remote_video', 'phone', 'email_chat', 'at_home', 'residential']);
export const accessRoute = z.enum([
  'self_referral',
  'social_service',
  'doctor',
  'educational_institution',
  'orphans_court',
  'court_or_probation',
  'police',
  'other',
]);
export const costKind = z.enum(['free', 'partly_paid', 'paid']);
export const targetAudience = z.enum([
  'children',
  'adolescents',
  'young_adults',
  'parents',
  'families',
  'foster_families',
  'professionals',
]);
export const entryStatus = z.enum(['draft', 'published', 'archived']);
export const municipalityKind = z.enum(['novads', 'valstspilseta']);
