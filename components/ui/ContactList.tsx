import { getTranslations } from 'next-intl/server';
import type { EntryPhone } from '@/lib/db/entries';
import { EmailLink, PhoneLink, WebsiteLink } from './ContactLinks';
import { FactList, type Fact } from './FactList';
import { TextBlock } from './TextBlock';

/** One number with its extension and what it is for ("Projekta kontakttālrunis"). */
export async function PhoneItem({ phone }: { phone: EntryPhone }) {
  const t = await getTranslations('Entry');
  return (
    <>
      <PhoneLink number={phone.number} />
      {phone.extension ? <span className="ml-1 text-slate-700">{t('extension', { extension: phone.extension })}</span> : null}
      {phone.description ? <span lang="lv" className="block text-sm text-slate-700">
          {phone.description}
        </span> : null}
    </>
  );
}

export async function PhoneList({ phones }: { phones: EntryPhone[] }) {
  return (
    <ul>
      {phones.map((phone, i) => (
        <li key={`${phone.number}-${i}`}>
          <PhoneItem phone={phone} />
        </li>
      ))}
    </ul>
  );
}

export interface Contacts {
  phones?: EntryPhone[];
  email?: string | null;
  website?: string | null;
  hours?: string | null;
}

/** Phones (tap to call), e-mail, website and hours as facts, for a FactList of the caller's own. */
export async function contactFacts({ phones = [], email, website, hours }: Contacts): Promise<Fact[]> {
  const t = await getTranslations('Entry');
  const facts: Fact[] = [];
  if (phones.length > 0) facts.push({ key: 'phones', term: phones.length > 1 ? t('phones') : t('phone'), value: <PhoneList phones={phones} /> });
  if (email) facts.push({ key: 'email', term: t('email'), value: <EmailLink email={email} /> });
  if (website) facts.push({ key: 'website', term: t('website'), value: <WebsiteLink url={website} /> });
  if (hours) facts.push({ key: 'hours', term: t('hours'), value: <TextBlock text={hours} /> });
  return facts;
}

/** Phones, e-mail, website and hours as label/value facts; nothing when all are empty. */
export async function ContactList(props: Contacts & { compact?: boolean }) {
  return <FactList facts={await contactFacts(props)} compact={props.compact} />;
}
