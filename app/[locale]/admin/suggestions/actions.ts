'use server';

import { redirect } from 'next/navigation';
import { adminPath, editorAction } from '@/lib/admin/action';
import { reviewSuggestion } from '@/lib/catalogue/suggestions';
import { getDb } from '@/lib/db/client';
import { suggestionReviewSchema } from '@/lib/validation/admin/entry-ref';

/** Accepts or rejects a new suggestion with an optional note (audited); the queue shows the outcome. */
export const reviewSuggestionAction = editorAction(suggestionReviewSchema, async ({ id, decision, note }, user) => {
  const result = await reviewSuggestion(getDb(), user, id, decision, note ?? null);
  const outcome = result.ok ? `done=${decision === 'accept' ? 'accepted' : 'rejected'}` : `problem=${result.reason}`;
  redirect(`${await adminPath('/admin/suggestions')}?${outcome}`);
});
