import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryEditView } from '@/components/admin/entries/EntryEditView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { changeMunicipalServiceState, updateMunicipalService } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/municipal-services/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.municipal_social_service.singular') };
}

export default async function EditMunicipalServicePage({ params, searchParams }: PageProps<'/[locale]/admin/municipal-services/[id]'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/municipal-services/${encodeURIComponent(id)}`);
  return <EntryEditView kind="municipal_social_service" id={id} searchParams={await searchParams} updateAction={updateMunicipalService} stateAction={changeMunicipalServiceState} />;
}
