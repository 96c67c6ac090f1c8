import 'server-only';
import { getDb } from '@/lib/db/client';
import type { FeedbackEntityType, SuggestionInput } from '@/lib/validation/feedback';

/** The id of a published entry by its kind and slug, or null (unknown, unpublished or archived). */
export async function findPublishedEntityId(type: FeedbackEntityType, slug: string): Promise<string | null> {
  const db = getDb();
  const where = { slug, status: 'published' } as const;
  const select = { id: true } as const;
  const row =
    type === 'service'
      ? await db.service.findFirst({ where, select })
      : type === 'organization'
        ? await db.organization.findFirst({ where, select })
        : type === 'municipal_social_service'
          ? await db.municipalSocialService.findFirst({ where, select })
          : await db.crisisLine.findFirst({ where, select });
  return row?.id ?? null;
}

/** Stores a public error report for the coordinators' review queue (status "new"). */
export async function createSuggestion(entityId: string, input: SuggestionInput): Promise<void> {
  await getDb().suggestion.create({
    data: {
      entityType: input.entityType,
      entityId,
      field: input.field,
      message: input.message,
      contactEmail: input.email,
    },
  });
}
