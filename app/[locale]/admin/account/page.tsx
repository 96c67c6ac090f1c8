import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SubmitButton } from '@/components/admin/auth/SubmitButton';
import { ABSOLUTE_SESSION_HOURS, authConfig } from '@/lib/auth/config';
import { readSessionToken } from '@/lib/auth/cookie';
import { requireUser } from '@/lib/auth/guard';
import { listUserSessions } from '@/lib/auth/session';
import { hashSecretToken } from '@/lib/auth/tokens';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { signOutEverywhere } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/account'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth.account' });
  return { title: t('title') };
}

export default async function AccountPage({ params }: PageProps<'/[locale]/admin/account'>) {
  const locale = await resolvePageLocale(params);
  const user = await requireUser(`/${locale}/admin/account`);
  const [t, tShell, format, sessions, token] = await Promise.all([
    getTranslations('AdminAuth.account'),
    getTranslations('AdminShell'),
    getFormatter(),
    listUserSessions(getDb(), user.id),
    readSessionToken(),
  ]);
  const currentSessionId = token ? hashSecretToken(token) : null;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt className="font-semibold">{t('email')}</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">{t('role')}</dt>
        <dd>{tShell(`roles.${user.role}`)}</dd>
      </dl>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-bold">
          {t('sessionsHeading')}
        </h2>
        <p>{t('sessionsIntro', { idle: authConfig().idleMs / 60_000, hours: ABSOLUTE_SESSION_HOURS })}</p>
        <ul className="space-y-2">
          {sessions.map((session) => (
            <li key={session.id} className="rounded border border-slate-200 p-3">
              <p className="font-semibold">
                {session.userAgent ? summariseUserAgent(session.userAgent) : t('unknownDevice')}
                {session.id === currentSessionId ? ` — ${t('thisDevice')}` : ''}
              </p>
              <p className="text-sm text-slate-700">{t('session', { started: when(session.createdAt), lastSeen: when(session.lastSeenAt) })}</p>
            </li>
          ))}
        </ul>
        <form action={signOutEverywhere} className="space-y-2">
          <p id="sign-out-everywhere-hint" className="text-sm text-slate-700">
            {t('signOutEverywhereHint')}
          </p>
          <SubmitButton variant="danger">{t('signOutEverywhere')}</SubmitButton>
        </form>
      </section>
    </div>
  );
}

/** "Firefox on Linux" is enough to recognise a device; the full string is noise. */
function summariseUserAgent(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return [browser, system].filter(Boolean).join(' · ') || userAgent.slice(0, 60);
}
