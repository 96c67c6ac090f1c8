import 'server-only';
import type { ProviderEntry } from '@/lib/db/entries';
import { absoluteUrl } from '@/components/ui/site-url';

/** schema.org `Organization` with its contacts and the services it offers (undefined fields drop out). */
export function providerJsonLd(provider: ProviderEntry, locale: string) {
  const url = absoluteUrl(locale, `/providers/${provider.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url,
    url,
    name: provider.name,
    alternateName: provider.alternateName ?? undefined,
    description: provider.description ?? undefined,
    identifier: provider.registrationNumber ?? undefined,
    sameAs: provider.website ?? undefined,
    email: provider.email ?? undefined,
    telephone: provider.phones[0]?.number,
    address: provider.locations.flatMap((l) =>
      l.address
        ? [{ '@type': 'PostalAddress', streetAddress: l.address.line, addressLocality: l.address.city ?? l.municipality?.name, postalCode: l.address.postalCode ?? undefined, addressCountry: 'LV' }]
        : [],
    ),
    makesOffer: provider.services.map((s) => ({
      '@type': 'Offer',
      itemOffered: { '@type': 'Service', name: s.name, url: absoluteUrl(locale, `/services/${s.slug}`) },
    })),
  };
}
