import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryEditView } from '@/components/admin/entries/EntryEditView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { changeOrganizationState, updateOrganization } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/organizations/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.organization.singular') };
}

export default async function EditOrganizationPage({ params, searchParams }: PageProps<'/[locale]/admin/organizations/[id]'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/organizations/${encodeURIComponent(id)}`);
  return <EntryEditView kind="organization" id={id} searchParams={await searchParams} updateAction={updateOrganization} stateAction={changeOrganizationState} />;
}
