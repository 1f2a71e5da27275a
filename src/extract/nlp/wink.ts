/**
 * wink: the one place that talks to wink-nlp (MIT) and its English model wink-eng-lite-web-model (MIT).
 * wink tokenises and tags parts of speech (Universal POS tags) and lemmas, at millions of characters a
 * second, in Node and in a browser worker alike (the model is a package: no
 * network, no files). Everything else of the layer is built on what `tagWithWink` returns.
 *
 * Two things here reach past wink's documented API, and are pinned by the exact version in package.json:
 * - The document's raw data (its "rdd") is read through the model's `readabilityStats` add-on, which wink
 *   hands the rdd; the per-token accessors of `its` are then called directly, one token at a time, instead
 *   of building one array per property.
 * - wink's lexeme cache learns every new word it meets and, from then on, looks whole words up in it
 *   before splitting them. So the same text was tokenised differently depending on what was read before
 *   it: "the country's 32 states" gave "country" + "'s" in a fresh process and "country's" once
 *   "country's." had been seen (443 of the 1,849 development articles changed on a second reading).
 *   `keepTokenisationIndependentOfHistory` makes the tokeniser's look-ups see only the model's own
 *   lexicon, which is what a fresh process sees: the same text always gives the same tokens.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink's raw document data: 4 numbers per token. */
interface Rdd {
  tokens: number[];
  numOfTokens: number;
  cache: WinkCache;
}

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
  hasSamePOS(text: string, pos: string): boolean;
}

type Accessor<T> = (index: number, rdd: Rdd, addons?: unknown) => T;

/** What wink says of one text: parallel arrays, one entry per wink token (whitespace runs included). */
export interface WinkTokens {
  count: number;
  /** The token as written. */
  value: string[];
  /** How many characters of whitespace come before it. */
  spaceBefore: Int32Array;
  /** Universal POS tag: NOUN, VERB, AUX, PROPN, ... ; SPACE for a run of tabs or line breaks. */
  pos: string[];
  lemma: string[];
  /** wink's normal form: lower case, contractions expanded ("n't" → "not", "ca" → "can"). */
  normal: string[];
  /** wink's token type (url, email, number, currency, ...) for SYM, NUM and X tokens; '' for the others, whose tag says enough. */
  type: string[];
}

interface Wink {
  readDoc(text: string): { out(f: unknown): unknown };
  its: Record<string, Accessor<unknown>>;
  addons: unknown;
}

let wink: Wink | null = null;
let cache: WinkCache | null = null;

/**
 * wink with the one annotation this layer needs, POS (lemmas come with it). Its sentence boundaries are not
 * used (sentences.ts says why), and without them the tags are the same on the 1,849 development articles
 * while tagging takes 10% less time; negation, sentiment and entities are not used either.
 */
function loadWink(): Wink {
  const addons = { ...(model.addons as object), readabilityStats: (rdd: Rdd) => rdd };
  const wrapped = Object.assign(Object.create(null), model, { addons });
  const nlp = winkNLP(wrapped, ['pos']);
  return { readDoc: (text) => nlp.readDoc(text), its: nlp.its as unknown as Wink['its'], addons };
}

const guarded = new WeakSet<WinkCache>();

/**
 * Outside the cache's own `add`, a look-up finds only the model's lexicon (indices below its intrinsic
 * size), never a word learnt from an earlier text. Inside `add`, the model's feature functions look up
 * the lower-case form just added ("Clifford's" → "clifford's"), so there the full cache answers.
 */
function keepTokenisationIndependentOfHistory(cache: WinkCache) {
  if (guarded.has(cache)) return;
  guarded.add(cache);
  const lookup = cache.lookup.bind(cache);
  const add = cache.add.bind(cache);
  const intrinsic = cache.intrinsicSize();
  let adding = 0;
  cache.lookup = (text) => {
    const found = lookup(text);
    if (adding > 0 || found === null || found.length > 1 || found[0] < intrinsic) return found;
    return null;
  };
  cache.add = (text, category) => {
    adding++;
    try {
      return add(text, category);
    } finally {
      adding--;
    }
  };
}

/** Tags whose words inflect: only their lemma is looked up (a tenth of wink's time); other words are their own lemma. */
const OPEN_CLASS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ', 'ADV']);

/**
 * Lemmas by tag and lexeme. Outside a contraction (whose lemma the token itself carries), wink's lemma of a token is
 * read from its lexeme alone (the lexeme's mapped spelling, single-lemma flag, lemma and normal form, all fixed once the
 * lexeme exists; the cache never forgets or renumbers one) and its tag, and the lemmatiser's `hasSamePOS` answers from
 * the model's own lexicon only. So the answer for a lexeme and tag is always the same, and each is computed once
 * instead of for every token ("said", "oil", "spill" come back in every article).
 */
const lemmaByTag = new Map<string, Map<number, string>>();
/** Past this many lexemes of one tag the remembered lemmas start again (a bound on memory, not on correctness). */
const LEMMA_LIMIT = 200_000;

/** wink's lemma of token i, read through `lemmaByTag`; `pos` is its tag. */
function lemmaOf(w: Wink, rdd: Rdd, i: number, pos: string): string {
  // (a token's second number above 0xFFFF marks a contraction: "ca" of "can't" has the lemma "can" in its own data)
  if (rdd.tokens[i * 4 + 1] > 0xffff) return w.its.lemma(i, rdd, w.addons) as string;
  let lemmas = lemmaByTag.get(pos);
  if (!lemmas) lemmaByTag.set(pos, (lemmas = new Map()));
  const lexeme = rdd.tokens[i * 4];
  let lemma = lemmas.get(lexeme);
  if (lemma === undefined) {
    lemma = w.its.lemma(i, rdd, w.addons) as string;
    if (lemmas.size >= LEMMA_LIMIT) lemmas.clear();
    lemmas.set(lexeme, lemma);
  }
  return lemma;
}

const rddOf = (w: Wink, text: string): Rdd => w.readDoc(text).out(w.its.readabilityStats) as unknown as Rdd;

function ready(): Wink {
  if (!wink) {
    wink = loadWink();
    cache = rddOf(wink, '').cache;
    keepTokenisationIndependentOfHistory(cache);
  }
  return wink;
}

/**
 * canBeTagged's answers by tag and word. They depend on wink's own lexicon alone (a word the tokeniser added to its
 * cache is out of vocabulary to hasSamePOS), so remembering them changes no answer; the actors stage, tag repairs and
 * candidates ask about the same words again and again, and each question costs wink a lookup that allocates.
 */
const taggable = new Map<string, Map<string, boolean>>();
/** Past this many words of one tag the remembered answers start again (a bound on memory, not on correctness). */
const TAGGABLE_LIMIT = 200_000;

/**
 * Can this word (a lemma, lower case) take this part of speech in wink's lexicon? "cap" can be a VERB, so
 * the headline "BP caps well" has a verb even where the tagger, trained on full sentences, said NOUN.
 */
export function canBeTagged(lemma: string, tag: string): boolean {
  let answers = taggable.get(tag);
  if (!answers) taggable.set(tag, (answers = new Map()));
  let answer = answers.get(lemma);
  if (answer === undefined) {
    ready();
    answer = cache!.hasSamePOS(lemma, tag);
    if (answers.size >= TAGGABLE_LIMIT) answers.clear();
    answers.set(lemma, answer);
  }
  return answer;
}

/** Tokens, sentences, tags and lemmas of one text, as wink gives them. */
export function tagWithWink(text: string): WinkTokens {
  const w = ready();
  const rdd = rddOf(w, text);
  const n = rdd.numOfTokens;
  const its = w.its;
  const out: WinkTokens = {
    count: n,
    value: new Array(n),
    spaceBefore: new Int32Array(n),
    pos: new Array(n),
    lemma: new Array(n),
    normal: new Array(n),
    type: new Array(n),
  };
  const raw = rdd.tokens;
  for (let i = 0; i < n; i++) {
    out.value[i] = its.value(i, rdd) as string;
    // wink keeps the count of spaces before a token in the low 16 bits of its second number, 0xFFFF meaning
    // "not only plain spaces", kept as written (its.precedingSpaces builds that string for every token).
    const spaces = raw[i * 4 + 1] & 0xffff;
    out.spaceBefore[i] = spaces < 0xffff ? spaces : (its.precedingSpaces(i, rdd) as string).length;
    const pos = its.pos(i, rdd) as string;
    out.pos[i] = pos;
    const normal = its.normal(i, rdd) as string;
    out.normal[i] = normal;
    out.lemma[i] = OPEN_CLASS.has(pos) ? lemmaOf(w, rdd, i, pos) : normal;
    out.type[i] = pos === 'SYM' || pos === 'NUM' || pos === 'X' ? (its.type(i, rdd) as string) : '';
  }
  return out;
}
