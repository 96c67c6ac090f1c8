import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryCreateView } from '@/components/admin/entries/EntryCreateView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { createMunicipalService } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/municipal-services/new'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.municipal_social_service.new') };
}

export default async function NewMunicipalServicePage({ params }: PageProps<'/[locale]/admin/municipal-services/new'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/municipal-services/new`);
  return <EntryCreateView kind="municipal_social_service" action={createMunicipalService} />;
}
