import type { SearchDocument } from './documents';
import type { SearchHit } from './types';

/** The card data of a document, without its index-only fields. */
export function toHit(doc: SearchDocument): SearchHit {
  return {
    type: doc.type,
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    summary: doc.summary,
    domain: doc.domain,
    targetGroup: doc.targetGroup,
    ageMin: doc.ageMin,
    ageMax: doc.ageMax,
    costKind: doc.costKind,
    priceText: doc.priceText,
    accessRoutes: doc.accessRoutes,
    deliveryModes: doc.deliveryModes,
    areaLabel: doc.areaLabel,
    providerNames: doc.providerNames,
    phone: doc.phone,
    email: doc.email,
    website: doc.website,
    municipalityName: doc.municipalityName,
    is24x7: doc.is24x7,
  };
}
