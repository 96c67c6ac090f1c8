import { z } from 'zod';
import { cleanText } from '@/lib/validation/common';
import { locationRecord, organizationRecord } from '@/lib/validation/dataset/service';
import { emailField, lineField, phoneLinesField, rowsField, textField, tidyLocationRow, urlField } from './fields';
import { tidyLine } from './input';

/**
 * The organisation (provider) form: the fields of a dataset organisation record with the record's rules, plus
 * the columns only coordinators fill (alternate name, places), checked as the service record checks them.
 */
const O = organizationRecord.shape;

export const organizationFormSchema = z.object({
  name: lineField(O.name),
  alternateName: lineField(cleanText.max(300).optional()),
  legalStatus: lineField(O.legalStatus),
  /** "4000 300 0000" → "40003000000" */
  registrationNumber: z.preprocess((v) => {
    const line = tidyLine(v);
    return typeof line === 'string' ? line.replace(/[\s-]/g, '') : line;
  }, O.registrationNumber),
  description: textField(O.description),
  website: urlField(O.website),
  email: emailField(O.email),
  phones: phoneLinesField(O.phones),
  locations: rowsField((row) => tidyLocationRow(row, { confidentialFlag: true, municipality: true, email: true }), z.array(locationRecord)),
});

export type OrganizationValues = z.output<typeof organizationFormSchema>;
