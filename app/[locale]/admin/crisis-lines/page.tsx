import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryListView } from '@/components/admin/entries/EntryListView';
import { requireRole } from '@/lib/auth/guard';
import { listCrisisLinesForAdmin } from '@/lib/catalogue/admin-lists';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { parseAdminListQuery } from '@/lib/validation/admin/list-query';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/crisis-lines'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.crisis_line.title') };
}

export default async function CrisisLinesAdminPage({ params, searchParams }: PageProps<'/[locale]/admin/crisis-lines'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/crisis-lines`);
  const query = parseAdminListQuery(await searchParams);
  return <EntryListView kind="crisis_line" query={query} page={await listCrisisLinesForAdmin(getDb(), query)} />;
}
