import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryCreateView } from '@/components/admin/entries/EntryCreateView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { createCrisisLine } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/crisis-lines/new'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.crisis_line.new') };
}

export default async function NewCrisisLinePage({ params }: PageProps<'/[locale]/admin/crisis-lines/new'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/crisis-lines/new`);
  return <EntryCreateView kind="crisis_line" action={createCrisisLine} />;
}
