import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryListView } from '@/components/admin/entries/EntryListView';
import { requireRole } from '@/lib/auth/guard';
import { listServicesForAdmin } from '@/lib/catalogue/admin-lists';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { parseAdminListQuery } from '@/lib/validation/admin/list-query';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/services'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.service.title') };
}

export default async function ServicesAdminPage({ params, searchParams }: PageProps<'/[locale]/admin/services'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/services`);
  const query = parseAdminListQuery(await searchParams);
  return <EntryListView kind="service" query={query} page={await listServicesForAdmin(getDb(), query)} />;
}
