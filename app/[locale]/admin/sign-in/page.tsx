import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FormAlert } from '@/components/admin/auth/FormAlert';
import { SignInForm } from '@/components/admin/auth/SignInForm';
import { getCurrentUser } from '@/lib/auth/guard';
import { safeAdminReturnPath } from '@/lib/auth/request';
import { resolvePageLocale } from '@/lib/i18n/locale';
import { signIn } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/sign-in'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminAuth.signIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/sign-in'>) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const next = safeAdminReturnPath(query.next);
  // Signed in already: on to where they were going.
  if (await getCurrentUser()) redirect(next ?? `/${locale}/admin`);

  const t = await getTranslations('AdminAuth.signIn');
  const signedOut = query.signedOut === 'all' ? t('signedOutEverywhere') : query.signedOut === '1' ? t('signedOut') : null;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {signedOut ? <FormAlert kind="notice">{signedOut}</FormAlert> : null}
      <p>{t('intro')}</p>
      <SignInForm action={signIn} next={next} />
    </div>
  );
}
