import { getTranslations } from 'next-intl/server';
import { sectionsFor } from '@/components/admin/AdminNav';
import { requireUser } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { Link } from '@/lib/i18n/navigation';

/** The dashboard: a greeting and the sections this user may open (from AdminNav's list). */
export default async function AdminDashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const locale = await resolvePageLocale(params);
  const user = await requireUser(`/${locale}/admin`);
  const [t, tShell] = await Promise.all([getTranslations(), getTranslations('AdminShell')]);
  const sections = sectionsFor(user).filter((section) => section.href !== '/admin');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{tShell('title')}</h1>
      <p className="text-lg">{tShell('dashboard.welcome', { name: user.name })}</p>
      <p>{tShell('dashboard.intro')}</p>
      <section aria-labelledby="sections-heading" className="space-y-3">
        <h2 id="sections-heading" className="text-xl font-bold">
          {tShell('dashboard.sectionsHeading')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.href} className="rounded-lg border border-slate-200 p-4">
              <Link href={section.href} className="text-lg font-semibold text-brand-800 underline">
                {t(section.label)}
              </Link>
              {section.description ? <p className="mt-1 text-slate-700">{t(section.description)}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
