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
