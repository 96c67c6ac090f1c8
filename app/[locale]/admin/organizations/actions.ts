'use server';

import { createEntryAction, entryRestoreVersionAction, entryStateAction, updateEntryAction } from '@/lib/admin/entry-actions';

// Each action calls requireRole('editor') first and parses its FormData with zod (lib/admin/action.ts).
export const createOrganization = createEntryAction('organization');
export const updateOrganization = updateEntryAction('organization');
export const changeOrganizationState = entryStateAction('organization');
export const restoreOrganizationVersion = entryRestoreVersionAction('organization');
