import { z } from 'zod';
import { serviceRecord } from '@/lib/validation/dataset/service';
import {
  checkboxField,
  choiceField,
  dateField,
  emailField,
  integerField,
  lineField,
  listField,
  phoneLinesField,
  referencesField,
  rowsField,
  textField,
  tidyLocationRow,
  triStateField,
  urlField,
} from './fields';

/**
 * The service form: every field of a dataset service record (prisma/data/services.json) with the record's own
 * rule, read the way coordinators type. The record's bookkeeping (slug, status, sourceRef) is not edited here;
 * providers and complementary services are typed as names or slugs and resolved by lib/catalogue/services.ts.
 */
const S = serviceRecord.shape;

export const serviceLocationRow = (row: Record<string, unknown>) => tidyLocationRow(row, { confidentialFlag: true, municipality: true, email: true });

export const serviceFormSchema = z
  .object({
    name: lineField(S.name),
    alternateName: lineField(S.alternateName),
    purpose: textField(S.purpose),
    tasks: textField(S.tasks),
    domain: choiceField(S.domain),
    level: choiceField(S.level),
    targetGroup: textField(S.targetGroup),
    audiences: listField(S.audiences),
    recipientDescription: textField(S.recipientDescription),
    ageMin: integerField(S.ageMin),
    ageMax: integerField(S.ageMax),
    availableAfter18: triStateField(S.availableAfter18),
    availableAfter18Note: textField(S.availableAfter18Note),
    deliveryModes: listField(S.deliveryModes),
    deliveryDescription: textField(S.deliveryDescription),
    volume: textField(S.volume),
    intensity: textField(S.intensity),
    duration: textField(S.duration),
    demand: textField(S.demand),
    accessRoutes: listField(S.accessRoutes),
    accessDescription: textField(S.accessDescription),
    specialists: textField(S.specialists),
    methods: textField(S.methods),
    fundingSource: textField(S.fundingSource),
    costKind: choiceField(S.costKind),
    priceText: textField(S.priceText),
    cooperationConditions: textField(S.cooperationConditions),
    complementaryNote: textField(S.complementaryNote),
    complementaryServices: referencesField,
    email: emailField(S.email),
    website: urlField(S.website),
    phones: phoneLinesField(S.phones),
    locations: rowsField(serviceLocationRow, S.locations),
    areaNational: checkboxField(S.areaNational),
    areaRegions: listField(S.areaRegions),
    areaMunicipalities: listField(S.areaMunicipalities),
    informationSource: textField(S.informationSource),
    providers: referencesField,
    validUntil: dateField(S.validUntil),
  })
  // The record's own cross-field rules, with its message keys.
  .refine((s) => s.ageMin === undefined || s.ageMax === undefined || s.ageMin <= s.ageMax, { message: 'age.range', path: ['ageMax'] })
  .refine((s) => s.availableAfter18Note === undefined || s.availableAfter18 !== undefined, {
    message: 'availableAfter18.note_without_value',
    path: ['availableAfter18Note'],
  });

/** A service as coordinators edit it; also the `values` of its audit snapshots. */
export type ServiceValues = z.output<typeof serviceFormSchema>;
