import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryEditView } from '@/components/admin/entries/EntryEditView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { changeServiceState, updateService } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/services/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.service.singular') };
}

export default async function EditServicePage({ params, searchParams }: PageProps<'/[locale]/admin/services/[id]'>) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  await requireRole('editor', `/${locale}/admin/services/${encodeURIComponent(id)}`);
  return <EntryEditView kind="service" id={id} searchParams={await searchParams} updateAction={updateService} stateAction={changeServiceState} />;
}
