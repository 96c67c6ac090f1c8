import { getTranslations } from 'next-intl/server';
import type { SocialServiceEntry } from '@/lib/db/entries';
import { Link } from '@/lib/i18n/navigation';
import { contactFacts, PhoneList } from '@/components/ui/ContactList';
import { FactList } from '@/components/ui/FactList';
import { formatAddress } from '@/components/ui/LocationList';

/** One municipal social service in the list: its name (linked), addresses, phones, e-mail, website. */
export async function SocialServiceSummary({ service }: { service: SocialServiceEntry }) {
  const tEntry = await getTranslations('Entry');
  const addresses = service.locations.flatMap((l) => (l.address ? [{ ...l, address: l.address }] : []));
  const contacts = await contactFacts({ phones: service.phones, email: service.email, website: service.website, hours: service.hours });
  return (
    <div className="space-y-1">
      <p>
        <Link href={`/social-services/${service.slug}`} lang="lv" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline hover:text-brand-900">
          {service.name}
        </Link>
      </p>
      <FactList
        compact
        facts={[
          addresses.length > 0 && {
            key: 'addresses',
            term: addresses.length > 1 ? tEntry('addresses') : tEntry('address'),
            value: (
              <ul className="space-y-1">
                {addresses.map((location) => (
                  <li key={location.id} lang="lv">
                    {location.name ? <span className="font-medium">{location.name}: </span> : null}
                    {formatAddress(location.address)}
                    {location.phones.length > 0 ? <PhoneList phones={location.phones} /> : null}
                  </li>
                ))}
              </ul>
            ),
          },
          ...contacts,
        ]}
      />
    </div>
  );
}
