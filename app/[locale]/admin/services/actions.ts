'use server';

import { createEntryAction, entryRestoreVersionAction, entryStateAction, updateEntryAction } from '@/lib/admin/entry-actions';

// Each action calls requireRole('editor') first and parses its FormData with zod (lib/admin/action.ts).
export const createService = createEntryAction('service');
export const updateService = updateEntryAction('service');
export const changeServiceState = entryStateAction('service');
export const restoreServiceVersion = entryRestoreVersionAction('service');
