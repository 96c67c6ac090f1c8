import { z } from 'zod';
import { cleanText } from '@/lib/validation/common';
import { tidyText } from './input';

/** Which entry a form or button acts on, and the version the coordinator saw (optimistic locking). */
export const entryRefSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** A suggestion the save answers (the edit form opened from the suggestions queue). */
export const suggestionRefSchema = z.object({
  suggestionId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional()),
});

/** A reviewer's note on a suggestion: optional, plain text. */
export const reviewNoteSchema = z.object({
  note: z.preprocess(tidyText, cleanText.max(2000).optional()),
});

/** Restoring one state from the audit history: the audit row and which side of it (before or after the change). */
export const restoreVersionSchema = entryRefSchema.extend({
  auditId: z.string().regex(/^\d{1,18}$/),
  side: z.enum(['before', 'after']),
});

/** A status button: publish, archive, restore from the archive, or mark as verified today. */
export const stateChangeSchema = entryRefSchema.extend({
  transition: z.enum(['publish', 'archive', 'restore', 'verify']),
});

/** Accepting or rejecting a public suggestion, with an optional note. */
export const suggestionReviewSchema = reviewNoteSchema.extend({
  id: z.uuid(),
  decision: z.enum(['accept', 'reject']),
});

/** The suggestions queue's state in the URL. */
export const suggestionListSchema = z.object({
  status: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['new', 'accepted', 'rejected', 'all']).catch('new')),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(10_000).catch(1)),
});

/** "Verified today" from the list of entries overdue for verification. */
export const verifyEntrySchema = entryRefSchema.extend({
  kind: z.enum(['service', 'municipal_social_service', 'crisis_line']),
});

/** The gaps dashboard's period. */
export const gapPeriodSchema = z.object({
  days: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().pipe(z.union([z.literal(7), z.literal(30), z.literal(90)])).catch(30)),
});
