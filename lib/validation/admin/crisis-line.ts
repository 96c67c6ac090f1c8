import { z } from 'zod';
import { cleanText } from '@/lib/validation/common';
import { crisisLineRecord } from '@/lib/validation/dataset/crisis-line';
import { checkboxField, dateField, emailField, integerField, lineField, listField, phoneField, rowsField, textField, triStateField, urlField } from './fields';
import { normalizePhoneInput, tidyLine, tidyText, toBoolean, toOptionalChoice, withoutUndefined } from './input';
import { parseSchedule } from './schedule';

/**
 * The crisis line form: the fields of a dataset crisis-line record with its rules, including the rules that
 * tie the line to its channels (the line's number is one of its phone channels; stated hours need a schedule).
 */
const C = crisisLineRecord.shape;

function tidyChannelRow(row: Record<string, unknown>) {
  const kind = toOptionalChoice(row.kind);
  const value = tidyLine(row.value);
  return withoutUndefined({
    kind,
    value: kind === 'phone' || kind === 'sms' ? normalizePhoneInput(value, { allowShort: true }) : value,
    hours: tidyText(row.hours),
    is24x7: toBoolean(row.is24x7),
    schedule: parseSchedule(row.schedule),
  });
}

export const crisisLineFormSchema = z
  .object({
    name: lineField(C.name),
    phoneNumber: phoneField(C.phoneNumber, { allowShort: true }),
    operatorName: lineField(C.operatorName),
    /** the operating organisation in the catalogue, as a name or slug (optional) */
    organization: lineField(cleanText.max(300).optional()),
    hours: textField(C.hours),
    is24x7: checkboxField(C.is24x7),
    audience: textField(C.audience),
    topics: listField(C.topics),
    freeOfCharge: triStateField(C.freeOfCharge),
    languages: listField(C.languages),
    chatUrl: urlField(C.chatUrl),
    email: emailField(C.email),
    website: urlField(C.website),
    description: textField(C.description),
    isEmergency: checkboxField(C.isEmergency),
    position: integerField(C.position),
    validUntil: dateField(C.validUntil),
    channels: rowsField(tidyChannelRow, C.channels),
  })
  // The record's own cross-field rules, with its message keys.
  .superRefine((l, ctx) => {
    if (!l.channels.some((c) => c.kind === 'phone' && c.value === l.phoneNumber)) {
      ctx.addIssue({ code: 'custom', message: 'line.phone_not_a_channel', path: ['channels'] });
    }
    if (l.hours && !l.is24x7 && !l.channels.some((c) => c.schedule)) {
      ctx.addIssue({ code: 'custom', message: 'line.hours_without_schedule', path: ['hours'] });
    }
    if (l.is24x7 && !l.channels.some((c) => c.kind === 'phone' && c.is24x7)) {
      ctx.addIssue({ code: 'custom', message: 'line.24x7_without_channel', path: ['is24x7'] });
    }
  });

export type CrisisLineValues = z.output<typeof crisisLineFormSchema>;
