import { getTranslations } from 'next-intl/server';
import type { ProviderServiceRef } from '@/lib/db/entries';
import { Link } from '@/lib/i18n/navigation';
import { metaDescription } from '@/components/ui/metadata';
import { absoluteUrl } from '@/components/ui/site-url';

/** A provider's published services: name (linked), domain and the start of the purpose. */
export async function ProviderServiceList({ services, locale }: { services: ProviderServiceRef[]; locale: string }) {
  const tEnum = await getTranslations('Enum');
  return (
    <ul className="space-y-3">
      {services.map((service) => (
        <li key={service.slug} className="rounded-lg border border-slate-200 p-4 break-inside-avoid">
          <h3 className="text-lg font-semibold">
            <Link href={`/services/${service.slug}`} lang="lv" className="inline-flex min-h-11 items-center text-brand-800 underline hover:text-brand-900">
              {service.name}
            </Link>
          </h3>
          <p className="text-sm font-medium text-slate-700">{tEnum(`domain.${service.domain}`)}</p>
          {service.purpose ? <p lang="lv" className="mt-1 text-slate-800">{metaDescription(service.purpose, 240)}</p> : null}
          <p className="hidden text-sm wrap-anywhere print:block">{absoluteUrl(locale, `/services/${service.slug}`)}</p>
        </li>
      ))}
    </ul>
  );
}
