import { getLocale, getTranslations } from 'next-intl/server';
import type { EntryFormState } from '@/lib/admin/entry-form-state';
import { adminListPath, adminNewPath } from '@/lib/admin/entry-routes';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { loadFormOptions } from '@/lib/catalogue/form-options';
import { getDb } from '@/lib/db/client';
import type { FormObject } from '@/lib/validation/admin/form-data';
import { Link } from '@/lib/i18n/navigation';
import { EntryForm } from './EntryForm';
import { formSectionsFor } from './entry-forms';
import { entryFormLabels, valueLabels } from './form-sections';

/** The form for a new entry; it is saved as a draft and published from its page. */
export async function EntryCreateView({ kind, action }: { kind: CatalogueKind; action: (state: EntryFormState, formData: FormData) => Promise<EntryFormState> }) {
  const options = await loadFormOptions(getDb());
  const [t, locale, sections, labels, values] = await Promise.all([
    getTranslations('AdminEntries'),
    getLocale(),
    formSectionsFor(kind, options),
    entryFormLabels('create'),
    valueLabels(options),
  ]);
  // A crisis line's order defaults to the end of the list's usual range.
  const initialValues: FormObject = kind === 'crisis_line' ? { position: '100' } : {};
  return (
    <div className="space-y-6">
      <p>
        <Link href={adminListPath(kind)} className="font-semibold text-brand-800 underline">
          {t('edit.back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('edit.createTitle', { kind: t(`kinds.${kind}.singular`) })}</h1>
      <EntryForm action={action} sections={sections} initialValues={initialValues} labels={labels} valueLabels={values} reloadHref={`/${locale}${adminNewPath(kind)}`} />
    </div>
  );
}
