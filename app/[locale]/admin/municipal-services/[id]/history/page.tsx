import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryHistoryView } from '@/components/admin/entries/EntryHistoryView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { restoreMunicipalServiceVersion } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/municipal-services/[id]/history'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('edit.history') };
}

export default async function MunicipalServiceHistoryPage({ params, searchParams }: PageProps<'/[locale]/admin/municipal-services/[id]/history'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/municipal-services/${encodeURIComponent(id)}/history`);
  return <EntryHistoryView kind="municipal_social_service" id={id} searchParams={await searchParams} restoreAction={restoreMunicipalServiceVersion} />;
}
