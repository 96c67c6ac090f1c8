'use server';

import { createEntryAction, entryRestoreVersionAction, entryStateAction, updateEntryAction } from '@/lib/admin/entry-actions';

// Each action calls requireRole('editor') first and parses its FormData with zod (lib/admin/action.ts).
export const createCrisisLine = createEntryAction('crisis_line');
export const updateCrisisLine = updateEntryAction('crisis_line');
export const changeCrisisLineState = entryStateAction('crisis_line');
export const restoreCrisisLineVersion = entryRestoreVersionAction('crisis_line');
