import { getTranslations } from 'next-intl/server';

/** A POST form (never a link: a GET must not sign anyone out, and prefetching would). */
export async function SignOutButton({ action }: { action: () => Promise<void> }) {
  const t = await getTranslations('AdminShell');
  return (
    <form action={action}>
      <button type="submit" className="min-h-11 rounded border border-slate-500 bg-white px-3 py-2 font-semibold hover:bg-slate-100">
        {t('signOut')}
      </button>
    </form>
  );
}
