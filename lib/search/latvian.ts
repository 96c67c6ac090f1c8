/**
 * Latvian text for search: diacritic folding, tokenising, a light stemmer, stop words and domain synonyms.
 *
 * Meilisearch has no Latvian stemmer, so every document gets an extra field `text_lv` holding
 * `normalizeForIndex(text)`, and the query goes through `normalizeQuery` — the same transformation — before it is
 * sent. A visitor typing "atkaribas pusaudzim Talsos" on a phone and a description reading "atkarīgiem pusaudžiem
 * Talsu novadā" then meet on the stems `atkar pusaudz tals`. Meilisearch adds typo tolerance and prefix search
 * on top; `LATVIAN_SYNONYMS` and `STOPWORDS_LV` are written for its index settings.
 *
 * Pure functions, no I/O: used by the indexer, the query path and the PostgreSQL fallback alike.
 */

// ————————————————————————————————————————————————————————————————— folding and tokens

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i' };

/**
 * Lower case without diacritics: "Ģimeņu krīžu tālrunis" → "gimenu krizu talrunis". Covers the Latvian letters
 * (ā č ē ģ ī ķ ļ ņ š ū ž), the old orthography (ō ŗ) and any other combining mark. Cyrillic й keeps its breve,
 * because и and й are different letters to a Russian reader (ё → е, as Russian search usually does).
 */
export function foldDiacritics(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/и\u0306/g, 'й')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøłđæœı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}

/** The words of a text as written: runs of letters and digits (any script); punctuation and hyphens split. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

// ————————————————————————————————————————————————————————————————— stop words

/**
 * Latvian function words, folded, for Meilisearch's `stopWords` (which then ignores them in every attribute, at
 * indexing and at search). Deliberately left out although they are function words:
 * - "bez": "bez maksas" (free of charge) is something people search for;
 * - "kurš" (folded "kurs"): it would also swallow "kurss" (a course), whose stem is "kurs";
 * - "es" (I): "ES" is the European Union in project names;
 * - "viņš", "viņa": folded they are also "vīns", "vīna" (wine), which matters in addiction texts;
 * - "zem", "virs": folded they are also "zeme" and "vīrs" (husband).
 */
export const STOPWORDS_LV: string[] = [
  'aiz', 'ap', 'ar', 'ari', 'bet', 'bija', 'caur', 'gan', 'ir', 'ja', 'jau', 'jeb', 'jo', 'jums', 'jus', 'ka',
  'kad', 'kam', 'kas', 'ko', 'kur', 'kura', 'kuras', 'kuri', 'kuru', 'lai', 'lidz', 'ludzu', 'man', 'mes',
  'mums', 'ne', 'nav', 'no', 'pa', 'par', 'pat', 'pec', 'pie', 'pret', 'sai', 'saja', 'si', 'sie', 'sis', 'so',
  'starp', 'ta', 'tad', 'tai', 'tam', 'tapec', 'tas', 'te', 'tev', 'tie', 'tiem', 'tik', 'tikai', 'to', 'tu',
  'tur', 'un', 'uz', 'vai', 'var', 'vel', 'vien',
];

const STOPWORD_SET: ReadonlySet<string> = new Set(STOPWORDS_LV);

// ————————————————————————————————————————————————————————————————— stemmer

/*
 * The stemmer follows the light stemmer for Latvian by Kārlis Kreslins ("A stemming algorithm for Latvian",
 * PhD thesis, Loughborough University, 1996) in the form Apache Lucene ships as LatvianStemmer: strip the one
 * longest matching case ending from a fixed list, keep at least three letters and at least one vowel in the stem,
 * and undo palatalisation when a II/V/VI declension ending was removed. Our own TypeScript, with changes for how
 * people type and for this catalogue:
 * - It runs on folded text, so "tālruņa" and "talruna" meet; the endings are the folded forms of Lucene's list
 *   (ā/a, ē/e, ī/i, ū/u merge), and most un-palatalisation (ņ→n, ļ→l, č→c, š→s, ž→z) is already done by folding.
 * - Lucene's per-ending vowel minimum equals the number of vowels in the ending, i.e. "the stem keeps a vowel";
 *   it is computed here rather than tabulated.
 * - A few verb endings (infinitive -ēt/-īt/-āt/-ot/-t, reflexive -ties) so "palīdzēt" meets "palīdz".
 * - Agent nouns -tājs/-tāja and -ējs/-ēja lose the -āj/-ēj (folding makes "-tāja" look like the definite
 *   adjective ending "-ajā", so all forms are sent to the same stem: "skolotājs", "skolotāja" → "skolot"); the
 *   borrowed agent noun -ators meets its action noun -ācija ("mediators", "mediācija" → "mediac").
 * - -ietis/-ieši (t→š: "jaunietis", "jauniešu") and -nieks/-niece ("darbinieks", "darbiniece") are joined.
 * - One derivational step joins a noun or adjective with its relatives: -ība/-īgs ("atkarība", "atkarīgiem"),
 *   -isks ("psiholoģiskā" with "psihologs"), -ija ("psihiatrija" with "psihiatrs") and the verbal noun -šana
 *   ("ārstēšana" with "ārstēt"), only when a stem of five letters (three for -šana) remains.
 */

interface Ending {
  readonly suffix: string;
  /** Removing it can leave a palatalised consonant to undo (II, V, VI declension). */
  readonly palatalises: boolean;
  readonly vowels: number;
}

const VOWELS = /[aeiou]/g;

function vowelCount(word: string): number {
  return word.match(VOWELS)?.length ?? 0;
}

const MIN_STEM = 3;

/** Folded endings, tried longest first; only one is removed. */
const ENDINGS: readonly Ending[] = (
  [
    // Verbs: reflexive infinitive, infinitive.
    ['eties', false], ['ities', false], ['aties', false], ['oties', false], ['ties', false],
    // Definite adjectives: -ajiem, -ajai, -ajam/-ajām, -ajos, -ajās, -ajā, -ais.
    ['ajiem', false], ['ajai', false], ['ajam', false], ['ajos', false], ['ajas', false], ['aja', false], ['ais', false],
    // Nouns and indefinite adjectives, all cases.
    ['iem', true], ['ai', false], ['ei', false],
    ['am', false], ['em', false], ['im', false], ['um', false],
    ['us', true], ['as', false], ['es', false], ['os', true], ['ij', false], ['is', false], ['ie', false],
    ['et', false], ['it', false], ['at', false], ['ot', false],
    ['u', true], ['a', true], ['i', true], ['e', false], ['o', false],
    ['s', false], ['t', false],
  ] as const
)
  .map(([suffix, palatalises]): Ending => ({ suffix, palatalises, vowels: vowelCount(suffix) }))
  .sort((a, b) => b.suffix.length - a.suffix.length);

function stripEnding(word: string): { stem: string; ending: Ending } | undefined {
  const vowels = vowelCount(word);
  for (const ending of ENDINGS) {
    if (
      word.endsWith(ending.suffix) &&
      word.length >= ending.suffix.length + MIN_STEM &&
      vowels > ending.vowels
    ) {
      return { stem: word.slice(0, -ending.suffix.length), ending };
    }
  }
  return undefined;
}

/**
 * What folding leaves of palatalisation: labial + j ("zivju" → "ziv") and t→š in -ietis/-iete ("jauniešu",
 * "sieviešu"). Folded "-ies" is ambiguous, so not after t: "bāriņtiesa", "patiesa" keep their s.
 */
function unpalatalise(stem: string): string {
  if (/[pbmv]j$/.test(stem)) return stem.slice(0, -1);
  if (stem.length >= 6 && /[^t]ies$/.test(stem)) return `${stem.slice(0, -1)}t`;
  return stem;
}

/**
 * Gender and agent-noun pairs that differ in their last consonants, and the borrowed agent noun in -ators with
 * its action noun in -ācija ("mediators" and "mediācija" → "mediac", "koordinators" and "koordinācija").
 */
function joinNounPairs(stem: string): string {
  if (/[ae]j$/.test(stem) && stem.length - 2 >= 4) return stem.slice(0, -2);
  if (stem.length >= 6 && stem.endsWith('niec')) return `${stem.slice(0, -1)}k`;
  if (stem.length >= 7 && stem.endsWith('ator')) return `${stem.slice(0, -4)}ac`;
  return stem;
}

const DERIVATIONS: readonly { suffix: string; minStem: number }[] = [
  { suffix: 'isk', minStem: 5 },
  { suffix: 'ib', minStem: 5 },
  { suffix: 'ig', minStem: 5 },
  { suffix: 'ij', minStem: 5 },
  { suffix: 'esan', minStem: 3 },
  { suffix: 'isan', minStem: 3 },
  { suffix: 'asan', minStem: 3 },
  { suffix: 'osan', minStem: 3 },
  { suffix: 'san', minStem: 3 },
];

function stripDerivation(stem: string): string {
  for (const { suffix, minStem } of DERIVATIONS) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minStem) return stem.slice(0, -suffix.length);
  }
  return stem;
}

/**
 * The stem of one Latvian word, folded: "tālrunis", "talruna", "tālruņu" → "talrun"; "Talsos", "Talsu" → "tals";
 * "atkarība", "atkarīgiem" → "atkar". Numbers, words with digits and words in other scripts come back folded but
 * otherwise unchanged. A stem is a search key, not a word: apply this once, to raw text.
 */
export function stemLatvian(word: string): string {
  return stemFolded(foldDiacritics(word));
}

/** `stemLatvian` of a word already folded. */
function stemFolded(folded: string): string {
  if (!/^[a-z]+$/.test(folded)) return folded;
  const stripped = stripEnding(folded);
  let stem = stripped ? stripped.stem : folded;
  if (stripped?.ending.palatalises) stem = unpalatalise(stem);
  stem = stripDerivation(joinNounPairs(stem));
  // Meilisearch drops stop words from every attribute, text_lv included: a content word must not stem to one
  // ("pāris", "pāru" → "par"). Doubling the last letter keeps it apart and is the same for every form.
  if (stem !== folded && STOPWORD_SET.has(stem)) stem += stem.at(-1) ?? '';
  return stem;
}

// ————————————————————————————————————————————————————————————————— normalising text and queries

/**
 * Word pairs that look like a topic but are not. "atkarībā no" means "depending on" and is everywhere in
 * descriptions ("atkarībā no vajadzībām"); stemmed it would look like addiction ("atkarība"). Only the form with
 * diacritics is recognised, because folded "atkariba no" may also be the noun ("atkarība no alkohola").
 */
const NOT_A_TOPIC: readonly (readonly [string, string])[] = [['atkarībā', 'no']];

const NOT_A_TOPIC_FOLDED: ReadonlySet<string> = new Set(NOT_A_TOPIC.map(([first]) => foldDiacritics(first)));

function isNotATopic(word: string, next: string | undefined): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  const nextLower = next?.normalize('NFC').toLowerCase();
  return NOT_A_TOPIC.some(([first, second]) => lower === first && nextLower === second);
}

interface WordToken {
  folded: string;
  /** the stem, or null for a stop word or a single letter */
  token: string | null;
}

/**
 * Word → token, remembered: a catalogue repeats the same few thousand words, and folding and stemming each
 * occurrence again made indexing 100 000 services take minutes. Bounded: emptied when it reaches its size.
 */
const WORD_CACHE = new Map<string, WordToken>();
const WORD_CACHE_SIZE = 50_000;

function wordToken(word: string): WordToken {
  let entry = WORD_CACHE.get(word);
  if (!entry) {
    const folded = foldDiacritics(word);
    const skip = STOPWORD_SET.has(folded) || (folded.length < 2 && !/\d/.test(folded));
    entry = { folded, token: skip ? null : stemFolded(folded) };
    if (WORD_CACHE.size >= WORD_CACHE_SIZE) WORD_CACHE.clear();
    WORD_CACHE.set(word, entry);
  }
  return entry;
}

/** A word, or punctuation that ends a clause or a list item (a term of several words does not run across it). */
const WORD_OR_CLAUSE_BREAK = /[\p{L}\p{M}\p{N}]+|[.;:!?()[\]\n\r]/gu;
/** The same characters as the second alternative of `WORD_OR_CLAUSE_BREAK`. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', ')', '[', ']', '\n', '\r']);

/** The normalised words of a text, with `null` where a clause ends. */
function clauseTokens(text: string): (string | null)[] {
  const parts = text.match(WORD_OR_CLAUSE_BREAK) ?? [];
  const tokens: (string | null)[] = [];
  parts.forEach((part, i) => {
    if (part.length === 1 && CLAUSE_BREAKS.has(part)) {
      tokens.push(null);
      return;
    }
    const { folded, token } = wordToken(part);
    if (token === null) return;
    if (NOT_A_TOPIC_FOLDED.has(folded) && isNotATopic(part, parts[i + 1])) return;
    tokens.push(token);
  });
  return tokens;
}

function normalizedTokens(text: string): string[] {
  return clauseTokens(text).filter((token): token is string => token !== null);
}

/**
 * The `text_lv` field of a document: folded, stemmed words in their original order (so proximity still means
 * something), stop words and single letters left out, and after each term of several words that the synonym
 * rules name, that term again as one word (`termToken`).
 * "Krīzes tālrunis bērniem un pusaudžiem" → "kriz talrun kriztalrun bern pusaudz".
 */
export function normalizeForIndex(text: string): string {
  const out: string[] = [];
  forEachTerm(clauseTokens(text), (token, terms) => {
    if (token !== null) out.push(token);
    if (terms) out.push(...terms);
  });
  return out.join(' ');
}

export interface NormalizedQuery {
  /** What the visitor typed, trimmed, spaces collapsed: for the ordinary fields and for display. */
  original: string;
  /**
   * What is sent to Meilisearch: the words as `normalizeForIndex` makes them, then the term tokens of the rule terms
   * among them. Empty if only stop words.
   */
  normalized: string;
  /** The query's words, normalised (no term tokens). */
  tokens: string[];
}

/**
 * "krizes talrunis Talsos" → { original: "krizes talrunis Talsos", normalized: "kriz talrun tals kriztalrun",
 * tokens: ["kriz", "talrun", "tals"] }.
 */
export function normalizeQuery(query: string): NormalizedQuery {
  const withBreaks = clauseTokens(query);
  const tokens = withBreaks.filter((token): token is string => token !== null);
  // A rule term the visitor typed is sent once more as its term token, last: Meilisearch's "last" strategy gives
  // it up first, so a text with the term as written ranks above one with its words apart, which is still found.
  const terms = new Set<string>();
  forEachTerm(withBreaks, (_, found) => found?.forEach((term) => terms.add(term)));
  return { original: query.trim().replace(/\s+/g, ' '), normalized: [...tokens, ...terms].join(' '), tokens };
}

// ————————————————————————————————————————————————————————————————— synonyms

/**
 * A synonym rule in proper Latvian. `mutual`: every term finds every other. `oneWay`: the `from` terms also
 * find the `to` terms, not the reverse. Each rule says why it has the shape it has.
 */
export type SynonymRule =
  | { readonly mutual: readonly string[]; readonly why: string }
  | { readonly from: readonly string[]; readonly to: readonly string[]; readonly why: string };

const mutual = (terms: readonly string[], why: string): SynonymRule => ({ mutual: terms, why });
const oneWay = (from: readonly string[], to: readonly string[], why: string): SynonymRule => ({ from, to, why });

/**
 * Stemming already joins the forms of one word ("psihologs", "psihologam", "psiholoģiskā"); these rules join
 * different words for the same need. Keep them to the catalogue's domains.
 */
export const SYNONYM_RULES: readonly SynonymRule[] = [
  // Mental health
  mutual(
    ['psihologs', 'psiholoģiskā palīdzība', 'psiholoģiskā konsultācija', 'psihoterapeits', 'psihoterapija'],
    'Families ask for "a psychologist"; providers write psychological help or psychotherapy. Either word should find both.',
  ),
  mutual(
    ['garīgā veselība', 'psihiskā veselība', 'mentālā veselība', 'emocionālā veselība'],
    'Four names in use for mental health, all in the dataset.',
  ),
  oneWay(
    ['garīgā veselība', 'psihiskā veselība', 'mentālā veselība', 'depresija', 'trauksme', 'panikas lēkmes', 'ēšanas traucējumi', 'garastāvokļa traucējumi'],
    ['psihologs', 'psihiatrs', 'psihoterapeits'],
    'A topic or a symptom leads to the professionals. Not the reverse: "psihiatrs" must not list every text that mentions anxiety.',
  ),
  oneWay(
    ['depresija', 'trauksme', 'panikas lēkmes', 'ēšanas traucējumi', 'garastāvokļa traucējumi'],
    ['garīgā veselība', 'psihiskā veselība', 'mentālā veselība', 'emocionālā veselība'],
    'A named difficulty is a mental-health difficulty: the programmes and the line for mental health take it. Listed under all four names, because Meilisearch does not chain synonyms. Not the reverse.',
  ),
  mutual(
    ['psihiatriskā slimnīca', 'psihoneiroloģiskā slimnīca'],
    'Latvian psychiatric hospitals are still named psychoneurological (Strenči, Daugavpils, the children\'s hospital in Ainaži).',
  ),
  oneWay(
    ['psihiatrs', 'psihiatrija'],
    ['psihiatriskā slimnīca', 'psihoneiroloģiskā slimnīca'],
    'A psychiatrist is found at a psychiatric hospital too. Not the reverse: a hospital search should not list every text naming a psychiatrist.',
  ),
  oneWay(
    ['depresija'],
    ['garastāvokļa traucējumi'],
    'Depression is a mood disorder: the mood-disorder programmes take it. Not the reverse: mood disorders are not only depression.',
  ),
  oneWay(
    ['pašnāvība', 'suicīds', 'paškaitējums', 'pašsavainošanās'],
    ['krīzes tālrunis', 'uzticības tālrunis'],
    'Safety first: whoever names suicide or self-harm must see the crisis lines. Not the reverse. Not the crisis centres: they are shelters for families in crisis (mostly from violence), and they outranked the lines. Not the psychiatrist either: a name match on "psihiatrs" put the child psychiatrist (an appointment, not help now) above the lines; the texts that name suicide are found anyway.',
  ),

  // Crisis
  mutual(
    ['krīzes tālrunis', 'uzticības tālrunis', 'palīdzības tālrunis', 'emocionālā atbalsta tālrunis'],
    'Names of the same kind of phone line.',
  ),
  oneWay(
    ['krīze', 'krīzes situācija', 'ārkārtas situācija'],
    ['uzticības tālrunis', 'palīdzības tālrunis', 'krīzes intervence'],
    'Someone in crisis needs a line now. Not the reverse: a search for a phone line should not list everything mentioning a crisis.',
  ),
  mutual(
    ['krīzes centrs', 'krīzes dzīvoklis', 'īslaicīga izmitināšana'],
    'A safe place to stay for a family in crisis, under the names municipalities use.',
  ),
  oneWay(
    ['patversme'],
    ['krīzes centrs', 'krīzes dzīvoklis'],
    '"Patversme" is also the night shelter for homeless adults: asking for a shelter shows crisis centres, a crisis-centre search does not list night shelters.',
  ),

  // Addiction
  oneWay(
    ['atkarība'],
    ['alkohols', 'narkotikas', 'psihoaktīvās vielas', 'apreibinošās vielas', 'azartspēles', 'procesu atkarība', 'datorspēles', 'smēķēšana', 'nikotīns', 'narkologs'],
    'The general word finds every specific kind of addiction and the addiction doctor.',
  ),
  oneWay(
    ['alkohols', 'alkoholisms', 'narkotikas', 'narkomānija', 'psihoaktīvās vielas', 'apreibinošās vielas'],
    ['atkarība'],
    'A parent who names a substance needs addiction services, which treat all substances. Substances are not linked to each other (alcohol ≠ drugs), and behavioural addictions (gambling, gaming) do not expand to every narcology service: that would flood a specific search. Nor does smoking: residential addiction rehabilitation does not treat it, and "smēķēšana pusaudžiem" listed those before the narcologist and the school programmes that name tobacco and smoking.',
  ),
  oneWay(
    ['alkohols', 'alkoholisms', 'narkotikas', 'narkomānija', 'psihoaktīvās vielas', 'apreibinošās vielas'],
    ['narkologs'],
    'Substance use is treated by the narcologist (the addiction doctor), whose service names the doctor, not each substance. Not the reverse.',
  ),
  mutual(['alkohols', 'alkoholisms', 'alkoholiķis'], 'One problem, three words.'),
  mutual(
    ['narkotikas', 'narkotiskās vielas', 'psihoaktīvās vielas', 'apreibinošās vielas', 'narkomānija'],
    'Colloquial and official names of drugs; the dataset writes "apreibinošās vielas".',
  ),
  mutual(['azartspēles', 'spēļu atkarība', 'ludomānija'], 'Gambling, colloquial and clinical.'),
  oneWay(['azartspēles', 'datorspēles', 'datoratkarība'], ['procesu atkarība'], 'The official term for behavioural addictions covers these; the reverse is too broad.'),
  mutual(['datorspēles', 'datoratkarība', 'interneta atkarība', 'ekrānatkarība', 'digitālā atkarība'], 'Screen and gaming addiction.'),
  mutual(['smēķēšana', 'nikotīns', 'tabaka', 'elektroniskās cigaretes', 'veipošana'], 'Nicotine in all its forms.'),
  mutual(['līdzatkarība', 'atkarīgo tuvinieki'], 'Relatives of people with an addiction, clinical and plain.'),
  oneWay(
    ['alkohols', 'alkoholisms', 'alkoholiķis', 'narkotikas', 'narkomānija'],
    ['līdzatkarība'],
    'Who asks about someone else\'s drinking or drugs (a parent, a partner, a child) needs the co-dependency services. Not the reverse: co-dependency is not only about one substance.',
  ),
  mutual(['Minesotas programma', '12 soļu programma'], 'The same treatment programme.'),
  mutual(['Anonīmie alkoholiķi', 'AA'], 'The self-help group and its abbreviation.'),

  // Children and young people
  mutual(['pusaudzis', 'bērns'], 'In Latvian law a child is anyone under 18, so services for children include teenagers and vice versa.'),
  mutual(['pusaudzis', 'jaunietis', 'jaunatne'], 'Overlapping ages (13–18 and 13–25).'),
  mutual(['bērns', 'nepilngadīgais'], 'Legal and everyday word for a minor.'),
  // Not "jaunietis" ↔ "bērns": young people up to 25 are not children, and "bērns" is in nearly every text.
  mutual(['skolēns', 'skolnieks'], 'Two words for a pupil.'),

  // Violence
  mutual(['vardarbība', 'varmācība'], 'Two words for violence.'),
  mutual(
    ['varmāka', 'pāridarītājs', 'vardarbības veicējs', 'vardarbību veikusi'],
    'The person who uses violence. "Vardarbību veikusi" without a noun, because the catalogue puts one between ("vardarbību veikušām pilngadīgām personām").',
  ),
  oneWay(
    ['varmāka', 'pāridarītājs'],
    ['vardarbība'],
    'The person harmed names the abuser too ("varmāka" is what a victim types): it is a search about violence, so help for those who suffered it comes as well. Not the reverse: a search for violence is not a search for abusers.',
  ),
  mutual(['cietušais', 'upuris'], 'The person harmed.'),
  mutual(['emocionālā vardarbība', 'psiholoģiskā vardarbība'], 'The same form of violence.'),
  mutual(['seksuālā vardarbība', 'seksuālā izmantošana', 'seksuāla uzmākšanās'], 'Sexual abuse, as texts and people name it.'),
  mutual(['ņirgāšanās', 'mobings', 'bulings', 'iebiedēšana', 'apcelšana'], 'Bullying: Latvian words and loanwords.'),
  oneWay(['kiberņirgāšanās', 'kibermobings'], ['ņirgāšanās'], 'Anti-bullying services cover online bullying; the reverse would narrow nothing.'),
  oneWay(
    ['ņirgāšanās', 'mobings', 'bulings', 'iebiedēšana', 'apcelšana'],
    ['izsmiešana'],
    'School programmes describe bullying by what it is made of, ridicule, without naming it. Not the reverse. Not exclusion ("atstumtība"): the catalogue writes it as social exclusion ("sociālā atstumtība") of the poor, ill or addicted, and "bulings skola" listed the harm-reduction programme for drug users.',
  ),
  mutual(['pamešana novārtā', 'novārtā pamešana', 'nolaidība'], 'Neglect of a child, in both word orders (a term of several words is matched as written).'),

  // Family support
  mutual(['ģimenes asistents', 'atbalsta persona ģimenei'], 'Municipalities use both names for the home-visiting help with everyday care and upbringing.'),
  mutual(['ģimenes atbalsts', 'palīdzība ģimenei', 'atbalsts vecākiem'], 'Support for families, in the words people use.'),
  mutual(['vecāku prasmes', 'audzināšanas prasmes', 'vecāku skola', 'pozitīvā audzināšana'], 'Parenting programmes.'),
  oneWay(
    ['konflikts', 'strīds', 'domstarpības', 'šķiršanās'],
    ['mediācija'],
    'A conflict in the family leads to mediation. Not the reverse: conflict is in many behaviour texts.',
  ),
  // "Mediācija" and "mediators" need no rule: the stemmer joins them (-ācija / -ators).
  oneWay(['izlīgums'], ['mediācija'], 'Victim–offender mediation is a mediation; a family mediation search should not list the probation service.'),
  mutual(['audžuģimene', 'audžuvecāki'], 'Foster family.'),
  oneWay(
    ['ārpusģimenes aprūpe'],
    ['audžuģimene', 'aizbildnība', 'adopcija', 'bērnu aprūpes iestāde'],
    'The umbrella term finds each kind of out-of-family care; each kind stays specific.',
  ),
  mutual(['bērnunams', 'bērnu aprūpes iestāde', 'bērnu sociālās aprūpes centrs'], 'Colloquial and official names.'),
  mutual(['VBTAI', 'Valsts bērnu tiesību aizsardzības inspekcija', 'bērnu tiesību inspekcija'], 'The state inspectorate for children’s rights.'),
  oneWay(['bērnu tiesības'], ['bāriņtiesa'], 'Children’s rights questions go to the orphans’ court too; the court is not only about rights.'),
  oneWay(['sociālais darbinieks'], ['sociālais dienests'], 'A social worker is found at the municipal social service.'),

  // Disability and special needs
  mutual(
    ['invaliditāte', 'funkcionālie traucējumi', 'īpašas vajadzības', 'speciālās vajadzības'],
    'Older and newer words for disability.',
  ),
  mutual(['autisms', 'autiskā spektra traucējumi', 'AST'], 'Autism, its clinical name and abbreviation.'),
  mutual(
    ['ADHD', 'UDHS', 'uzmanības deficīta un hiperaktivitātes sindroms', 'hiperaktivitāte'],
    'ADHD under its English and Latvian abbreviations.',
  ),
  mutual(
    ['atelpas brīdis', 'atelpas brīža pakalpojums', 'īslaicīga sociālā aprūpe'],
    'Respite care. Both "brīdis" and "brīža" are listed: the stemmer does not undo d→ž.',
  ),

  // Behaviour and schooling
  mutual(
    ['uzvedības traucējumi', 'uzvedības problēmas', 'grūta uzvedība', 'problemātiska uzvedība'],
    'Behaviour problems, clinical and plain.',
  ),
  mutual(['agresija', 'agresīva uzvedība'], 'Aggression.'),
  mutual(['riska uzvedība', 'riskanta uzvedība'], 'Risky behaviour.'),
  mutual(['klaiņošana', 'bēgšana no mājām', 'aiziešana no mājām'], 'A child who runs away from home.'),
  mutual(['mācīšanās traucējumi', 'mācīšanās grūtības'], 'Learning difficulties.'),
  oneWay(['disleksija', 'disgrāfija', 'diskalkulija'], ['mācīšanās traucējumi'], 'A named difficulty finds the general help; not the reverse.'),
  mutual(['skolas kavējumi', 'skolas neapmeklēšana', 'neapmeklē skolu'], 'Missing school.'),
  oneWay(['runas traucējumi'], ['logopēds'], 'Speech problems lead to a speech therapist.'),

  // Youth justice
  mutual(['likumpārkāpums', 'likumpārkāpējs'], 'Offending by young people.'),
  oneWay(
    ['noziedzīgs nodarījums', 'noziegums'],
    ['likumpārkāpums'],
    'A crime is an offence. Not the reverse: the catalogue names crimes mostly for their victims ("noziedzīgos nodarījumos cietušajiem"), and an offender search listed the victims\' lines.',
  ),
  oneWay(
    ['likumpārkāpums', 'likumpārkāpējs'],
    ['korekcijas programma', 'probācija'],
    'A minor who offends gets a behaviour (social) correction programme from the municipality (Bērnu tiesību aizsardzības likums, 58. pants) or is a probation client. Not the reverse: those programmes also take children who have not offended.',
  ),
  mutual(['VPD', 'Valsts probācijas dienests'], 'The probation service and its abbreviation.'),

  // Employment of young people
  mutual(['nodarbinātība', 'darba meklēšana', 'darba iespējas'], 'Finding work.'),
  mutual(['NVA', 'Nodarbinātības valsts aģentūra'], 'The state employment agency and its abbreviation.'),
  mutual(['vasaras darbs', 'skolēnu vasaras nodarbinātība'], 'The state summer-work programme for pupils.'),
  mutual(['karjeras konsultācija', 'karjeras konsultants', 'profesijas izvēle'], 'Career guidance.'),
  mutual(['NEET', 'jaunieši, kas nemācās un nestrādā'], 'Young people not in education or work.'),

  // Social rehabilitation and money
  mutual(['sociālā rehabilitācija', 'resocializācija'], 'Social rehabilitation, also after addiction or prison.'),
  mutual(['bezmaksas', 'bez maksas'], 'Free of charge, written together or apart.'),

  // Places: inflected names are joined by the stemmer (Talsi/Talsos/Talsu, Cēsis/Cēsīs/Cēsu); only other names.
  mutual(['Pierīga', 'Rīgas reģions', 'Rīgas apkārtne'], 'The area around Riga under three names.'),
];

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.every((token) => large.includes(token));
}

// ————————————————————————————————————————————————————————————————— terms of several words

/*
 * A synonym of several words is no phrase to Meilisearch: with `proximityPrecision: 'byAttribute'` it only asks
 * for all its words somewhere in one field, so "darba iespējas" (work opportunities) found every text with "darbs"
 * and "iespēja" in it, and "psiholoģiskā vardarbība" every text naming a psychologist and violence. Each such term
 * of the rules is therefore indexed once more as one word where its words stand together ("krīzes tālrunis" →
 * `kriztalrun`), and a synonym of several words is sent as that word: it then finds the term, not its words.
 * The visitor's words are matched as typed; a rule term among them is sent once more as its term token
 * (`normalizeQuery`), so that texts with the term as written come first.
 */

/** A term of several normalised words as the one word it is also indexed as: "kriz talrun" → "kriztalrun". */
export function termToken(words: readonly string[]): string {
  return words.join('');
}

interface Term {
  readonly words: readonly string[];
  readonly token: string;
}

let termsByFirstWord: ReadonlyMap<string, readonly Term[]> | undefined;

/** The rules' terms of several words, normalised, by their first word. Built on first use (the rules come later). */
function multiWordTerms(): ReadonlyMap<string, readonly Term[]> {
  if (!termsByFirstWord) {
    const byFirst = new Map<string, Term[]>();
    const seen = new Set<string>();
    for (const rule of SYNONYM_RULES) {
      for (const term of 'mutual' in rule ? rule.mutual : [...rule.from, ...rule.to]) {
        const words = normalizedTokens(term);
        const first = words[0];
        if (words.length < 2 || !first || seen.has(words.join(' '))) continue;
        seen.add(words.join(' '));
        byFirst.set(first, [...(byFirst.get(first) ?? []), { words, token: termToken(words) }]);
      }
    }
    termsByFirstWord = byFirst;
  }
  return termsByFirstWord;
}

/**
 * Walks the tokens (`null` where a clause ends), handing each with the term tokens of the rule terms that end
 * on it. A term's words must stand together in one clause.
 */
function forEachTerm(tokens: readonly (string | null)[], visit: (token: string | null, terms: readonly string[] | undefined) => void): void {
  const terms = multiWordTerms();
  let ending: Map<number, string[]> | undefined;
  tokens.forEach((token, i) => {
    const starting = token === null ? undefined : terms.get(token);
    if (starting) {
      for (const term of starting) {
        if (!term.words.every((word, k) => tokens[i + k] === word)) continue;
        const last = i + term.words.length - 1;
        ending ??= new Map();
        ending.set(last, [...(ending.get(last) ?? []), term.token]);
      }
    }
    visit(token, ending?.get(i));
  });
}

/**
 * Meilisearch's synonyms map on normalised forms, from rules in plain Latvian (the index joins the terms of
 * `SYNONYM_RULES`). A value of several words is its term token, so it finds the term and not its words scattered.
 * A key of several words is there twice: as words, which Meilisearch matches against the words of the query (a
 * value containing all of them is left out: the words find those texts already), and as the term token that
 * `normalizeQuery` adds.
 */
export function buildSynonyms(rules: readonly SynonymRule[]): Record<string, string[]> {
  const expansions = new Map<string, Set<string>>();
  const put = (key: string, value: string) => {
    if (key === value) return;
    const values = expansions.get(key) ?? new Set<string>();
    values.add(value);
    expansions.set(key, values);
  };
  const add = (from: string, to: string) => {
    const keyWords = normalizedTokens(from);
    const valueWords = normalizedTokens(to);
    if (keyWords.length === 0 || valueWords.length === 0) return;
    const value = valueWords.length > 1 ? termToken(valueWords) : valueWords.join(' ');
    if (!isSubset(keyWords, valueWords)) put(keyWords.join(' '), value);
    if (keyWords.length > 1) put(termToken(keyWords), value);
  };
  for (const rule of rules) {
    if ('mutual' in rule) {
      for (const from of rule.mutual) for (const to of rule.mutual) add(from, to);
    } else {
      for (const from of rule.from) for (const to of rule.to) add(from, to);
    }
  }
  return Object.fromEntries(
    [...expansions.keys()].sort().map((key) => [key, [...(expansions.get(key) ?? [])].sort()]),
  );
}

/** For the index settings: `synonyms: LATVIAN_SYNONYMS`. */
export const LATVIAN_SYNONYMS: Record<string, string[]> = buildSynonyms(SYNONYM_RULES);
