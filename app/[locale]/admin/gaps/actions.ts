'use server';

import { redirect } from 'next/navigation';
import { adminPath, editorAction } from '@/lib/admin/action';
import { markEntryVerified } from '@/lib/catalogue/lifecycle';
import { getDb } from '@/lib/db/client';
import { verifyEntrySchema } from '@/lib/validation/admin/entry-ref';

/** Marks an overdue entry as verified today (audited, version-checked) and returns to the list. */
export const verifyFromGapsAction = editorAction(verifyEntrySchema, async ({ kind, id, version }, user) => {
  const result = await markEntryVerified(getDb(), user, kind, { id, version });
  const outcome = result.ok ? `done=verify&kind=${kind}&entry=${id}` : `problem=${result.reason}`;
  redirect(`${await adminPath('/admin/gaps')}?${outcome}`);
});
