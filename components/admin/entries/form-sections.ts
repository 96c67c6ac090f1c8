import 'server-only';
import type { Messages } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { FormOptions } from '@/lib/catalogue/form-options';
import { accessRoute, costKind, deliveryMode, planningRegion, serviceDomain, serviceLevel, targetAudience } from '@/lib/validation/common';
import { channelKind, crisisTopic, lineLanguage } from '@/lib/validation/dataset/crisis-line';
import type { EntryFormLabels, FieldSpec, FormSection, Option, ValueLabels } from './form-spec';

/**
 * The entry forms as server pages describe them: every field of the admin schemas, in the order and
 * sections coordinators read, with labels in their language.
 */

type FieldName = keyof Messages['AdminForms']['fields'];
type HintName = keyof Messages['AdminForms']['hints'];

/** Every field label; the type check below fails when a label is added to the messages but not here. */
const FIELD_NAMES = [
  'name',
  'alternateName',
  'purpose',
  'tasks',
  'domain',
  'level',
  'targetGroup',
  'audiences',
  'recipientDescription',
  'ageMin',
  'ageMax',
  'availableAfter18',
  'availableAfter18Note',
  'deliveryModes',
  'deliveryDescription',
  'volume',
  'intensity',
  'duration',
  'demand',
  'accessRoutes',
  'accessDescription',
  'specialists',
  'methods',
  'fundingSource',
  'costKind',
  'priceText',
  'cooperationConditions',
  'complementaryNote',
  'complementaryServices',
  'email',
  'website',
  'phones',
  'locations',
  'areaNational',
  'areaRegions',
  'areaMunicipalities',
  'informationSource',
  'providers',
  'validUntil',
  'legalStatus',
  'registrationNumber',
  'description',
  'municipality',
  'hours',
  'phoneNumber',
  'operatorName',
  'organization',
  'is24x7',
  'audience',
  'topics',
  'freeOfCharge',
  'languages',
  'chatUrl',
  'isEmergency',
  'position',
  'channels',
  'addressLine',
  'city',
  'postalCode',
  'confidential',
  'kind',
  'value',
  'schedule',
  'status',
  'lastVerifiedAt',
] as const satisfies readonly FieldName[];
const everyFieldNamed: Exclude<FieldName, (typeof FIELD_NAMES)[number]> extends never ? true : false = true;
void everyFieldNamed;

async function translators() {
  const [t, tEnum] = await Promise.all([getTranslations('AdminForms'), getTranslations('Enum')]);
  const label = (name: FieldName) => t(`fields.${name}`);
  const hint = (name: HintName) => t(`hints.${name}`);
  const options = {
    domain: serviceDomain.options.map((v) => ({ value: v, label: tEnum(`domain.${v}`) })),
    level: serviceLevel.options.map((v) => ({ value: v, label: t(`enums.level.${v}`) })),
    audience: targetAudience.options.map((v) => ({ value: v, label: tEnum(`audience.${v}`) })),
    delivery: deliveryMode.options.map((v) => ({ value: v, label: tEnum(`delivery_mode.${v}`) })),
    access: accessRoute.options.map((v) => ({ value: v, label: tEnum(`access.${v}`) })),
    cost: costKind.options.map((v) => ({ value: v, label: tEnum(`cost.${v}`) })),
    region: planningRegion.options.map((v) => ({ value: v, label: tEnum(`region.${v}`) })),
    topic: crisisTopic.options.map((v) => ({ value: v, label: t(`enums.topic.${v}`) })),
    language: lineLanguage.options.map((v) => ({ value: v, label: t(`enums.language.${v}`) })),
    channelKind: channelKind.options.map((v) => ({ value: v, label: t(`enums.channelKind.${v}`) })),
  } satisfies Record<string, Option[]>;
  return { t, label, hint, options };
}

type Translators = Awaited<ReturnType<typeof translators>>;

const line = (tr: Translators, name: FieldName, extra: Partial<FieldSpec> = {}): FieldSpec => ({ type: 'line', name, label: tr.label(name), maxLength: 300, ...extra }) as FieldSpec;
const text = (tr: Translators, name: FieldName, rows = 4): FieldSpec => ({ type: 'text', name, label: tr.label(name), rows });

function municipalityOptions(options: FormOptions): Option[] {
  return options.municipalities.map((m) => ({ value: m.slug, label: m.name }));
}

function phonesField(tr: Translators, name: FieldName = 'phones'): FieldSpec {
  return { type: 'phones', name, label: tr.label(name), hint: tr.hint('phones') };
}

function locationsField(tr: Translators, options: FormOptions, variant: 'full' | 'municipal'): FieldSpec {
  const row: FieldSpec[] = [
    line(tr, 'name'),
    line(tr, 'addressLine', variant === 'municipal' ? { required: true } : {}),
    line(tr, 'city', { maxLength: 100 }),
    line(tr, 'postalCode', { hint: tr.hint('postalCode'), maxLength: 20 }),
    ...(variant === 'full'
      ? [{ type: 'select', name: 'municipality', label: tr.label('municipality'), options: municipalityOptions(options), emptyLabel: tr.t('notStated') } satisfies FieldSpec]
      : []),
    phonesField(tr),
    ...(variant === 'full' ? [{ type: 'email', name: 'email', label: tr.label('email'), maxLength: 254 } satisfies FieldSpec] : []),
    text(tr, 'hours', 2),
    ...(variant === 'full' ? [{ type: 'checkbox', name: 'confidential', label: tr.label('confidential') } satisfies FieldSpec] : []),
  ];
  return {
    type: 'rows',
    name: 'locations',
    label: tr.label('locations'),
    hint: variant === 'full' ? tr.hint('locations') : undefined,
    row,
    rowLabel: tr.t('location.row'),
    addLabel: tr.t('location.add'),
    removeLabel: tr.t('location.remove'),
    required: variant === 'municipal',
  };
}

export async function serviceFormSections(options: FormOptions): Promise<FormSection[]> {
  const tr = await translators();
  const { t, label, hint } = tr;
  const regionLabel = new Map(tr.options.region.map((o) => [o.value, o.label]));
  return [
    {
      id: 'basics',
      title: t('sections.basics'),
      fields: [
        line(tr, 'name', { required: true }),
        line(tr, 'alternateName'),
        { type: 'select', name: 'domain', label: label('domain'), options: tr.options.domain, emptyLabel: t('choose'), required: true },
        { type: 'select', name: 'level', label: label('level'), options: tr.options.level, emptyLabel: t('notStated') },
        text(tr, 'purpose'),
        text(tr, 'tasks', 6),
      ],
    },
    {
      id: 'audience',
      title: t('sections.audience'),
      fields: [
        text(tr, 'targetGroup', 2),
        { type: 'checkboxes', name: 'audiences', label: label('audiences'), options: tr.options.audience },
        text(tr, 'recipientDescription'),
        { type: 'number', name: 'ageMin', label: label('ageMin'), hint: hint('ageMin'), maxLength: 3 },
        { type: 'number', name: 'ageMax', label: label('ageMax'), maxLength: 3 },
        { type: 'triState', name: 'availableAfter18', label: label('availableAfter18'), yes: t('yes'), no: t('no'), unknown: t('notStated') },
        text(tr, 'availableAfter18Note', 2),
      ],
    },
    {
      id: 'access',
      title: t('sections.access'),
      fields: [
        { type: 'checkboxes', name: 'deliveryModes', label: label('deliveryModes'), options: tr.options.delivery },
        text(tr, 'deliveryDescription', 3),
        { type: 'checkboxes', name: 'accessRoutes', label: label('accessRoutes'), options: tr.options.access },
        text(tr, 'accessDescription'),
        text(tr, 'volume', 2),
        text(tr, 'intensity', 2),
        text(tr, 'duration', 2),
        text(tr, 'demand', 2),
        text(tr, 'specialists', 3),
        text(tr, 'methods', 6),
      ],
    },
    {
      id: 'cost',
      title: t('sections.cost'),
      fields: [
        { type: 'select', name: 'costKind', label: label('costKind'), options: tr.options.cost, emptyLabel: t('notStated') },
        text(tr, 'priceText', 3),
        text(tr, 'fundingSource', 3),
      ],
    },
    {
      id: 'cooperation',
      title: t('sections.cooperation'),
      fields: [
        { type: 'references', name: 'providers', label: label('providers'), hint: hint('references'), options: options.organizations.map((o) => o.name) },
        text(tr, 'cooperationConditions', 3),
        { type: 'references', name: 'complementaryServices', label: label('complementaryServices'), hint: hint('references'), options: options.services.map((s) => s.name) },
        text(tr, 'complementaryNote', 3),
      ],
    },
    {
      id: 'contacts',
      title: t('sections.contacts'),
      fields: [phonesField(tr), { type: 'email', name: 'email', label: label('email'), maxLength: 254 }, { type: 'url', name: 'website', label: label('website'), hint: hint('website'), maxLength: 2048 }],
    },
    { id: 'places', title: t('sections.places'), fields: [locationsField(tr, options, 'full')] },
    {
      id: 'area',
      title: t('sections.area'),
      fields: [
        { type: 'checkbox', name: 'areaNational', label: label('areaNational') },
        { type: 'checkboxes', name: 'areaRegions', label: label('areaRegions'), options: tr.options.region },
        {
          type: 'groupedCheckboxes',
          name: 'areaMunicipalities',
          label: label('areaMunicipalities'),
          hint: hint('areaMunicipalities'),
          groups: planningRegion.options.map((region) => ({
            label: regionLabel.get(region) ?? region,
            options: options.municipalities.filter((m) => m.planningRegion === region).map((m) => ({ value: m.slug, label: m.name })),
          })),
        },
      ],
    },
    { id: 'other', title: t('sections.other'), fields: [text(tr, 'informationSource', 2), { type: 'date', name: 'validUntil', label: label('validUntil') }] },
  ];
}

export async function organizationFormSections(options: FormOptions): Promise<FormSection[]> {
  const tr = await translators();
  const { t, label, hint } = tr;
  return [
    {
      id: 'basics',
      title: t('sections.basics'),
      fields: [
        line(tr, 'name', { required: true }),
        line(tr, 'alternateName'),
        line(tr, 'legalStatus', { maxLength: 100 }),
        line(tr, 'registrationNumber', { hint: hint('registrationNumber'), maxLength: 20 }),
        text(tr, 'description', 6),
      ],
    },
    {
      id: 'contacts',
      title: t('sections.contacts'),
      fields: [phonesField(tr), { type: 'email', name: 'email', label: label('email'), maxLength: 254 }, { type: 'url', name: 'website', label: label('website'), hint: hint('website'), maxLength: 2048 }],
    },
    { id: 'places', title: t('sections.places'), fields: [locationsField(tr, options, 'full')] },
  ];
}

export async function municipalServiceFormSections(options: FormOptions): Promise<FormSection[]> {
  const tr = await translators();
  const { t, label, hint } = tr;
  return [
    {
      id: 'basics',
      title: t('sections.basics'),
      fields: [
        line(tr, 'name', { required: true }),
        { type: 'select', name: 'municipality', label: label('municipality'), options: municipalityOptions(options), emptyLabel: t('choose'), required: true },
        text(tr, 'hours', 3),
      ],
    },
    {
      id: 'contacts',
      title: t('sections.contacts'),
      fields: [
        { ...phonesField(tr), required: true },
        { type: 'email', name: 'email', label: label('email'), maxLength: 254 },
        { type: 'url', name: 'website', label: label('website'), hint: hint('website'), maxLength: 2048 },
      ],
    },
    { id: 'places', title: t('sections.places'), fields: [locationsField(tr, options, 'municipal')] },
  ];
}

export async function crisisLineFormSections(options: FormOptions): Promise<FormSection[]> {
  const tr = await translators();
  const { t, label, hint } = tr;
  return [
    {
      id: 'basics',
      title: t('sections.basics'),
      fields: [
        line(tr, 'name', { required: true }),
        { type: 'phone', name: 'phoneNumber', label: label('phoneNumber'), hint: hint('phoneNumber'), required: true, maxLength: 30 },
        line(tr, 'operatorName'),
        { type: 'line', name: 'organization', label: label('organization'), hint: hint('organization'), maxLength: 300, suggestions: options.organizations.map((o) => o.name) },
        text(tr, 'description', 4),
        text(tr, 'audience', 2),
        { type: 'checkboxes', name: 'topics', label: label('topics'), options: tr.options.topic, required: true },
        { type: 'checkboxes', name: 'languages', label: label('languages'), options: tr.options.language },
        { type: 'triState', name: 'freeOfCharge', label: label('freeOfCharge'), yes: t('yes'), no: t('no'), unknown: t('notStated') },
        { type: 'checkbox', name: 'isEmergency', label: label('isEmergency') },
        { type: 'number', name: 'position', label: label('position'), hint: hint('position'), required: true, maxLength: 4 },
      ],
    },
    {
      id: 'channels',
      title: t('sections.channels'),
      fields: [
        text(tr, 'hours', 2),
        { type: 'checkbox', name: 'is24x7', label: label('is24x7') },
        {
          type: 'rows',
          name: 'channels',
          label: label('channels'),
          required: true,
          rowLabel: t('channel.row'),
          addLabel: t('channel.add'),
          removeLabel: t('channel.remove'),
          row: [
            { type: 'select', name: 'kind', label: label('kind'), options: tr.options.channelKind, emptyLabel: t('choose'), required: true },
            { type: 'line', name: 'value', label: label('value'), required: true, maxLength: 2048 },
            text(tr, 'hours', 2),
            { type: 'checkbox', name: 'is24x7', label: label('is24x7') },
            { type: 'text', name: 'schedule', label: label('schedule'), hint: hint('schedule'), rows: 2 },
          ],
        },
      ],
    },
    {
      id: 'contacts',
      title: t('sections.contacts'),
      fields: [
        { type: 'url', name: 'chatUrl', label: label('chatUrl'), maxLength: 2048 },
        { type: 'email', name: 'email', label: label('email'), maxLength: 254 },
        { type: 'url', name: 'website', label: label('website'), hint: hint('website'), maxLength: 2048 },
        { type: 'date', name: 'validUntil', label: label('validUntil') },
      ],
    },
  ];
}

export async function entryFormLabels(mode: 'create' | 'update'): Promise<EntryFormLabels> {
  const t = await getTranslations('AdminForms');
  return {
    save: mode === 'create' ? t('create') : t('save'),
    saving: t('saving'),
    invalid: t('invalid'),
    notFound: t('notFound'),
    error: t('error'),
    conflictTitle: t('conflict.title'),
    conflictText: t('conflict.text'),
    conflictField: t('conflict.field'),
    conflictYours: t('conflict.yours'),
    conflictCurrent: t('conflict.current'),
    conflictAgain: t('conflict.again'),
    conflictReload: t('conflict.reload'),
  };
}

/** Names of fields and of stored values (enum values, slugs), for differences and the history. */
export async function valueLabels(options: FormOptions): Promise<ValueLabels> {
  const [tr, tEntries, messages] = await Promise.all([translators(), getTranslations('AdminEntries'), getTranslations('AdminForms')]);
  const map = (list: Option[]) => Object.fromEntries(list.map((o) => [o.value, o.label]));
  const municipalities = Object.fromEntries(options.municipalities.map((m) => [m.slug, m.name]));
  const organizations = Object.fromEntries(options.organizations.map((o) => [o.slug, o.name]));
  return {
    fields: Object.fromEntries(FIELD_NAMES.map((name) => [name, tr.label(name)])),
    values: {
      domain: map(tr.options.domain),
      level: map(tr.options.level),
      audiences: map(tr.options.audience),
      deliveryModes: map(tr.options.delivery),
      accessRoutes: map(tr.options.access),
      costKind: map(tr.options.cost),
      areaRegions: map(tr.options.region),
      topics: map(tr.options.topic),
      languages: map(tr.options.language),
      'channels.kind': map(tr.options.channelKind),
      'locations.municipality': municipalities,
      municipality: municipalities,
      areaMunicipalities: municipalities,
      providers: organizations,
      organization: organizations,
      complementaryServices: Object.fromEntries(options.services.map((s) => [s.slug, s.name])),
      status: { draft: tEntries('status.draft'), published: tEntries('status.published'), archived: tEntries('status.archived') },
    },
    yes: messages('yes'),
    no: messages('no'),
    empty: messages('empty'),
    confidential: messages('confidential'),
    always: messages('always'),
  };
}
