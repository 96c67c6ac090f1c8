import { describe, expect, it } from 'vitest';
import { interpretPlaces } from '@/lib/search/places';
import { documentMatches, meiliFilter } from '@/lib/search/filters';
import type { SearchDocument } from '@/lib/search/documents';
import { parseSearchParams, searchQueryToParams } from '@/lib/validation/search-query';

const places = [
  { slug: 'talsu-novads', name: 'Talsu novads' },
  { slug: 'liepaja', name: 'Liepāja' },
  { slug: 'jelgava', name: 'Jelgava' },
  { slug: 'jelgavas-novads', name: 'Jelgavas novads' },
  { slug: 'cesu-novads', name: 'Cēsu novads' },
];

const parse = (search: string) => parseSearchParams(new URLSearchParams(search)).query;

describe('search URL parameters', () => {
  it('reads repeated and comma-separated facet values, age and page', () => {
    const query = parse('q=krizes+talrunis&domain=social&domain=health&cost=free,partly_paid&age=15&page=2');
    expect(query.q).toBe('krizes talrunis');
    expect(query.filters.domain).toEqual(['social', 'health']);
    expect(query.filters.cost).toEqual(['free', 'partly_paid']);
    expect(query.age).toBe(15);
    expect(query.page).toBe(2);
  });

  it('drops invalid values and reports them instead of failing', () => {
    const { query, issues } = parseSearchParams(new URLSearchParams('domain=astrology&age=-3&page=abc&cost=free&region=<script>'));
    expect(query.filters.domain).toEqual([]);
    expect(query.filters.cost).toEqual(['free']);
    expect(query.age).toBeUndefined();
    expect(query.page).toBe(1);
    expect(issues.map((i) => i.parameter).sort()).toEqual(['age', 'domain', 'page', 'region']);
  });

  it('bounds and cleans the text query', () => {
    expect(parse(`q=${'a'.repeat(1000)}`).q).toHaveLength(200);
    expect(parse('q=%00krize%0A%0Atalrunis%20%20').q).toBe('krize talrunis');
  });

  it('round-trips through the URL', () => {
    const query = parse('q=psihologs&region=kurzeme&mode=phone&age=15&page=3');
    expect(parse(searchQueryToParams(query).toString())).toEqual(query);
  });
});

describe('place names in a query', () => {
  it.each([
    ['psihologs Talsos', 'psihologs', ['talsu-novads']],
    ['atkaribas pusaudzim talsu', 'atkaribas pusaudzim', ['talsu-novads']],
    ['ģimenes asistents Liepājā', 'ģimenes asistents', ['liepaja']],
    ['krizes centrs liepajas', 'krizes centrs', ['liepaja']],
    ['rehabilitācija Jelgavā', 'rehabilitācija', ['jelgava', 'jelgavas-novads']],
    ['Cēsīs', '', ['cesu-novads']],
  ])('%s → text %j in %j', (q, text, slugs) => {
    const { query } = interpretPlaces(parse(`q=${encodeURIComponent(q)}`), places);
    expect(query.q).toBe(text);
    expect(query.filters.municipality.sort()).toEqual([...slugs].sort());
  });

  it('leaves queries without a place alone', () => {
    const original = parse('q=krizes+talrunis');
    expect(interpretPlaces(original, places).query).toBe(original);
  });

  it('keeps a municipality the user chose', () => {
    const { query } = interpretPlaces(parse('q=psihologs+Talsos&municipality=cesu-novads'), places);
    expect(query.q).toBe('psihologs');
    expect(query.filters.municipality).toEqual(['cesu-novads']);
  });
});

describe('filters', () => {
  const doc = {
    filter_type: 'service',
    filter_domain: 'social',
    filter_cost: 'free',
    filter_region: ['kurzeme'],
    filter_municipality: ['talsu-novads'],
    filter_delivery_mode: ['in_person', 'phone'],
    filter_audience: ['adolescents'],
    filter_age_band: ['13-15', '16-17'],
    age_min: 13,
    age_max: 17,
  } as SearchDocument;

  it('ORs values within a facet and ANDs facets', () => {
    expect(documentMatches(doc, parse('domain=social&domain=health&cost=free'))).toBe(true);
    expect(documentMatches(doc, parse('domain=health&cost=free'))).toBe(false);
    expect(documentMatches(doc, parse('region=kurzeme&mode=phone'))).toBe(true);
  });

  it('matches an age inside the range only', () => {
    expect(documentMatches(doc, parse('age=15'))).toBe(true);
    expect(documentMatches(doc, parse('age=12'))).toBe(false);
    expect(documentMatches(doc, parse('age=18'))).toBe(false);
  });

  it('leaves one facet out for its own counts', () => {
    expect(documentMatches(doc, parse('domain=health&cost=free'), 'domain')).toBe(true);
  });

  it('builds the equivalent Meilisearch filter, quoting values', () => {
    expect(meiliFilter(parse('domain=social&domain=health&age=15'))).toEqual([
      'filter_domain IN ["social", "health"]',
      'age_min <= 15',
      'age_max >= 15',
    ]);
    expect(meiliFilter(parse('domain=social&cost=free'), 'domain')).toEqual(['filter_cost IN ["free"]']);
  });
});
