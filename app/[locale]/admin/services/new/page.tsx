import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EntryCreateView } from '@/components/admin/entries/EntryCreateView';
import { requireRole } from '@/lib/auth/guard';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { createService } from '../actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/services/new'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminEntries' });
  return { title: t('kinds.service.new') };
}

export default async function NewServicePage({ params }: PageProps<'/[locale]/admin/services/new'>) {
  const locale = await resolvePageLocale(params);
  await requireRole('editor', `/${locale}/admin/services/new`);
  return <EntryCreateView kind="service" action={createService} />;
}
