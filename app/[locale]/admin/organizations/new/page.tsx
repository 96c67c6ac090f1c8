import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryCreateView } from '@/components/admin/entries/EntryCreateView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { createOrganization } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/organizations/new'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.organization.new') };
}

export default async function NewOrganizationPage({ params }: PageProps<'/[locale]/admin/organizations/new'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/organizations/new`);
  return <EntryCreateView kind="organization" action={createOrganization} />;
}
