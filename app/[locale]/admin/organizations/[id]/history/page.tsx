import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryHistoryView } from '@/components/admin/entries/EntryHistoryView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { restoreOrganizationVersion } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/organizations/[id]/history'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('edit.history') };
}

export default async function OrganizationHistoryPage({ params, searchParams }: PageProps<'/[locale]/admin/organizations/[id]/history'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/organizations/${encodeURIComponent(id)}/history`);
  return <EntryHistoryView kind="organization" id={id} searchParams={await searchParams} restoreAction={restoreOrganizationVersion} />;
}
