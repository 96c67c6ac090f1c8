import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryHistoryView } from '@/components/admin/entries/EntryHistoryView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { restoreCrisisLineVersion } from '../../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/crisis-lines/[id]/history'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('edit.history') };
}

export default async function CrisisLineHistoryPage({ params, searchParams }: PageProps<'/[locale]/admin/crisis-lines/[id]/history'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/crisis-lines/${encodeURIComponent(id)}/history`);
  return <EntryHistoryView kind="crisis_line" id={id} searchParams={await searchParams} restoreAction={restoreCrisisLineVersion} />;
}
