import type { MessageKeys, Messages, NestedKeyOf } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SignOutButton } from '@/components/admin/auth/SignOutButton';
import { hasRole, type CurrentUser, type Role } from '@/lib/auth/types';
import { Link } from '@/lib/i18n/navigation';

type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

export interface AdminSection {
  /** without the locale: /admin/… */
  href: `/admin${string}`;
  /** full message key, e.g. 'AdminShell.sections.users' (any namespace) */
  label: MessageKey;
  /** shown on the dashboard */
  description?: MessageKey;
  /** who sees the link; the page itself still calls requireRole */
  role: Role;
}

/**
 * The sections of the admin area, in menu order. Add a section here (with its messages in your own
 * namespace) and it appears in the menu and on the dashboard for the users with its role.
 */
export const adminSections: AdminSection[] = [
  { href: '/admin', label: 'AdminShell.sections.dashboard', role: 'editor' },
  { href: '/admin/services', label: 'AdminEntries.kinds.service.title', description: 'AdminEntries.kinds.service.description', role: 'editor' },
  { href: '/admin/organizations', label: 'AdminEntries.kinds.organization.title', description: 'AdminEntries.kinds.organization.description', role: 'editor' },
  {
    href: '/admin/municipal-services',
    label: 'AdminEntries.kinds.municipal_social_service.title',
    description: 'AdminEntries.kinds.municipal_social_service.description',
    role: 'editor',
  },
  { href: '/admin/crisis-lines', label: 'AdminEntries.kinds.crisis_line.title', description: 'AdminEntries.kinds.crisis_line.description', role: 'editor' },
  { href: '/admin/suggestions', label: 'AdminSuggestions.title', description: 'AdminSuggestions.description', role: 'editor' },
  { href: '/admin/gaps', label: 'AdminGaps.title', description: 'AdminGaps.description', role: 'editor' },
  { href: '/admin/users', label: 'AdminShell.sections.users', description: 'AdminShell.sections.usersDescription', role: 'admin' },
  { href: '/admin/account', label: 'AdminShell.sections.account', description: 'AdminShell.sections.accountDescription', role: 'editor' },
];

export function sectionsFor(user: Pick<CurrentUser, 'role'>): AdminSection[] {
  return adminSections.filter((section) => hasRole(user, section.role));
}

/** The admin menu with the signed-in user and the sign-out button; rendered by the admin layout for signed-in users only. */
export async function AdminNav({ user, signOut }: { user: CurrentUser; signOut: () => Promise<void> }) {
  const [t, tShell] = await Promise.all([getTranslations(), getTranslations('AdminShell')]);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
      <nav aria-label={tShell('navLabel')}>
        <ul className="flex flex-wrap gap-1">
          {sectionsFor(user).map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="inline-block min-h-11 rounded px-3 py-2.5 font-semibold text-brand-800 hover:bg-brand-50">
                {t(section.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span data-testid="admin-user">{tShell('signedInAs', { name: user.name, role: tShell(`roles.${user.role}`) })}</span>
        <SignOutButton action={signOut} />
      </div>
    </div>
  );
}
