import { isLifeSituation, type LifeSituation } from '@/components/home/life-situations';
import { REGIONS } from '@/lib/search/types';

/**
 * The guide keeps its state in the address, one parameter per answer, so each step is a plain GET form:
 * `?who=child&age=15&place=m:talsu-novads&situation=alcohol_drugs`. An empty `age=` or `place=` is an
 * answer too ("skip", "anywhere"); a missing one is a question not yet answered.
 */
export const WHO = ['child', 'young_adult', 'parent'] as const;
export type Who = (typeof WHO)[number];

export const GUIDE_STEPS = ['who', 'age', 'place', 'situation'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export const MAX_GUIDE_AGE = 25;

export type Place = { kind: 'region'; slug: string } | { kind: 'municipality'; slug: string };

export interface GuideAnswers {
  who?: Who;
  /** null: skipped */
  age?: number | null;
  /** null: anywhere in Latvia */
  place?: Place | null;
  situation?: LifeSituation | 'other';
}

export interface ParsedGuide {
  answers: GuideAnswers;
  /** the age as typed, when it was not a valid age */
  invalidAge: string | null;
  /** the step asked for with ?step= (to change an answer) */
  requestedStep: GuideStep | null;
}

type Params = Record<string, string | string[] | undefined>;
const one = (params: Params, key: string) => {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
};

export function parsePlace(value: string, municipalitySlugs: ReadonlySet<string>): Place | null | undefined {
  if (value === '') return null;
  const [kind, slug] = value.split(':');
  if (kind === 'r' && slug && (REGIONS as readonly string[]).includes(slug)) return { kind: 'region', slug };
  if (kind === 'm' && slug && municipalitySlugs.has(slug)) return { kind: 'municipality', slug };
  return undefined;
}

export function formatPlace(place: Place | null | undefined): string {
  if (!place) return '';
  return `${place.kind === 'region' ? 'r' : 'm'}:${place.slug}`;
}

export function parseGuide(params: Params, municipalitySlugs: ReadonlySet<string>): ParsedGuide {
  const answers: GuideAnswers = {};
  const who = one(params, 'who');
  if (who && (WHO as readonly string[]).includes(who)) answers.who = who as Who;

  let invalidAge: string | null = null;
  const age = one(params, 'age');
  if (age !== undefined) {
    const trimmed = age.trim();
    if (trimmed === '') answers.age = null;
    else if (/^\d{1,2}$/.test(trimmed) && Number(trimmed) <= MAX_GUIDE_AGE) answers.age = Number(trimmed);
    else invalidAge = trimmed.slice(0, 10);
  }

  const place = one(params, 'place');
  if (place !== undefined) {
    const parsed = parsePlace(place, municipalitySlugs);
    if (parsed !== undefined) answers.place = parsed;
  }

  const situation = one(params, 'situation');
  if (situation === 'other' || isLifeSituation(situation)) answers.situation = situation;

  const step = one(params, 'step');
  const requestedStep = (GUIDE_STEPS as readonly string[]).includes(step ?? '') ? (step as GuideStep) : null;
  return { answers, invalidAge, requestedStep };
}

/** The first question without an answer, or null when all are answered. */
export function firstUnanswered(answers: GuideAnswers): GuideStep | null {
  if (!answers.who) return 'who';
  if (answers.age === undefined) return 'age';
  if (answers.place === undefined) return 'place';
  if (!answers.situation) return 'situation';
  return null;
}

/** The answers as address parameters, leaving out one step's (the step being asked). */
export function answerParams(answers: GuideAnswers, except?: GuideStep): [string, string][] {
  const params: [string, string][] = [];
  if (answers.who && except !== 'who') params.push(['who', answers.who]);
  if (answers.age !== undefined && except !== 'age') params.push(['age', answers.age === null ? '' : String(answers.age)]);
  if (answers.place !== undefined && except !== 'place') params.push(['place', formatPlace(answers.place)]);
  if (answers.situation && except !== 'situation') params.push(['situation', answers.situation]);
  return params;
}

export function guideHref(locale: string, answers: GuideAnswers, extra: [string, string][] = []): string {
  const query = new URLSearchParams([...answerParams(answers), ...extra]).toString();
  return `/${locale}/guide${query ? `?${query}` : ''}`;
}
