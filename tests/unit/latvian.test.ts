import { describe, expect, it } from 'vitest';
import {
  LATVIAN_SYNONYMS,
  STOPWORDS_LV,
  SYNONYM_RULES,
  foldDiacritics,
  normalizeForIndex,
  normalizeQuery,
  stemLatvian,
  termToken,
  tokenize,
} from '@/lib/search/latvian';

/**
 * Would the query find the text through `text_lv`: every query word is in the text, itself or by a synonym of
 * the word or of the whole query (a key of several words). A synonym of several words is one term token.
 */
function reaches(query: string, text: string): boolean {
  const indexed = new Set(normalizeForIndex(text).split(' '));
  const { tokens } = normalizeQuery(query);
  const bySynonym = (key: string) => (LATVIAN_SYNONYMS[key] ?? []).some((value) => indexed.has(value));
  return bySynonym(tokens.join(' ')) || tokens.every((token) => indexed.has(token) || bySynonym(token));
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
    ['mediac', ['mediācija', 'mediacija', 'mediācijas', 'mediāciju', 'mediators', 'mediatora', 'mediatoram', 'mediatore']],
    ['koordinac', ['koordinācija', 'koordinācijas', 'koordinators', 'koordinatora', 'koordinatoru']],
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
    // -ators joins -ācija only when three letters remain before it: "dators" (computer) is not "datācija".
    ['dators', 'datācija'],
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
    expect(normalizeForIndex('Tālrunis bērniem un pusaudžiem')).toBe('talrun bern pusaudz');
    expect(normalizeForIndex('Informācija par atkarību un ārstēšanu')).toBe('informac atkar arst');
    expect(normalizeForIndex('')).toBe('');
  });

  it('indexes a term of several words from the rules once more as one word, where its words stand together', () => {
    expect(normalizeForIndex('Krīzes tālrunis bērniem un pusaudžiem')).toBe('kriz talrun kriztalrun bern pusaudz');
    expect(normalizeForIndex('Krīžu tālruņa pakalpojums')).toBe('kriz talrun kriztalrun pakalpojum');
    expect(normalizeForIndex('Palīdzība ģimenei. Atbalsts vecākiem')).toBe('palidz gimen palidzgimen atbalst vecak atbalstvecak');
    expect(normalizeForIndex('Tālrunis krīzes situācijā')).not.toContain('kriztalrun');
    expect(normalizeForIndex('Darbs ar ģimeni, iespēja mācīties')).not.toContain('darbiesp');
    expect(normalizeForIndex('Sociālais darbs; iespēja mācīties')).not.toContain('darbiesp');
    expect(termToken(['kriz', 'talrun'])).toBe('kriztalrun');
  });

  it('does not read "atkarībā no" (depending on) as addiction, but keeps "atkarība no alkohola"', () => {
    expect(normalizeForIndex('Apjoms atkarībā no vajadzībām')).toBe('apjom vajadz');
    expect(normalizeForIndex('Atkarība no alkohola')).toBe('atkar alkohol');
  });

  it('keeps the query as typed for the ordinary fields', () => {
    const query = normalizeQuery('  krizes   talrunis Talsos ');
    expect(query.original).toBe('krizes talrunis Talsos');
    expect(query.tokens).toEqual(['kriz', 'talrun', 'tals']);
  });

  it('sends a rule term the visitor typed once more as its term token, last', () => {
    expect(normalizeQuery('krizes talrunis Talsos').normalized).toBe('kriz talrun tals kriztalrun');
    expect(normalizeQuery('talrunis Talsos').normalized).toBe('talrun tals');
    expect(normalizeQuery('vardarbiba gimene').normalized).toBe('vardarb gimen');
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
    ['psihiatrs', 'Bērnu psihoneiroloģiskā slimnīca “Ainaži”'],
    ['varmāka', 'Sociālās rehabilitācijas pakalpojumi no vardarbības cietušām pilngadīgām personām'],
    ['varmāka', 'Sociālās rehabilitācijas pakalpojumi vardarbību veikušām pilngadīgām personām'],
    ['likumpārkāpēji', 'Uzvedības sociālās korekcijas programma'],
    ['likumpārkāpējs', 'Valsts probācijas dienesta programmas probācijas klientiem'],
    ['narkotikas', 'Ambulatora narkologa konsultācija'],
    ['alkohols', 'Pakalpojumi atkarīgai un līdzatkarīgai personai'],
    ['depresija', 'Pirmreizēja izvērtēšana garastāvokļa traucējumu programmai'],
    ['datorspēles', 'Palīdzība interneta atkarības gadījumā'],
    ['uzticības tālrunis', 'Vienotais krīzes tālrunis'],
  ])('"%s" finds "%s" through a synonym', (query, text) => {
    expect(reaches(query, text)).toBe(true);
  });

  it('does not reach through one-way rules backwards', () => {
    expect(reaches('azartspēles', 'Narkologa konsultācijas atkarību gadījumos')).toBe(false);
    expect(reaches('krīzes centrs', 'Naktspatversme pieaugušajiem')).toBe(false);
    expect(reaches('jaunietis', 'Atbalsts bērniem līdz 7 gadu vecumam')).toBe(false);
    expect(reaches('vardarbība', 'Programma varmākām')).toBe(false);
    expect(reaches('korekcijas programma', 'Atbalsts likumpārkāpējiem')).toBe(false);
  });

  it('does not reach where a rule was kept narrow', () => {
    // An offender search does not list the victims' line; bullying is not social exclusion; suicide goes to the lines.
    expect(reaches('likumpārkāpējs', 'Atbalsta tālrunis noziedzīgos nodarījumos cietušajiem')).toBe(false);
    expect(reaches('bulings', 'Mazināt sociālo atstumtību')).toBe(false);
    expect(reaches('pašnāvība', 'Ambulatora bērnu psihiatra konsultācija')).toBe(false);
  });

  it('finds a synonym of several words as a term, not as words scattered in a text', () => {
    expect(reaches('datorspēles', 'Atkarību profilakse un drošas attiecības internetā')).toBe(false);
    expect(reaches('emocionālā vardarbība', 'Psihologa konsultācijas pēc vardarbības')).toBe(false);
    expect(reaches('nodarbinātība', 'Darba iespējas jauniešiem')).toBe(true);
    expect(reaches('nodarbinātība', 'Sociālais darbs; iespēja saņemt konsultāciju')).toBe(false);
  });
});

describe('LATVIAN_SYNONYMS', () => {
  const entries = Object.entries(LATVIAN_SYNONYMS);
  // A term as its normalised words, and a term of several words also as its term token.
  const normalisedTerms = new Set(
    SYNONYM_RULES.flatMap((rule) => ('mutual' in rule ? rule.mutual : [...rule.from, ...rule.to])).flatMap((term) => {
      const { tokens } = normalizeQuery(term);
      return tokens.length > 1 ? [tokens.join(' '), termToken(tokens)] : [tokens.join(' ')];
    }),
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
    expect(LATVIAN_SYNONYMS[normalizeQuery('uzticibas talruni').tokens.join(' ')]).toContain('kriztalrun');
    // …and by the term token the query ends with.
    expect(LATVIAN_SYNONYMS['uztictalrun']).toContain('kriztalrun');
  });

  it('sends a synonym of several words as its term token', () => {
    for (const values of Object.values(LATVIAN_SYNONYMS)) for (const value of values) expect(value).not.toContain(' ');
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
    expect(LATVIAN_SYNONYMS['pasnav']).toEqual(expect.arrayContaining(['kriztalrun', 'uztictalrun']));
    expect(LATVIAN_SYNONYMS['paskaitejum']).toContain('kriztalrun');
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
