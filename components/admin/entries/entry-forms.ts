import 'server-only';
import type { CatalogueKind } from '@/lib/catalogue/entry-kinds';
import { uniqueNames, type FormOptions } from '@/lib/catalogue/form-options';
import type { ReferenceNames } from '@/lib/admin/form-values';
import { crisisLineFormSections, municipalServiceFormSections, organizationFormSections, serviceFormSections } from './form-sections';
import type { FormSection } from './form-spec';

/** The form of each kind of entry, and the names its reference fields show instead of slugs. */
export function formSectionsFor(kind: CatalogueKind, options: FormOptions): Promise<FormSection[]> {
  switch (kind) {
    case 'service':
      return serviceFormSections(options);
    case 'organization':
      return organizationFormSections(options);
    case 'municipal_social_service':
      return municipalServiceFormSections(options);
    case 'crisis_line':
      return crisisLineFormSections(options);
  }
}

export function referenceNamesFor(kind: CatalogueKind, options: FormOptions): ReferenceNames {
  if (kind === 'service') return { providers: uniqueNames(options.organizations), complementaryServices: uniqueNames(options.services) };
  if (kind === 'crisis_line') return { organization: uniqueNames(options.organizations) };
  return {};
}
