import { getTranslations } from 'next-intl/server';
import type { PublicAddress, PublicLocation } from '@/lib/db/entries';
import { ContactList } from './ContactList';
import { FactList } from './FactList';

export function formatAddress(address: PublicAddress): string {
  return [address.line, address.city, address.postalCode].filter(Boolean).join(', ');
}

/**
 * Places with their address, phones, e-mail and hours. A confidential place (a shelter) shows only its
 * municipality and that the address is given on contact — the address is not even passed in (lib/db/entries).
 */
export async function LocationList({ locations, headingLevel = 3 }: { locations: PublicLocation[]; headingLevel?: 3 | 4 }) {
  const t = await getTranslations('Entry');
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="space-y-4">
      {locations.map((location, i) => {
        const title = location.name ?? (location.address ? formatAddress(location.address) : (location.municipality?.name ?? t('place', { number: i + 1 })));
        return (
          <li key={location.id} className="rounded-lg border border-slate-200 p-4 break-inside-avoid">
            <Heading lang="lv" className="font-semibold text-slate-900">
              {title}
            </Heading>
            <FactList
              facts={[
                location.address && { key: 'address', term: t('address'), value: <span lang="lv">{formatAddress(location.address)}</span> },
                location.confidential && {
                  key: 'address',
                  term: t('address'),
                  value: <span className="font-medium text-slate-800">{t('confidentialAddress')}</span>,
                },
                location.municipality && { key: 'municipality', term: t('municipality'), value: <span lang="lv">{location.municipality.name}</span> },
              ]}
            />
            <ContactList phones={location.phones} email={location.email} hours={location.hours} />
          </li>
        );
      })}
    </ul>
  );
}
