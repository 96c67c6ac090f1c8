import { z } from 'zod';
import { municipalSocialServiceRecord } from '@/lib/validation/dataset/municipal';
import { choiceField, emailField, lineField, phoneLinesField, rowsField, textField, tidyLocationRow, urlField } from './fields';

/** The municipal social service form: the fields of a dataset record with its rules (a phone and an address required). */
const M = municipalSocialServiceRecord.shape;

export const municipalServiceFormSchema = z.object({
  name: lineField(M.name),
  /** slug of the municipality */
  municipality: choiceField(M.municipality),
  email: emailField(M.email),
  website: urlField(M.website),
  hours: textField(M.hours),
  phones: phoneLinesField(M.phones),
  locations: rowsField((row) => tidyLocationRow(row, { confidentialFlag: false, municipality: false, email: false }), M.locations),
});

export type MunicipalServiceValues = z.output<typeof municipalServiceFormSchema>;
