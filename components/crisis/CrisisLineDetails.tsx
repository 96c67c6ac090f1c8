import { getLocale, getTranslations } from 'next-intl/server';
import { channelAvailability, hasEnded, lineAvailability, parseSchedule, REAL_TIME_CHANNEL_KINDS } from '@/lib/crisis/availability';
import type { CrisisChannelEntry, CrisisLineEntry } from '@/lib/db/entries';
import { Link } from '@/lib/i18n/navigation';
import { EmailLink, PhoneLink, WebsiteLink } from '@/components/ui/ContactLinks';
import { calendarDateFormatter } from '@/components/ui/dates';
import { FactList, type Fact } from '@/components/ui/FactList';
import { AvailabilityStatus } from './AvailabilityStatus';
import { ChannelHours } from './ChannelHours';

const TOPICS = [
  'emergency',
  'medical_emergency',
  'children_and_adolescents',
  'crisis',
  'emotional_support',
  'mental_health',
  'crime_victims',
  'gambling_addiction',
  'serious_illness',
  'psychosocial_support',
  'psychological_support',
] as const;
type Topic = (typeof TOPICS)[number];
const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);

const CHANNEL_KINDS = ['phone', 'sms', 'chat', 'email', 'web'] as const;
type ChannelKind = (typeof CHANNEL_KINDS)[number];
const isChannelKind = (value: string): value is ChannelKind => (CHANNEL_KINDS as readonly string[]).includes(value);

/** The channel's value as a link that starts the contact: call, text, write or open. */
function ChannelValue({ channel }: { channel: CrisisChannelEntry }) {
  switch (channel.kind) {
    case 'phone':
      return <PhoneLink number={channel.value} />;
    case 'sms':
      return (
        <a href={`sms:${channel.value.replace(/[^\d+]/g, '')}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          {channel.value}
        </a>
      );
    case 'email':
      return <EmailLink email={channel.value} />;
    default:
      return /^https?:\/\//i.test(channel.value) ? <WebsiteLink url={channel.value} /> : <span>{channel.value}</span>;
  }
}

/** Each way to reach the line, with its hours and (for phone, SMS and chat) whether it answers now. */
async function ChannelList({ channels, now }: { channels: CrisisChannelEntry[]; now: Date }) {
  const t = await getTranslations('CrisisLinesPage');
  return (
    <ul className="space-y-3">
      {channels.map((channel) => (
        <li key={channel.id} className="space-y-1">
          <p>
            <span className="mr-2 text-slate-700">{isChannelKind(channel.kind) ? t(`channel.${channel.kind}`) : channel.kind}:</span>
            <ChannelValue channel={channel} />
          </p>
          {REAL_TIME_CHANNEL_KINDS.includes(channel.kind) ? (
            <>
              <p className="text-slate-800">
                {t('hours')}: <ChannelHours channel={channel} />
              </p>
              <AvailabilityStatus availability={channelAvailability(channel, now)} size="small" />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The main number, big, with whether the line answers now. */
export async function CrisisLineCall({ line, now }: { line: CrisisLineEntry; now: Date }) {
  const t = await getTranslations('CrisisLinesPage');
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {line.phoneNumber ? (
        <p className="text-2xl">
          <span className="sr-only">{t('channel.phone')}: </span>
          <PhoneLink number={line.phoneNumber} tone={line.isEmergency ? 'alert' : 'brand'} />
        </p>
      ) : null}
      <AvailabilityStatus availability={lineAvailability(line, now)} />
    </div>
  );
}

/**
 * Operator, audience, topics, hours per channel, cost, languages, other contacts and validity of a line.
 * Facts the source does not give are named once at the end ("Not stated: …") rather than row by row.
 */
export async function CrisisLineFacts({ line, now, compact = false }: { line: CrisisLineEntry; now: Date; compact?: boolean }) {
  const [t, tEntry, locale, formatDate] = await Promise.all([
    getTranslations('CrisisLinesPage'),
    getTranslations('Entry'),
    getLocale(),
    calendarDateFormatter(),
  ]);
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const channelValues = new Set(line.channels.map((c) => c.value.toLowerCase()));
  const single = line.channels.length === 1 ? line.channels[0] : undefined;
  const singleMainPhone = single && single.kind === 'phone' && single.value === line.phoneNumber ? single : undefined;
  const operator = line.operator ? (
    <Link href={`/providers/${line.operator.slug}`} lang="lv" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
      {line.operatorName ?? line.operator.name}
    </Link>
  ) : line.operatorName ? (
    <span lang="lv">{line.operatorName}</span>
  ) : null;
  const hoursKnown = (c: CrisisChannelEntry) => !!c.hours || c.is24x7 || parseSchedule(c.schedule) !== null;

  const facts: Fact[] = [
    { key: 'operator', term: t('operator'), value: operator },
    { key: 'audience', term: t('audience'), value: line.audience ? <span lang="lv">{line.audience}</span> : null, wide: (line.audience?.length ?? 0) > 60 },
    { key: 'topics', term: t('topics'), value: line.topics.length > 0 ? line.topics.map((x) => (isTopic(x) ? t(`topic.${x}`) : x)).join(', ') : null },
    singleMainPhone
      ? { key: 'hours', term: t('hours'), value: hoursKnown(singleMainPhone) ? <ChannelHours channel={singleMainPhone} /> : null }
      : { key: 'channels', term: t('channels'), value: <ChannelList channels={line.channels} now={now} />, wide: true },
    { key: 'free', term: t('cost'), value: line.freeOfCharge === null ? null : line.freeOfCharge ? t('free') : t('paid') },
    {
      key: 'languages',
      term: t('languages'),
      value: line.languages.length > 0 ? line.languages.map((code) => languageNames.of(code) ?? code).join(', ') : null,
    },
  ];
  const contacts: (Fact | false)[] = [
    !!line.chatUrl && !channelValues.has(line.chatUrl.toLowerCase()) && { key: 'chat', term: t('channel.chat'), value: <WebsiteLink url={line.chatUrl} /> },
    !!line.email && !channelValues.has(line.email.toLowerCase()) && { key: 'email', term: t('channel.email'), value: <EmailLink email={line.email} /> },
    !!line.website && !channelValues.has(line.website.toLowerCase()) && { key: 'website', term: t('channel.web'), value: <WebsiteLink url={line.website} /> },
    !!line.validUntil && {
      key: 'validUntil',
      term: tEntry('validUntil'),
      value: hasEnded(line.validUntil, now) ? tEntry('validUntilPassed', { date: formatDate(line.validUntil) }) : formatDate(line.validUntil),
    },
  ];
  const missing = facts.filter((f) => f.value === null || f.value === undefined).map((f) => f.term.toLocaleLowerCase(locale));

  return (
    <div className="space-y-2">
      <FactList facts={[...facts, ...contacts]} compact={compact} />
      {missing.length > 0 ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold">{tEntry('notStatedList')}</span> {missing.join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
