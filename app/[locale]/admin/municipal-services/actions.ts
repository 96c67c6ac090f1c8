'use server';

import { createEntryAction, entryRestoreVersionAction, entryStateAction, updateEntryAction } from '@/lib/admin/entry-actions';

// Each action calls requireRole('editor') first and parses its FormData with zod (lib/admin/action.ts).
export const createMunicipalService = createEntryAction('municipal_social_service');
export const updateMunicipalService = updateEntryAction('municipal_social_service');
export const changeMunicipalServiceState = entryStateAction('municipal_social_service');
export const restoreMunicipalServiceVersion = entryRestoreVersionAction('municipal_social_service');
