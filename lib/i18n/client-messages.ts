import type { AbstractIntlMessages } from 'next-intl';

/**
 * The messages the browser gets. Only client components ('use client') need messages in the browser; server
 * components read them on the server. Passing the whole catalogue (50 kB of JSON in every page's payload)
 * cost every page view its serialisation and its bytes. tests/unit/client-messages.test.ts checks that every
 * `useTranslations(…)` in a client component is covered here.
 */
export const PUBLIC_CLIENT_MESSAGES = ['ErrorPage', 'QuickExit', 'Feedback', 'Referral'] as const;

/** Added inside the admin area (app/[locale]/admin/layout.tsx). */
export const ADMIN_CLIENT_MESSAGES = [
  'FieldErrors',
  'AdminForms',
  'AdminShell',
  'AdminAuth.signIn',
  'AdminAuth.acceptInvitation',
  'AdminUsers.inviteForm',
] as const;

/** The parts of `messages` at the given dotted paths ("AdminAuth.signIn"), in the same nesting. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let source: AbstractIntlMessages | string | undefined = messages;
    let target = picked;
    keys.forEach((key, i) => {
      source = typeof source === 'object' ? source[key] : undefined;
      if (source === undefined) return;
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}
