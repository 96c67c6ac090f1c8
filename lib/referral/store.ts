import { formatReferralIds, parseReferralIds, type ReferralRef } from './ids';

/**
 * The social worker's referral list in this browser (localStorage), for client components. Nothing here
 * reaches the server: the list travels only in the address of the referral page.
 */
const STORAGE_KEY = 'ak.referral.v1';
const CHANGE_EVENT = 'ak:referral-change';

function readRaw(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    // Storage can be disabled (private mode, policy): the list then lives in the address only.
    return '';
  }
}

/** The stored list as its `ids` string; a stable string, so useSyncExternalStore can compare snapshots. */
export function getStoredReferralIds(): string {
  return formatReferralIds(parseReferralIds(readRaw()).refs);
}

export function getStoredReferrals(): ReferralRef[] {
  return parseReferralIds(readRaw()).refs;
}

export function storeReferrals(refs: readonly ReferralRef[]): void {
  const value = formatReferralIds(refs);
  if (value === getStoredReferralIds()) return;
  try {
    if (value === '') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    return;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Calls back when the list changes in this tab or in another one. */
export function subscribeToReferrals(callback: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) callback();
  };
  window.addEventListener(CHANGE_EVENT, callback);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, callback);
    window.removeEventListener('storage', onStorage);
  };
}
