import { getTranslations } from 'next-intl/server';
import type { ServiceEntry } from '@/lib/db/entries';
import { Link } from '@/lib/i18n/navigation';
import { ContactList } from '@/components/ui/ContactList';
import { FactList } from '@/components/ui/FactList';
import { LocationList } from '@/components/ui/LocationList';
import { Section } from '@/components/ui/Section';
import { TextBlock } from '@/components/ui/TextBlock';
import { absoluteUrl } from '@/components/ui/site-url';

/*
 * The sections of a service page, in the order a reader needs them: what it is and for whom, how to get
 * it, what it costs, where and whom to contact, who provides it, then the details. Stored texts are
 * shown as they are (Latvian); labels are translated.
 */

const NotStated = async () => {
  const t = await getTranslations('Entry');
  return <span className="text-slate-700">{t('notStated')}</span>;
};

const text = (value: string | null) => (value ? <TextBlock text={value} /> : null);

function TagList({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item} className="rounded-full border border-brand-700/40 bg-brand-50 px-3 py-0.5 text-sm text-brand-900">
          {item}
        </li>
      ))}
    </ul>
  );
}

function BulletList({ items }: { items: string[] }) {
  if (items.length === 1) return <p>{items[0]}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** An internal link in a list; printed pages add its full address. */
function EntryLinkItem({ href, name, locale }: { href: string; name: string; locale: string }) {
  return (
    <>
      <Link href={href} lang="lv" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline hover:text-brand-900">
        {name}
      </Link>
      <span className="hidden text-sm wrap-anywhere print:block">{absoluteUrl(locale, href)}</span>
    </>
  );
}

export async function ageLabel(service: Pick<ServiceEntry, 'ageMin' | 'ageMax'>): Promise<string | null> {
  const t = await getTranslations('ServicePage');
  const { ageMin: min, ageMax: max } = service;
  if (min !== null && max !== null) return t('ageRange', { min, max });
  if (min !== null) return t('ageFrom', { min });
  if (max !== null) return t('ageTo', { max });
  return null;
}

export async function ServiceAboutSection({ service }: { service: ServiceEntry }) {
  const [t, tEnum] = await Promise.all([getTranslations('ServicePage'), getTranslations('Enum')]);
  const age = await ageLabel(service);
  const audiences = service.audiences.map((a) => tEnum(`audience.${a}`));
  const after18 = service.availableAfter18 === null ? null : service.availableAfter18 ? t('yes') : t('no');
  return (
    <Section id="about" title={t('sections.about')}>
      <FactList
        facts={[
          { key: 'purpose', term: t('purpose'), value: text(service.purpose) ?? <NotStated /> },
          { key: 'tasks', term: t('tasks'), value: text(service.tasks) },
          {
            key: 'targetGroup',
            term: t('targetGroup'),
            value:
              service.targetGroup || audiences.length > 0 ? (
                <div className="space-y-2">
                  {text(service.targetGroup)}
                  {audiences.length > 0 ? <TagList items={audiences} /> : null}
                </div>
              ) : (
                <NotStated />
              ),
          },
          { key: 'recipient', term: t('recipientDescription'), value: text(service.recipientDescription) },
          { key: 'age', term: t('age'), value: age ?? <NotStated /> },
          {
            key: 'after18',
            term: t('availableAfter18'),
            value:
              after18 || service.availableAfter18Note ? (
                <div className="space-y-1">
                  {after18 ? <p className="font-medium">{after18}</p> : null}
                  {text(service.availableAfter18Note)}
                </div>
              ) : (
                <NotStated />
              ),
          },
        ]}
      />
    </Section>
  );
}

export async function ServiceAccessSection({ service }: { service: ServiceEntry }) {
  const [t, tEnum] = await Promise.all([getTranslations('ServicePage'), getTranslations('Enum')]);
  return (
    <Section id="access" title={t('sections.access')}>
      <FactList
        facts={[
          {
            key: 'routes',
            term: t('accessRoutes'),
            value: service.accessRoutes.length > 0 ? <BulletList items={service.accessRoutes.map((a) => tEnum(`access.${a}`))} /> : <NotStated />,
          },
          { key: 'accessDescription', term: t('accessDescription'), value: text(service.accessDescription) },
          { key: 'demand', term: t('demand'), value: text(service.demand) },
        ]}
      />
    </Section>
  );
}

export async function ServiceCostSection({ service }: { service: ServiceEntry }) {
  const [t, tEnum] = await Promise.all([getTranslations('ServicePage'), getTranslations('Enum')]);
  return (
    <Section id="cost" title={t('sections.cost')}>
      <FactList
        facts={[
          { key: 'costKind', term: t('costKind'), value: service.costKind ? <strong>{tEnum(`cost.${service.costKind}`)}</strong> : <NotStated /> },
          { key: 'price', term: t('priceText'), value: text(service.priceText) },
          { key: 'funding', term: t('fundingSource'), value: text(service.fundingSource) ?? <NotStated /> },
        ]}
      />
    </Section>
  );
}

export async function ServiceWhereSection({ service }: { service: ServiceEntry }) {
  const [t, tEnum] = await Promise.all([getTranslations('ServicePage'), getTranslations('Enum')]);
  const area = [
    ...(service.areaNational ? [t('areaNational')] : []),
    ...service.areaRegions.map((r) => tEnum(`region.${r}`)),
    ...service.areaMunicipalities.map((m) => m.name),
  ];
  const hasContacts = service.phones.length > 0 || !!service.email || !!service.website;
  return (
    <Section id="where" title={t('sections.where')}>
      <FactList facts={[{ key: 'area', term: t('area'), value: area.length > 0 ? <BulletList items={area} /> : <NotStated /> }]} />
      {hasContacts ? (
        <div className="space-y-1 pt-2">
          <h3 className="text-lg font-semibold">{t('serviceContacts')}</h3>
          <ContactList phones={service.phones} email={service.email} website={service.website} />
        </div>
      ) : null}
      {service.locations.length > 0 ? (
        <div className="space-y-2 pt-2">
          <h3 className="text-lg font-semibold">{t('locations')}</h3>
          <LocationList locations={service.locations} headingLevel={4} />
        </div>
      ) : null}
      {!hasContacts && service.locations.length === 0 ? (
        <p className="rounded-lg bg-slate-100 p-3">
          {t.rich('noContacts', {
            link: (chunks) => (
              <Link href="/social-services" className="py-3 font-semibold text-brand-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </Section>
  );
}

export async function ServiceProvidersSection({ service, locale }: { service: ServiceEntry; locale: string }) {
  const t = await getTranslations('ServicePage');
  return (
    <Section id="providers" title={t('sections.providers')}>
      {service.providers.length > 0 ? (
        <ul className="space-y-2">
          {service.providers.map((provider) => (
            <li key={provider.slug}>
              <EntryLinkItem href={`/providers/${provider.slug}`} name={provider.name} locale={locale} />
              {provider.legalStatus || provider.registrationNumber ? (
                <span lang="lv" className="block text-sm text-slate-700">
                  {[provider.legalStatus, provider.registrationNumber ? t('registrationNumber', { number: provider.registrationNumber }) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <NotStated />
        </p>
      )}
    </Section>
  );
}

/** Level, domain, delivery, volume … and, at the end, which indicators the source does not state. */
export async function ServiceDetailsSection({ service, locale }: { service: ServiceEntry; locale: string }) {
  const [t, tEnum, tEntry] = await Promise.all([getTranslations('ServicePage'), getTranslations('Enum'), getTranslations('Entry')]);
  const delivery =
    service.deliveryModes.length > 0 || service.deliveryDescription ? (
      <div className="space-y-2">
        {service.deliveryModes.length > 0 ? <TagList items={service.deliveryModes.map((m) => tEnum(`delivery_mode.${m}`))} /> : null}
        {text(service.deliveryDescription)}
      </div>
    ) : null;
  const complementary =
    service.complementary.length > 0 ? (
      <ul className="space-y-1">
        {service.complementary.map((s) => (
          <li key={s.slug}>
            <EntryLinkItem href={`/services/${s.slug}`} name={s.name} locale={locale} />
          </li>
        ))}
      </ul>
    ) : null;
  const facts = [
    { key: 'level', term: t('level'), value: service.level ? t(`levels.${service.level}`) : null },
    { key: 'domain', term: t('domain'), value: tEnum(`domain.${service.domain}`) },
    { key: 'delivery', term: t('delivery'), value: delivery },
    { key: 'volume', term: t('volume'), value: text(service.volume) },
    { key: 'intensity', term: t('intensity'), value: text(service.intensity) },
    { key: 'duration', term: t('duration'), value: text(service.duration) },
    { key: 'specialists', term: t('specialists'), value: text(service.specialists) },
    { key: 'methods', term: t('methods'), value: text(service.methods) },
    { key: 'cooperation', term: t('cooperationConditions'), value: text(service.cooperationConditions) },
    { key: 'complementary', term: t('complementary'), value: complementary },
    { key: 'complementaryNote', term: t('complementaryNote'), value: text(service.complementaryNote) },
  ];
  // Optional indicators of the earlier sections that were left out there, then the empty details.
  const missing = [
    !service.tasks && t('tasks'),
    !service.recipientDescription && t('recipientDescription'),
    !service.accessDescription && t('accessDescription'),
    !service.demand && t('demand'),
    !service.priceText && t('priceText'),
    ...facts.filter((f) => f.value === null).map((f) => f.term),
  ].filter((term): term is string => !!term);
  return (
    <Section id="details" title={t('sections.details')}>
      <FactList facts={facts} />
      {missing.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold">{tEntry('notStatedList')}</span> {missing.map((term) => term.toLocaleLowerCase(locale)).join(', ')}.
        </p>
      ) : null}
    </Section>
  );
}

/** General notes of the service's domain (how social services are requested …), collapsed by default. */
export async function DomainNotesSection({ service }: { service: ServiceEntry }) {
  if (service.domainNotes.length === 0) return null;
  const [t, tEnum] = await Promise.all([getTranslations('ServicePage'), getTranslations('Enum')]);
  return (
    <Section id="domain-notes" title={t('sections.domainNotes', { domain: tEnum(`domain.${service.domain}`) })} className="no-print">
      <details className="group rounded-lg border border-slate-200">
        <summary className="flex min-h-11 cursor-pointer items-center px-4 py-2 font-semibold text-brand-800 underline">
          {t('domainNotesToggle', { count: service.domainNotes.length })}
        </summary>
        <div className="space-y-5 px-4 pb-4">
          {service.domainNotes.map((note) => (
            <div key={note.slug} className="space-y-2">
              <h3 lang="lv" className="text-lg font-semibold">
                {note.title}
              </h3>
              <TextBlock text={note.body} className="text-slate-800" />
            </div>
          ))}
        </div>
      </details>
    </Section>
  );
}
