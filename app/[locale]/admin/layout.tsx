import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/AdminNav';
import { getCurrentUser } from '@/lib/auth/guard';
import { ADMIN_CLIENT_MESSAGES, pickMessages, PUBLIC_CLIENT_MESSAGES } from '@/lib/i18n/client-messages';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { signOut } from './account/actions';

export async function generateMetadata({ params }: LayoutProps<'/[locale]/admin'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminShell' });
  return {
    title: { default: t('title'), template: `%s — ${t('title')}` },
    // Not for search engines, and no admin URL (invitation tokens!) in another site's Referer.
    robots: { index: false, follow: false, nocache: true },
    referrer: 'same-origin',
  };
}

/**
 * The frame of the admin area. It shows the menu only to a signed-in user and protects nothing by itself:
 * each page and action calls the guard (lib/auth/guard.ts) first.
 */
export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  await resolvePageLocale(params);
  const [user, messages] = await Promise.all([getCurrentUser(), getMessages()]);
  return (
    // A provider replaces the one above it: the public namespaces again, plus the admin forms'.
    <NextIntlClientProvider messages={pickMessages(messages, [...PUBLIC_CLIENT_MESSAGES, ...ADMIN_CLIENT_MESSAGES])}>
      <div className="space-y-6">
        {user ? <AdminNav user={user} signOut={signOut} /> : null}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
