import { z } from 'zod';
import {
  accessRoute,
  cleanText,
  costKind,
  deliveryMode,
  e164Phone,
  email,
  httpUrl,
  isoDate,
  planningRegion,
  serviceDomain,
  serviceLevel,
  slug,
  targetAudience,
} from '@/lib/validation/common';

/**
 * Records of the curated dataset (prisma/data/services.json, organizations.json, domain-notes.json).
 * Every text is taken from the seed reports; a field the source is silent on is left out, never guessed.
 * `sourceRef` names the seed and the table or passage, e.g. "003, 3. tabula".
 */

const sourceRef = cleanText.max(200);

export const phoneRecord = z
  .object({
    number: e164Phone,
    description: cleanText.max(300).optional(),
  })
  .strict();

export const organizationRecord = z
  .object({
    slug,
    name: cleanText.max(300),
    /** ind. 11, as the source names it (biedrība, nodibinājums, SIA, pašvaldība …) */
    legalStatus: cleanText.max(100).optional(),
    /** ind. 12 */
    registrationNumber: z.string().regex(/^\d{11}$/).optional(),
    description: cleanText.optional(),
    website: httpUrl.optional(),
    email: email.optional(),
    phones: z.array(phoneRecord),
    sourceRef,
  })
  .strict();

export const locationRecord = z
  .object({
    name: cleanText.max(300).optional(),
    addressLine: cleanText.max(300).optional(),
    city: cleanText.max(100).optional(),
    postalCode: z.string().regex(/^LV-\d{4}$/).optional(),
    /** slug of the municipality (prisma/data/municipalities.json) */
    municipality: slug.optional(),
    phones: z.array(phoneRecord).optional(),
    email: email.optional(),
    hours: cleanText.max(300).optional(),
    /** a shelter's address is never shown to the public */
    confidential: z.boolean(),
  })
  .strict();

const age = z.number().int().min(0).max(120);

export const serviceRecord = z
  .object({
    slug,
    /** ind. 1 */
    name: cleanText.max(300),
    alternateName: cleanText.max(300).optional(),
    /** ind. 2 */
    purpose: cleanText.optional(),
    tasks: cleanText.optional(),
    /** ind. 3 */
    domain: serviceDomain,
    /** ind. 4 */
    level: serviceLevel.optional(),
    /** ind. 5: the stated text and its facet values */
    targetGroup: cleanText.optional(),
    audiences: z.array(targetAudience),
    /** ind. 6 */
    recipientDescription: cleanText.optional(),
    /** ind. 7, whole years; absent = no stated bound */
    ageMin: age.optional(),
    ageMax: age.optional(),
    /** ind. 8 */
    availableAfter18: z.boolean().optional(),
    availableAfter18Note: cleanText.optional(),
    /** ind. 9 */
    deliveryModes: z.array(deliveryMode),
    deliveryDescription: cleanText.optional(),
    /** ind. 13–16 */
    volume: cleanText.optional(),
    intensity: cleanText.optional(),
    duration: cleanText.optional(),
    demand: cleanText.optional(),
    /** ind. 17 */
    accessRoutes: z.array(accessRoute),
    accessDescription: cleanText.optional(),
    /** ind. 18, 19 */
    specialists: cleanText.optional(),
    methods: cleanText.optional(),
    /** ind. 20, 21 */
    fundingSource: cleanText.optional(),
    costKind: costKind.optional(),
    priceText: cleanText.optional(),
    /** ind. 22 */
    cooperationConditions: cleanText.optional(),
    /** ind. 23: the text, and slugs of other services of the dataset */
    complementaryNote: cleanText.optional(),
    complementaryServices: z.array(slug),
    /** ind. 24: the service's own contacts; places are in `locations` */
    email: email.optional(),
    website: httpUrl.optional(),
    phones: z.array(phoneRecord),
    locations: z.array(locationRecord),
    /** service area */
    areaNational: z.boolean(),
    areaRegions: z.array(planningRegion),
    areaMunicipalities: z.array(slug),
    /** ind. 25 */
    informationSource: cleanText.optional(),
    /** ind. 10: organisation slugs, in the order the source names them */
    providers: z.array(slug),
    status: z.literal('published'),
    lastVerifiedAt: isoDate.optional(),
    /** a project that ends on this date */
    validUntil: isoDate.optional(),
    sourceRef,
  })
  .strict()
  .refine((s) => s.ageMin === undefined || s.ageMax === undefined || s.ageMin <= s.ageMax, {
    message: 'age.range',
    path: ['ageMax'],
  })
  .refine((s) => s.availableAfter18Note === undefined || s.availableAfter18 !== undefined, {
    message: 'availableAfter18.note_without_value',
    path: ['availableAfter18Note'],
  });

export const domainNoteRecord = z
  .object({
    slug,
    domain: serviceDomain,
    title: cleanText.max(300),
    body: cleanText,
    position: z.number().int().min(0),
    sourceRef,
  })
  .strict();

export const serviceDataset = z.array(serviceRecord);
export const organizationDataset = z.array(organizationRecord);
export const domainNoteDataset = z.array(domainNoteRecord);

export type PhoneRecord = z.infer<typeof phoneRecord>;
export type LocationRecord = z.infer<typeof locationRecord>;
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type ServiceRecord = z.infer<typeof serviceRecord>;
export type DomainNoteRecord = z.infer<typeof domainNoteRecord>;
