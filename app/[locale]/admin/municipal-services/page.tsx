import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryListView } from '@/components/admin/entries/EntryListView';
import { requireRole } from '@/lib/auth/guard';
import { listMunicipalServicesForAdmin } from '@/lib/catalogue/admin-lists';
import { getDb } from '@/lib/db/client';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { parseAdminListQuery } from '@/lib/validation/admin/list-query';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/municipal-services'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.municipal_social_service.title') };
}

export default async function MunicipalServicesAdminPage({ params, searchParams }: PageProps<'/[locale]/admin/municipal-services'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/municipal-services`);
  const query = parseAdminListQuery(await searchParams);
  return <EntryListView kind="municipal_social_service" query={query} page={await listMunicipalServicesForAdmin(getDb(), query)} />;
}
