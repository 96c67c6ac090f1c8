import { describe, expect, it } from 'vitest';
import {
  LATVIAN_SYNONYMS,
  STOPWORDS_LV,
  SYNONYM_RULES,
  foldDiacritics,
  normalizeForIndex,
  normalizeQuery,
  stemLatvian,
  tokenize,
} from '@/lib/search/latvian';

/** Would the query find the text through `text_lv`: every query word is in the text, itself or by a synonym. */
function reaches(query: string, text: string): boolean {
  const indexed = new Set(normalizeForIndex(text).split(' '));
  const hasAll = (phrase: string) => phrase.split(' ').every((token) => indexed.has(token));
  return normalizeQuery(query).tokens.every(
    (token) => indexed.has(token) || (LATVIAN_SYNONYMS[token] ?? []).some(hasAll),
  );
}

describe('foldDiacritics', () => {
  it('folds every Latvian letter, lower and upper case', () => {
    expect(foldDiacritics('āčēģīķļņšūž')).toBe('acegiklnsuz');
    expect(foldDiacritics('ĀČĒĢĪĶĻŅŠŪŽ')).toBe('acegiklnsuz');
  });

  it('folds the old orthography and any other combining mark', () => {
    expect(foldDiacritics('Ōzols, Ŗīga')).toBe('ozols, riga');
    expect(foldDiacritics('Crème brûlée, naïve')).toBe('creme brulee, naive');
    expect(foldDiacritics('ta\u0304lrunis')).toBe('talrunis');
  });

  it('keeps Cyrillic й apart from и', () => {
    expect(foldDiacritics('Бесплатный психолог')).toBe('бесплатный психолог');
    expect(foldDiacritics('Ёлка')).toBe('елка');
  });

  it('is stable when applied twice', () => {
    const once = foldDiacritics('Ģimeņu krīžu tālrunis');
    expect(once).toBe('gimenu krizu talrunis');
    expect(foldDiacritics(once)).toBe(once);
  });
});

describe('tokenize', () => {
  it('keeps words and numbers, drops punctuation and splits on hyphens', () => {
    expect(tokenize('Krīzes tālrunis: 116111 (24/7), e-pasts!')).toEqual(['Krīzes', 'tālrunis', '116111', '24', '7', 'e', 'pasts']);
    expect(tokenize('Biedrība “Baltā māja” — Rēzeknē')).toEqual(['Biedrība', 'Baltā', 'māja', 'Rēzeknē']);
  });

  it('keeps a decomposed letter inside its word', () => {
    expect(tokenize('ta\u0304lrunis Talsos')).toEqual(['ta\u0304lrunis', 'Talsos']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize(' — … ')).toEqual([]);
  });
});

describe('stemLatvian: the forms of one word meet, with and without diacritics', () => {
  const groups: [string, string[]][] = [
    ['talrun', ['tālrunis', 'talrunis', 'tālruņa', 'talruna', 'tālruņu', 'tālrunim', 'tālruņi', 'tālruni']],
    ['atkar', ['atkarība', 'atkarības', 'atkaribas', 'atkarībām', 'atkarību', 'atkarīgs', 'atkarīgiem', 'atkarīgajiem', 'atkarīgām']],
    ['bern', ['bērns', 'bērna', 'bērnam', 'bērnu', 'bērni', 'bērniem', 'bērnus']],
    ['pusaudz', ['pusaudzis', 'pusaudža', 'pusaudzim', 'pusaudži', 'pusaudžiem', 'pusaudžu', 'pusaudžus']],
    ['jauniet', ['jaunietis', 'jaunieša', 'jaunietim', 'jaunieši', 'jauniešiem', 'jauniešu', 'jauniete']],
    ['kriz', ['krīze', 'krīzes', 'krīzei', 'krīzē', 'krīzēm', 'krīžu']],
    ['gimen', ['ģimene', 'ģimenes', 'ģimenei', 'ģimenē', 'ģimenēm', 'ģimeņu']],
    ['psiholog', ['psihologs', 'psihologam', 'psihologi', 'psihologu', 'psiholoģiskā', 'psiholoģiskās', 'psiholoģija', 'psiholoģijas']],
    ['psihiatr', ['psihiatrs', 'psihiatra', 'psihiatrija', 'psihiatrijas']],
    ['social', ['sociāls', 'sociālā', 'sociālās', 'sociālais', 'sociālajā', 'sociālajiem', 'sociālo', 'sociāli']],
    ['rehabilitac', ['rehabilitācija', 'rehabilitācijas', 'rehabilitāciju', 'rehabilitācijā']],
    ['mediac', ['mediācija', 'mediacija', 'mediācijas', 'mediāciju']],
    ['asistent', ['asistents', 'asistenta', 'asistentu', 'asistente', 'asistentiem']],
    ['vardarb', ['vardarbība', 'vardarbības', 'vardarbībā', 'vardarbīgs', 'vardarbīgiem']],
    ['palidz', ['palīdzība', 'palīdzības', 'palīdzēt', 'palīdz']],
    ['sieviet', ['sieviete', 'sievietes', 'sievietēm', 'sieviešu']],
    ['darbiniek', ['darbinieks', 'darbinieki', 'darbiniekiem', 'darbiniece', 'darbinieces']],
    ['skolot', ['skolotājs', 'skolotāja', 'skolotāju', 'skolotājiem']],
    ['pakalpojum', ['pakalpojums', 'pakalpojuma', 'pakalpojumu', 'pakalpojumi', 'pakalpojumiem', 'pakalpojumā']],
    ['arst', ['ārsts', 'ārstēt', 'ārstēšana', 'ārstēšanas']],
    ['nodarb', ['nodarbe', 'nodarbes', 'nodarbju']],
    ['barinties', ['bāriņtiesa', 'bāriņtiesas', 'bāriņtiesu', 'bāriņtiesām']],
    // Places
    ['tals', ['Talsi', 'Talsu', 'Talsos', 'Talsiem']],
    ['liep', ['Liepāja', 'Liepājā', 'Liepājas', 'Liepāju', 'Liepājai']],
    ['jelgav', ['Jelgava', 'Jelgavā', 'Jelgavas']],
    ['rezekn', ['Rēzekne', 'Rēzeknē', 'Rēzeknes']],
    ['daugavpil', ['Daugavpils', 'Daugavpilī', 'Daugavpilij']],
    ['ces', ['Cēsis', 'Cēsīs', 'Cēsu', 'Cēsīm']],
    ['rig', ['Rīga', 'Rīgā', 'Rīgas']],
    ['tukum', ['Tukums', 'Tukumā', 'Tukuma']],
    ['preil', ['Preiļi', 'Preiļos', 'Preiļu']],
  ];

  it.each(groups)('→ %s', (stem, forms) => {
    for (const form of forms) {
      expect(stemLatvian(form), form).toBe(stem);
      expect(stemLatvian(foldDiacritics(form)), foldDiacritics(form)).toBe(stem);
    }
  });
});

describe('stemLatvian: different words stay apart', () => {
  it.each([
    ['atkarība', 'atkārtot'],
    ['Talsi', 'Tukums'],
    ['Rīga', 'Rēzekne'],
    ['Ludza', 'Liepāja'],
    ['bērns', 'bēres'],
    ['darbība', 'darbs'],
    ['skola', 'skolēns'],
    ['psihologs', 'psihiatrs'],
    ['alkohols', 'atkarība'],
    ['vardarbība', 'varmācība'],
    ['tiesa', 'tiesības'],
    ['kurss', 'kurš'],
  ])('%s ≠ %s', (a, b) => expect(stemLatvian(a)).not.toBe(stemLatvian(b)));

  it('never turns a content word into a stop word, which Meilisearch would drop', () => {
    const stopWords = new Set(STOPWORDS_LV);
    for (const word of ['pāris', 'pāru', 'pārim', 'kāda', 'tāda', 'tēvs', 'tēva', 'viena', 'kurš', 'tika']) {
      expect(stopWords.has(stemLatvian(word)), word).toBe(false);
    }
    expect(stemLatvian('pāru')).toBe(stemLatvian('pāris'));
  });

  it('leaves short words, numbers and other scripts alone', () => {
    expect(stemLatvian('un')).toBe('un');
    expect(stemLatvian('tas')).toBe('tas');
    expect(stemLatvian('ES')).toBe('es');
    expect(stemLatvian('116111')).toBe('116111');
    expect(stemLatvian('112')).toBe('112');
    expect(stemLatvian('24h')).toBe('24h');
    expect(stemLatvian('психолог')).toBe('психолог');
  });

  it('keeps at least three letters', () => {
    for (const word of ['Rīga', 'Ogre', 'Cēsis', 'māja', 'mācīt']) expect(stemLatvian(word).length, word).toBeGreaterThanOrEqual(3);
  });
});

describe('normalizeForIndex and normalizeQuery', () => {
  it('folds, stems and drops stop words, keeping the word order', () => {
    expect(normalizeForIndex('Krīzes tālrunis bērniem un pusaudžiem')).toBe('kriz talrun bern pusaudz');
    expect(normalizeForIndex('Informācija par atkarību un ārstēšanu')).toBe('informac atkar arst');
    expect(normalizeForIndex('')).toBe('');
  });

  it('does not read "atkarībā no" (depending on) as addiction, but keeps "atkarība no alkohola"', () => {
    expect(normalizeForIndex('Apjoms atkarībā no vajadzībām')).toBe('apjom vajadz');
    expect(normalizeForIndex('Atkarība no alkohola')).toBe('atkar alkohol');
  });

  it('keeps the query as typed for the ordinary fields', () => {
    const query = normalizeQuery('  krizes   talrunis Talsos ');
    expect(query.original).toBe('krizes talrunis Talsos');
    expect(query.normalized).toBe('kriz talrun tals');
    expect(query.tokens).toEqual(['kriz', 'talrun', 'tals']);
  });

  it('gives an empty normalised query for stop words only', () => {
    expect(normalizeQuery('un vai ar').normalized).toBe('');
  });

  it.each([
    ['krizes talrunis', 'Krīzes tālrunis bērniem un pusaudžiem'],
    ['atkaribas pusaudzim Talsos', 'Sociālās rehabilitācijas pakalpojums atkarīgiem pusaudžiem Talsu novadā'],
    ['psihologs Talsos', 'Psiholoģiskā palīdzība ģimenēm Talsu novadā'],
    ['gimenes asistents', 'Ģimenes asistenta pakalpojums'],
    ['mediacija', 'Mediācijas pakalpojums ģimenēm ar bērniem'],
    ['sociālā rehabilitācija atkarīgiem bērniem Jelgavā', 'Sociālās rehabilitācijas programma bērniem ar atkarību Jelgavas novadā'],
    ['psihologs Liepājā', 'Psihologa konsultācijas Liepājas valstspilsētā'],
    ['krizu centrs Rezekne', 'Krīzes centrs ģimenēm ar bērniem Rēzeknē'],
    ['jauniesu nodarbinatiba Cesis', 'Jauniešu nodarbinātības programma Cēsīs'],
    ['vardarbiba Daugavpili', 'Atbalsts vardarbībā cietušiem bērniem Daugavpilī'],
  ])('"%s" finds "%s" by stems alone', (query, text) => {
    const indexed = normalizeForIndex(text).split(' ');
    expect(normalizeQuery(query).tokens.length).toBeGreaterThan(0);
    for (const token of normalizeQuery(query).tokens) expect(indexed, token).toContain(token);
  });

  it.each([
    ['varmācība', 'Atbalsts vardarbībā cietušiem bērniem'],
    ['psihoterapeits Talsos', 'Psihologa konsultācijas Talsu novadā'],
    ['alkohols pusaudzim', 'Atkarību profilakses programma pusaudžiem'],
    ['narkotikas', 'Sociālā rehabilitācija no apreibinošām vielām atkarīgiem bērniem'],
    ['jaunietis', 'Atbalsts pusaudžiem ar uzvedības traucējumiem'],
    ['pašnāvība', 'Bērnu un pusaudžu uzticības tālrunis'],
    ['mobings skolā', 'Atbalsts ņirgāšanās gadījumos skolā'],
    ['bezmaksas psihologs', 'Psihologa konsultācijas bez maksas'],
  ])('"%s" finds "%s" through a synonym', (query, text) => {
    expect(reaches(query, text)).toBe(true);
  });

  it('does not reach through one-way rules backwards', () => {
    expect(reaches('azartspēles', 'Narkologa konsultācijas atkarību gadījumos')).toBe(false);
    expect(reaches('krīzes centrs', 'Naktspatversme pieaugušajiem')).toBe(false);
    expect(reaches('jaunietis', 'Atbalsts bērniem līdz 7 gadu vecumam')).toBe(false);
  });
});

describe('LATVIAN_SYNONYMS', () => {
  const entries = Object.entries(LATVIAN_SYNONYMS);
  const normalisedTerms = new Set(
    SYNONYM_RULES.flatMap((rule) => ('mutual' in rule ? rule.mutual : [...rule.from, ...rule.to])).map(normalizeForIndex),
  );
  const stopWords = new Set(STOPWORDS_LV);

  it('has only normalised keys and values: folded stems from the rules, no stop words', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const [key, values] of entries) {
      expect(values.length, key).toBeGreaterThan(0);
      for (const phrase of [key, ...values]) {
        expect(phrase).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
        expect(normalisedTerms.has(phrase), phrase).toBe(true);
        expect(phrase.split(' ').some((token) => stopWords.has(token)), phrase).toBe(false);
      }
    }
  });

  it('never maps a key to itself or to a phrase the key already finds', () => {
    for (const [key, values] of entries) {
      for (const value of values) {
        expect(value).not.toBe(key);
        expect(key.split(' ').every((token) => value.split(' ').includes(token)), `${key} → ${value}`).toBe(false);
      }
    }
  });

  it('is keyed by what the query normaliser produces from inflected, undiacritised forms', () => {
    expect(LATVIAN_SYNONYMS[normalizeQuery('varmacibas').normalized]).toContain('vardarb');
    expect(LATVIAN_SYNONYMS[normalizeQuery('psihoterapeitam').normalized]).toContain('psiholog');
    expect(LATVIAN_SYNONYMS[normalizeQuery('uzticibas talruni').normalized]).toContain('kriz talrun');
    expect(LATVIAN_SYNONYMS[normalizeQuery('mediatoram').normalized]).toContain('mediac');
  });

  it('expands the general addiction word to each kind, and only substances back', () => {
    expect(LATVIAN_SYNONYMS['atkar']).toEqual(expect.arrayContaining(['alkohol', 'narkotik', 'azartspel', 'smek']));
    expect(LATVIAN_SYNONYMS['alkohol']).toContain('atkar');
    expect(LATVIAN_SYNONYMS['azartspel']).not.toContain('atkar');
    expect(LATVIAN_SYNONYMS['alkohol']).not.toContain('narkotik');
  });

  it('links teenagers with children and with young people, but not young people with children', () => {
    expect(LATVIAN_SYNONYMS['pusaudz']).toEqual(expect.arrayContaining(['bern', 'jauniet']));
    expect(LATVIAN_SYNONYMS['bern']).toContain('pusaudz');
    expect(LATVIAN_SYNONYMS['jauniet']).not.toContain('bern');
  });

  it('sends suicide and self-harm to the crisis lines', () => {
    expect(LATVIAN_SYNONYMS['pasnav']).toEqual(expect.arrayContaining(['kriz talrun', 'uztic talrun']));
    expect(LATVIAN_SYNONYMS['paskaitejum']).toContain('kriz talrun');
  });
});

describe('STOPWORDS_LV', () => {
  it('is folded, lower-case and without duplicates', () => {
    for (const word of STOPWORDS_LV) expect(word).toBe(foldDiacritics(word));
    expect(new Set(STOPWORDS_LV).size).toBe(STOPWORDS_LV.length);
  });

  it('holds the common function words and not "bez" (bez maksas) or "kurs" (kurss)', () => {
    expect(STOPWORDS_LV).toEqual(expect.arrayContaining(['un', 'vai', 'ar', 'par', 'uz', 'no', 'pie', 'ir', 'kas', 'ka', 'lai', 'bet', 'ari', 'to', 'ta', 'tas']));
    expect(STOPWORDS_LV).not.toContain('bez');
    expect(STOPWORDS_LV).not.toContain('kurs');
  });
});
