import 'server-only';
import type { PublicLocation, ServiceEntry } from '@/lib/db/entries';
import { absoluteUrl } from '@/components/ui/site-url';

export interface ServiceJsonLdLabels {
  domain: string;
  regions: Record<string, string>;
  country: string;
  audiences: string[];
}

function place(location: PublicLocation) {
  // A confidential place is described by its municipality only, never its address.
  const address = location.address
    ? {
        '@type': 'PostalAddress',
        streetAddress: location.address.line,
        addressLocality: location.address.city ?? location.municipality?.name,
        postalCode: location.address.postalCode ?? undefined,
        addressCountry: 'LV',
      }
    : { '@type': 'PostalAddress', addressRegion: location.municipality?.name, addressCountry: 'LV' };
  return {
    '@type': 'Place',
    name: location.name ?? undefined,
    address,
    telephone: location.phones[0]?.number,
    email: location.email ?? undefined,
  };
}

/** schema.org `Service` with its providers, area and contact channels (undefined fields drop out of the JSON). */
export function serviceJsonLd(service: ServiceEntry, locale: string, labels: ServiceJsonLdLabels) {
  const url = absoluteUrl(locale, `/services/${service.slug}`);
  const areaServed = [
    ...(service.areaNational ? [{ '@type': 'Country', name: labels.country }] : []),
    ...service.areaRegions.map((r) => ({ '@type': 'AdministrativeArea', name: labels.regions[r] })),
    ...service.areaMunicipalities.map((m) => ({ '@type': 'AdministrativeArea', name: m.name })),
  ];
  const channels = [
    ...(service.phones.length > 0 || service.website || service.email
      ? [
          {
            '@type': 'ServiceChannel',
            servicePhone: service.phones.map((p) => ({
              '@type': 'ContactPoint',
              telephone: p.number,
              description: p.description ?? undefined,
              email: service.email ?? undefined,
            })),
            serviceUrl: service.website ?? undefined,
          },
        ]
      : []),
    ...service.locations.map((location) => ({ '@type': 'ServiceChannel', serviceLocation: place(location) })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': url,
    url,
    name: service.name,
    alternateName: service.alternateName ?? undefined,
    description: service.purpose ?? undefined,
    serviceType: labels.domain,
    inLanguage: 'lv',
    provider: service.providers.map((p) => ({
      '@type': 'Organization',
      '@id': absoluteUrl(locale, `/providers/${p.slug}`),
      name: p.name,
      url: absoluteUrl(locale, `/providers/${p.slug}`),
      identifier: p.registrationNumber ?? undefined,
    })),
    areaServed: areaServed.length > 0 ? areaServed : undefined,
    audience:
      service.targetGroup || labels.audiences.length > 0
        ? { '@type': 'Audience', audienceType: service.targetGroup ?? labels.audiences.join(', ') }
        : undefined,
    availableChannel: channels.length > 0 ? channels : undefined,
    offers: service.costKind === 'free' ? { '@type': 'Offer', price: '0', priceCurrency: 'EUR' } : undefined,
    isRelatedTo: service.complementary.map((s) => ({ '@type': 'Service', name: s.name, url: absoluteUrl(locale, `/services/${s.slug}`) })),
  };
}
