import { z } from 'zod';
import { cleanText, email, httpUrl, municipalityKind, planningRegion, slug } from '@/lib/validation/common';
import { phoneRecord } from '@/lib/validation/dataset/service';
import { slugify } from '@/lib/text/slug';

/**
 * Records of the curated dataset prisma/data/municipalities.json and municipal-social-services.json,
 * extracted from appendix 3 of seed 003 by scripts/extract/municipal-social-services.ts.
 */

const sourceRef = cleanText.max(200);

/** Latvian postal code as written on letters: "LV-1010". */
const postalCode = z.string().regex(/^LV-\d{4}$/, { message: 'postalCode.invalid' });

export const municipalityRecord = z
  .object({
    /** slugify(name): other datasets link to a municipality by this slug */
    slug,
    /** official name: "Talsu novads", or the state city itself: "Rīga" */
    name: cleanText.max(100),
    kind: municipalityKind,
    planningRegion,
  })
  .strict()
  .refine((m) => m.slug === slugify(m.name), { message: 'slug.not_from_name', path: ['slug'] });

export const municipalLocationRecord = z
  .object({
    name: cleanText.max(300).optional(),
    /** street and house, or a homestead name with its pagasts when there is no town */
    addressLine: cleanText.max(300),
    city: cleanText.max(100).optional(),
    postalCode: postalCode.optional(),
    phones: z.array(phoneRecord).optional(),
    hours: cleanText.max(300).optional(),
  })
  .strict();

export const municipalSocialServiceRecord = z
  .object({
    slug,
    name: cleanText.max(300),
    /** slug of a record of municipalities.json */
    municipality: slug,
    email: email.optional(),
    website: httpUrl.optional(),
    hours: cleanText.max(300).optional(),
    phones: z.array(phoneRecord).min(1),
    locations: z.array(municipalLocationRecord).min(1),
    sourceRef,
  })
  .strict();

export const municipalityDataset = z.array(municipalityRecord);
export const municipalSocialServiceDataset = z.array(municipalSocialServiceRecord);

export type MunicipalityRecord = z.infer<typeof municipalityRecord>;
export type MunicipalLocationRecord = z.infer<typeof municipalLocationRecord>;
export type MunicipalSocialServiceRecord = z.infer<typeof municipalSocialServiceRecord>;
