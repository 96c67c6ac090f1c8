import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryEditView } from '@/components/admin/entries/EntryEditView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { changeCrisisLineState, updateCrisisLine } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/crisis-lines/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.crisis_line.singular') };
}

export default async function EditCrisisLinePage({ params, searchParams }: PageProps<'/[locale]/admin/crisis-lines/[id]'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/crisis-lines/${encodeURIComponent(id)}`);
  return <EntryEditView kind="crisis_line" id={id} searchParams={await searchParams} updateAction={updateCrisisLine} stateAction={changeCrisisLineState} />;
}
