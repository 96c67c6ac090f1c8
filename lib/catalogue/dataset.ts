import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { crisisLineRecord, type CrisisLineRecord } from '@/lib/validation/dataset/crisis-line';
import {
  municipalityRecord,
  municipalSocialServiceRecord,
  type MunicipalityRecord,
  type MunicipalSocialServiceRecord,
} from '@/lib/validation/dataset/municipal';
import {
  domainNoteRecord,
  organizationRecord,
  serviceRecord,
  type DomainNoteRecord,
  type OrganizationRecord,
  type ServiceRecord,
} from '@/lib/validation/dataset/service';

/** The curated dataset committed in prisma/data: the product's source of truth for its initial content. */
export interface CatalogueDataset {
  municipalities: MunicipalityRecord[];
  municipalSocialServices: MunicipalSocialServiceRecord[];
  crisisLines: CrisisLineRecord[];
  organizations: OrganizationRecord[];
  services: ServiceRecord[];
  domainNotes: DomainNoteRecord[];
}

export const DEFAULT_DATASET_DIR = path.join(process.cwd(), 'prisma', 'data');

const FILES = {
  municipalities: ['municipalities.json', municipalityRecord],
  municipalSocialServices: ['municipal-social-services.json', municipalSocialServiceRecord],
  crisisLines: ['crisis-lines.json', crisisLineRecord],
  organizations: ['organizations.json', organizationRecord],
  services: ['services.json', serviceRecord],
  domainNotes: ['domain-notes.json', domainNoteRecord],
} as const;

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid:\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`);
    this.name = 'DatasetError';
  }
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const result = z.array(schema).safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${file} ${issue.path.join('.')}: ${issue.message}`);
    return [];
  }
  return result.data;
}

function checkUnique(kind: string, slugs: string[], problems: string[]) {
  const seen = new Set<string>();
  for (const slug of slugs) {
    if (seen.has(slug)) problems.push(`${kind}: duplicate slug ${slug}`);
    seen.add(slug);
  }
}

/** Cross-record references: every slug a record names must exist in the dataset. */
function checkReferences(dataset: CatalogueDataset, problems: string[]) {
  const municipalities = new Set(dataset.municipalities.map((m) => m.slug));
  const organizations = new Set(dataset.organizations.map((o) => o.slug));
  const services = new Set(dataset.services.map((s) => s.slug));
  for (const mss of dataset.municipalSocialServices) {
    if (!municipalities.has(mss.municipality)) problems.push(`municipal social service ${mss.slug}: unknown municipality ${mss.municipality}`);
  }
  for (const service of dataset.services) {
    for (const p of service.providers) if (!organizations.has(p)) problems.push(`service ${service.slug}: unknown provider ${p}`);
    for (const m of service.areaMunicipalities) if (!municipalities.has(m)) problems.push(`service ${service.slug}: unknown municipality ${m}`);
    for (const c of service.complementaryServices) if (!services.has(c)) problems.push(`service ${service.slug}: unknown complementary service ${c}`);
    for (const l of service.locations) {
      if (l.municipality && !municipalities.has(l.municipality)) problems.push(`service ${service.slug}: location in unknown municipality ${l.municipality}`);
    }
  }
}

/** Reads and validates the whole dataset; throws DatasetError naming every problem found. */
export function loadDataset(dir: string = DEFAULT_DATASET_DIR): CatalogueDataset {
  const problems: string[] = [];
  const dataset: CatalogueDataset = {
    municipalities: parseFile(dir, FILES.municipalities[0], FILES.municipalities[1], problems),
    municipalSocialServices: parseFile(dir, FILES.municipalSocialServices[0], FILES.municipalSocialServices[1], problems),
    crisisLines: parseFile(dir, FILES.crisisLines[0], FILES.crisisLines[1], problems),
    organizations: parseFile(dir, FILES.organizations[0], FILES.organizations[1], problems),
    services: parseFile(dir, FILES.services[0], FILES.services[1], problems),
    domainNotes: parseFile(dir, FILES.domainNotes[0], FILES.domainNotes[1], problems),
  };
  for (const key of Object.keys(FILES) as (keyof CatalogueDataset)[]) {
    checkUnique(key, dataset[key].map((r) => r.slug), problems);
  }
  checkReferences(dataset, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
