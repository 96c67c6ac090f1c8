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
 *   adjective ending "-ajā", so all forms are sent to the same stem: "skolotājs", "skolotāja" → "skolot").
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

/** Gender and agent-noun pairs that differ in their last consonants. */
function joinNounPairs(stem: string): string {
  if (/[ae]j$/.test(stem) && stem.length - 2 >= 4) return stem.slice(0, -2);
  if (stem.length >= 6 && stem.endsWith('niec')) return `${stem.slice(0, -1)}k`;
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

function normalizedTokens(text: string): string[] {
  const words = tokenize(text);
  const tokens: string[] = [];
  words.forEach((word, i) => {
    const { folded, token } = wordToken(word);
    if (token === null) return;
    if (NOT_A_TOPIC_FOLDED.has(folded) && isNotATopic(word, words[i + 1])) return;
    tokens.push(token);
  });
  return tokens;
}

/**
 * The `text_lv` field of a document: folded, stemmed words in their original order (so proximity still means
 * something), stop words and single letters left out.
 * "Krīzes tālrunis bērniem un pusaudžiem" → "kriz talrun bern pusaudz".
 */
export function normalizeForIndex(text: string): string {
  return normalizedTokens(text).join(' ');
}

export interface NormalizedQuery {
  /** What the visitor typed, trimmed, spaces collapsed: for the ordinary fields and for display. */
  original: string;
  /** The same transformation as `normalizeForIndex`: for the `text_lv` field. Empty if only stop words. */
  normalized: string;
  tokens: string[];
}

/** "krizes talrunis Talsos" → { original: "krizes talrunis Talsos", normalized: "kriz talrun tals", … }. */
export function normalizeQuery(query: string): NormalizedQuery {
  const tokens = normalizedTokens(query);
  return { original: query.trim().replace(/\s+/g, ' '), normalized: tokens.join(' '), tokens };
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
  oneWay(
    ['pašnāvība', 'suicīds', 'paškaitējums', 'pašsavainošanās'],
    ['krīzes tālrunis', 'uzticības tālrunis', 'psihiatrs'],
    'Safety first: whoever names suicide or self-harm must see the crisis lines. Not the reverse. Not the crisis centres: they are shelters for families in crisis (mostly from violence), and they outranked the lines.',
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
  mutual(['varmāka', 'pāridarītājs', 'vardarbības veicējs', 'vardarbību veikusi persona'], 'The person who uses violence.'),
  mutual(['cietušais', 'upuris'], 'The person harmed.'),
  mutual(['emocionālā vardarbība', 'psiholoģiskā vardarbība'], 'The same form of violence.'),
  mutual(['seksuālā vardarbība', 'seksuālā izmantošana', 'seksuāla uzmākšanās'], 'Sexual abuse, as texts and people name it.'),
  mutual(['ņirgāšanās', 'mobings', 'bulings', 'iebiedēšana', 'apcelšana'], 'Bullying: Latvian words and loanwords.'),
  oneWay(['kiberņirgāšanās', 'kibermobings'], ['ņirgāšanās'], 'Anti-bullying services cover online bullying; the reverse would narrow nothing.'),
  oneWay(
    ['ņirgāšanās', 'mobings', 'bulings', 'iebiedēšana', 'apcelšana'],
    ['izsmiešana', 'atstumtība'],
    'School programmes describe bullying by what it is made of, ridicule and exclusion, without naming it. Not the reverse: a text on exclusion is not about bullying.',
  ),
  mutual(['pamešana novārtā', 'nolaidība'], 'Neglect of a child.'),

  // Family support
  mutual(['ģimenes asistents', 'atbalsta persona ģimenei'], 'Municipalities use both names for the home-visiting help with everyday care and upbringing.'),
  mutual(['ģimenes atbalsts', 'palīdzība ģimenei', 'atbalsts vecākiem'], 'Support for families, in the words people use.'),
  mutual(['vecāku prasmes', 'audzināšanas prasmes', 'vecāku skola', 'pozitīvā audzināšana'], 'Parenting programmes.'),
  mutual(['mediācija', 'mediators'], 'The service and the person.'),
  oneWay(
    ['konflikts', 'strīds', 'domstarpības', 'šķiršanās'],
    ['mediācija'],
    'A conflict in the family leads to mediation. Not the reverse: conflict is in many behaviour texts.',
  ),
  oneWay(['izlīgums'], ['mediācija', 'mediators'], 'Victim–offender mediation is a mediation; a family mediation search should not list the probation service.'),
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
  mutual(['likumpārkāpums', 'likumpārkāpējs', 'noziedzīgs nodarījums', 'noziegums'], 'Offending by young people.'),
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

/**
 * Meilisearch's synonyms map on normalised forms, from rules in plain Latvian. A value containing every word of
 * its key is left out: the key finds those documents already.
 */
export function buildSynonyms(rules: readonly SynonymRule[]): Record<string, string[]> {
  const expansions = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const key = normalizeForIndex(from);
    const value = normalizeForIndex(to);
    if (!key || !value || key === value || isSubset(key.split(' '), value.split(' '))) return;
    const values = expansions.get(key) ?? new Set<string>();
    values.add(value);
    expansions.set(key, values);
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
