/**
 * Actors stage, part 2: one canonical actor per real entity across all documents.
 * Hyphen and space variants share a key already (normalizeName); here close spellings of one person
 * across documents ("Andrei Beloousov" = "Andrei Belousov"), surnames that a document never expanded
 * ("Putin" alone) and the user's own data/actors.json are folded in.
 */
import type { ActorKind, ActorRecord } from '../schema/timeline';
import type { ActorMention } from './types';
import { normalizeName } from './actors';
import { LEGAL_FORM_SPELLINGS, LEGAL_SUFFIXES } from './lexicon/actors';

/** A named storm's key ('other:hurricane katrina', 'other:tropical storm alex'), its one-word name captured. */
const STORM_KEY = /^other:(?:tropical )?(?:hurricane|typhoon|cyclone|storm) ([a-z]+)$/;
import { canBeTagged } from './nlp/wink';

/** data/actors.json: a user's corrections. Every name or alias listed in one entry becomes one actor. */
export interface ActorOverrides {
  actors?: Array<{ name: string; aliases?: string[]; kind?: ActorKind }>;
  drop?: string[];
}

export interface ActorIndex {
  actors: ActorRecord[];
  /** Canonical actor id for a document-local key, or null when the actor was dropped. */
  resolve(doc: string, key: string): string | null;
  /** Why document-local keys became one actor: each join with its rule, in the order made ("close-spelling", "acronym", ...). */
  joins: Array<{ rule: string; into: string; key: string }>;
  /** The rules of the joins that made an actor (by id), sorted. */
  rulesOf(id: string): string[];
}

interface Cluster {
  keys: Set<string>;
  kind: ActorKind;
  /** Mentions per kind: one name read as a company in one article and as a product in another. */
  kindVotes: Map<ActorKind, number>;
  surfaces: Map<string, number>; // surface form -> times seen
  docs: Set<string>;
  /** Rules of the joins that built it. */
  rules: Set<string>;
  /** Surface forms in one of which a word is written in capitals ("BGC Partners"): no acronym stands for them. */
  capsWord: boolean;
  /** A report calls it a vessel ("the grounded tanker Exxon Valdez"; actors.ts, `vessel-noun-before-name`). */
  vessel?: boolean;
  /** A report lists it with an organisation ("General Motors and Chrysler"; actors.ts, `listed-with-organisation`). */
  listed?: boolean;
  /** A report names it the parent of a unit whose name starts with it (actors.ts, `parent-of-own-unit`). */
  parentOfUnit?: boolean;
  /** A report reads it as the word several of its companies start with (actors.ts, `short-form-shared-by-companies`). */
  sharedShort?: boolean;
}

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'actor'
  );
}

/**
 * Levenshtein distance at most one (one letter changed, added or dropped), read in one pass. Asked of the words of
 * every pair of the corpus's person names, so a table of distances per pair (allocated for each, filled whole though
 * only "one typo or none" matters) was a quarter of canonicalizeActors' time on a Timeline17 topic.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // equal, or one letter more at the end
  if (i === short.length) return true;
  // one letter changed at i, or one more at i: the rest must match
  return long.length === short.length ? long.slice(i + 1) === short.slice(i + 1) : long.slice(i + 1) === short.slice(i);
}

/** "andrei beloousov" ~ "andrei belousov": same number of words, each equal or one typo apart (long words only). */
function closeSpellings(pa: readonly string[], pb: readonly string[]): boolean {
  if (pa.length !== pb.length || pa.length < 2) return false;
  let typos = 0;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === pb[i]) continue;
    if (pa[i].length < 5 || !withinOneEdit(pa[i], pb[i])) return false;
    typos++;
  }
  return typos <= 1;
}

/** Parts of speech of common words: a surname that is one too ("Long", "Oil") is weighed more carefully. */
const COMMON_TAGS = ['NOUN', 'ADJ', 'VERB', 'ADV'] as const;

const KIND_ORDER: ActorKind[] = ['person', 'country', 'organization', 'place', 'other'];

/** The kind most mentions gave; on a tie the more specific kind (a company over a product). */
function majorityKind(c: Cluster): ActorKind {
  return [...c.kindVotes].sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))[0][0];
}

/**
 * Companies and products under their several written forms: "Apple" read as a company in one article
 * and as a product in another is one actor; "Apple Inc." is the company "Apple" with its legal form;
 * "iPhones" is the "iPhone".
 */
type Join = (a: Cluster, b: Cluster, rule: string) => void;

/** The legal forms in one order, so that which form is tried first never depends on the lexicon's order. */
const SORTED_LEGAL_SUFFIXES = [...LEGAL_SUFFIXES].sort();

function joinCompanyForms(clusters: Map<string, Cluster>, join: Join) {
  const bare = (k: string) => k.replace(/^(?:org|other):/, '');
  const named = [...clusters.keys()].filter((k) => /^(?:org|other):/.test(k)).sort();
  const byName = new Map<string, string[]>();
  for (const k of named) byName.set(bare(k), [...(byName.get(bare(k)) ?? []), k]);
  for (const keys of byName.values()) for (const k of keys.slice(1)) join(clusters.get(keys[0])!, clusters.get(k)!, 'company-and-product-one-name');
  for (const [name, keys] of byName) {
    const words = name.split(' ');
    const last = words[words.length - 1];
    // "apple inc" → "apple"; the short name must itself be an actor already.
    if (words.length >= 2 && LEGAL_SUFFIXES.has(last)) {
      const short = byName.get(words.slice(0, -1).join(' '));
      if (short) join(clusters.get(short[0])!, clusters.get(keys[0])!, 'legal-suffix');
      // "Boeing Co said" in one report, "The Boeing Company" in another: one company under two legal forms, where no
      // report writes the name bare (`same-name-other-legal-form`).
      else {
        // (Only another spelling of the same form: "Nissan Motor Co" and "Nissan Motor Corp" are parent and unit.)
        const form = LEGAL_FORM_SPELLINGS.get(last);
        const first =
          form && SORTED_LEGAL_SUFFIXES.find((f) => f !== last && LEGAL_FORM_SPELLINGS.get(f) === form && byName.has(`${words.slice(0, -1).join(' ')} ${f}`));
        const other = first && byName.get(`${words.slice(0, -1).join(' ')} ${first}`);
        if (other && clusters.get(other[0])!.kind === 'organization' && clusters.get(keys[0])!.kind === 'organization')
          join(clusters.get(other[0])!, clusters.get(keys[0])!, 'same-name-other-legal-form');
      }
    }
    // "iphones" → "iphone", for products only: "Beatles" is not a plural of anything.
    if (/\p{L}{3}(?<!s)s$/u.test(name) && keys.every((k) => k.startsWith('other:'))) {
      const single = byName.get(name.slice(0, -1));
      if (single) join(clusters.get(single[0])!, clusters.get(keys[0])!, 'product-plural');
    }
  }
}

const SHORT_FORM_RULES = [
  'short-form-of-company-name',
  'short-form-of-legal-name',
  'short-form-starts-sentence',
  'adjective-short-form-acts',
  'acronym-starts-company-name',
];

/**
 * The name a cluster is shown by, and the rule that chose it when it is not the most written full form. `seen` orders
 * the spellings as the corpus first met them (documents in name order): of two spellings written equally often, the
 * one met first is the name ("World Health Organisation" or "Organization", whichever the reports began with), not
 * the one that sorts first.
 */
function displayName(c: Cluster, seen: ReadonlyMap<string, number>): { name: string; rule: string | null } {
  // Countries keep the lexicon's name ("Russia", not "Russian Federation").
  const country = [...c.keys].sort().find((k) => k.startsWith('country:'));
  if (country) return { name: country.slice(8), rule: null };
  // The most frequent full form wins; a bare surname only when nothing longer was seen.
  const forms = [...c.surfaces.entries()].map(([s, n]) => ({ s: s.replace(/[’`]/g, "'"), n, words: s.split(/\s+/).length, at: seen.get(s) ?? 0 }));
  forms.sort((x, y) => Number(y.words > 1) - Number(x.words > 1) || y.n - x.n || y.words - x.words || x.at - y.at || x.s.localeCompare(y.s));
  // An organisation is known by its acronym when reports write it far more often than any full form: "BP", written
  // 1,200 times, not "British Petroleum", written 30 times.
  if (c.kind === 'organization') {
    const acronym = forms.filter((f) => /^\p{Lu}{2,6}$/u.test(f.s)).sort((x, y) => y.n - x.n || x.s.localeCompare(y.s))[0];
    if (acronym && acronym.n >= 3 * forms[0].n) return { name: acronym.s, rule: null };
  }
  // "Today, USAir rejected Icahn's 52 dlr per share offer" shown as "U.S. Air rejected ...": the same letters written
  // as one word are the name when reports write them so more often than spaced ("USAir" 40 times, "U.S. Air" twice;
  // `same-letters-written-most`). A longer name still wins over a surname ("Barack Obama", not "Obama").
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const same = forms.filter((f) => f !== forms[0] && letters(f.s) === letters(forms[0].s)).sort((x, y) => y.n - x.n || x.s.localeCompare(y.s))[0];
  if (same && same.n > forms[0].n) return { name: same.s, rule: 'same-letters-written-most' };
  return { name: forms[0].s, rule: null };
}

/**
 * The user's data/actors.json merges and renames: every cluster one of an entry's names (its name or an alias)
 * matches, by a surface form or a key, becomes one actor under the entry's name. The names of the clusters are
 * indexed once, so the cost follows the clusters plus the entries (200,000 entries made the build 6–12 times
 * slower when each entry was weighed against every cluster).
 */
function applyOverrides(
  clusters: Map<string, Cluster>,
  entries: NonNullable<ActorOverrides['actors']>,
  join: Join,
): Map<Cluster, { name: string; kind?: ActorKind }> {
  const unique = [...new Set(clusters.values())];
  const rank = new Map(unique.map((c, i) => [c, i]));
  // normalised name → the clusters that answer to it (as first built; joins are followed through their keys)
  const byName = new Map<string, Cluster[]>();
  const index = (name: string, c: Cluster) => {
    const list = byName.get(name);
    if (!list) byName.set(name, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  for (const c of unique) {
    for (const s of c.surfaces.keys()) index(normalizeName(s), c);
    for (const k of c.keys) index(normalizeName(k.replace(/^(country|org|other):/, '')), c);
  }
  // a cluster joined into another since the index was built is found under its first key
  const current = (c: Cluster) => clusters.get(c.keys.values().next().value!) ?? c;
  const renamed = new Map<Cluster, { name: string; kind?: ActorKind }>();
  for (const entry of entries) {
    const hits = new Set<Cluster>();
    for (const name of [entry.name, ...(entry.aliases ?? [])]) for (const c of byName.get(normalizeName(name)) ?? []) hits.add(current(c));
    if (!hits.size) continue;
    // the first cluster in build order takes the others in, as a scan of the clusters in that order would
    const [target, ...others] = [...hits].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    for (const other of others) join(target, other, 'user-override');
    target.rules.add('user-override');
    renamed.set(target, { name: entry.name, kind: entry.kind });
  }
  return renamed;
}

export function canonicalizeActors(perDocument: Array<{ doc: string; mentions: ActorMention[] }>, overrides: ActorOverrides = {}): ActorIndex {
  const clusters = new Map<string, Cluster>(); // key -> cluster (shared objects)
  const seen = new Map<string, number>(); // surface form -> when the corpus first wrote it (see displayName)
  const add = (doc: string, m: ActorMention) => {
    let c = clusters.get(m.key);
    if (!c) {
      c = { keys: new Set([m.key]), kind: m.kind, kindVotes: new Map(), surfaces: new Map(), docs: new Set(), rules: new Set(), capsWord: false };
      clusters.set(m.key, c);
    }
    if (!m.anaphor && /\b\p{Lu}{2,}\b/u.test(m.surface) && m.surface.includes(' ')) c.capsWord = true;
    c.kindVotes.set(m.kind, (c.kindVotes.get(m.kind) ?? 0) + 1);
    if (m.rules.some((r) => r.startsWith('vessel-noun-'))) c.vessel = true;
    if (m.rules.includes('listed-with-organisation')) c.listed = true;
    if (m.rules.includes('parent-of-own-unit')) c.parentOfUnit = true;
    if (m.rules.includes('short-form-shared-by-companies')) c.sharedShort = true;
    if (!m.anaphor) c.surfaces.set(m.surface, (c.surfaces.get(m.surface) ?? 0) + 1);
    if (!m.anaphor && !seen.has(m.surface)) seen.set(m.surface, seen.size);
    c.docs.add(doc);
    // ("Eastern Air Lines Inc ... Eastern lost 130.8 mln dlrs": the short forms actors.ts reads where they act, or an
    // acronym before "Industries", are short forms too, when they name a longer company.)
    const shortRule = SHORT_FORM_RULES.some((r) => m.rules.includes(r));
    if (shortRule && m.key !== `org:${normalizeName(m.surface)}`) {
      const short = normalizeName(m.surface);
      shortForms.set(short, (shortForms.get(short) ?? new Set()).add(m.key));
    }
  };
  // "USAir Group Inc ... USAir's tender offer" in one report, "USAir rejected TWA's offer" in another: a company's short
  // form (actors.ts `short-form-of-company-name`) is the company where other reports write it alone too
  // (`short-form-of-company`), one actor, not "USAir Group" beside "USAIR". A short form that reports give to different
  // companies ("Hyundai" of Hyundai Motor Co, of Hyundai Corp) is neither's alone, and joins nothing.
  const shortForms = new Map<string, Set<string>>();
  const sorted = [...perDocument].sort((a, b) => a.doc.localeCompare(b.doc));
  for (const { doc, mentions } of sorted) for (const m of mentions) add(doc, m);

  const joins: ActorIndex['joins'] = [];
  const join: Join = (a, b, rule) => {
    if (a === b) return;
    joins.push({ rule, into: [...a.keys][0], key: [...b.keys][0] });
    a.rules.add(rule);
    for (const r of b.rules) a.rules.add(r);
    a.capsWord ||= b.capsWord;
    for (const k of b.keys) {
      a.keys.add(k);
      clusters.set(k, a);
    }
    for (const [s, n] of b.surfaces) a.surfaces.set(s, (a.surfaces.get(s) ?? 0) + n);
    for (const d of b.docs) a.docs.add(d);
    for (const [k, n] of b.kindVotes) a.kindVotes.set(k, (a.kindVotes.get(k) ?? 0) + n);
    a.kind = majorityKind(a);
  };

  // "in Florida", "in Geneva": in how many documents a word stands as a place (see actors.ts, after-place-preposition)
  const placeDocs = (bare: string) => clusters.get(`place:${bare}`)?.docs.size ?? 0;
  // Made again only after a join (a join is what changes a key's cluster or kind; `joins` grows by one each time): the
  // surname loop below asks for it once per surname, and remaking it each time was quadratic in the corpus's names.
  let personKeysMemo: { joins: number; keys: string[] } | null = null;
  const personKeys = (): readonly string[] => {
    if (personKeysMemo?.joins !== joins.length)
      personKeysMemo = { joins: joins.length, keys: [...new Set([...clusters.entries()].filter(([, c]) => c.kind === 'person').map(([k]) => k))].sort() };
    return personKeysMemo.keys;
  };
  // Close spellings of one person across documents.
  const keys = personKeys().filter((k) => k.includes(' '));
  // (each key split once, not once per pair: the pairs are quadratic in the corpus's names)
  const words = keys.map((k) => k.split(' '));
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      if (!keys[i].startsWith('?') && !keys[j].startsWith('?') && words[i].length === words[j].length && closeSpellings(words[i], words[j]))
        join(clusters.get(keys[i])!, clusters.get(keys[j])!, 'close-spelling');
  // "succeeding Sergei Shoigu" (tentative, "?sergei shoigu") where another report says who Sergei Shoigu is.
  for (const k of personKeys().filter((k) => k.startsWith('?') && k.includes(' '))) {
    const confirmed = clusters.get(k.slice(1));
    if (confirmed && confirmed.kind === 'person') join(confirmed, clusters.get(k)!, 'confirmed-by-another-report');
  }
  // "Kim Jong Un met ..." read as a company in a report that gave no title, and as a person in the others.
  for (const k of [...clusters.keys()].filter((k) => /^(?:org|other):\S+ \S+/.test(k)).sort()) {
    const person = clusters.get(k.replace(/^(?:org|other):/, ''));
    if (person?.kind !== 'person') continue;
    const named = clusters.get(k)!;
    // "the 11 million gallons that leaked from the grounded tanker Exxon Valdez": a name one report calls a vessel is
    // the vessel's wherever else it stood alone and was read as a person's ("the Exxon Valdez disaster", Valdez a
    // surname): a person is never "the tanker". The person readings were guesses and cast no vote.
    if (named.vessel && named !== person) {
      person.kindVotes.clear();
      join(named, person, 'person-reading-of-a-vessel');
    } else join(person, named, 'same-name-as-person');
  }
  // "Deepwater Horizon" and "Deep Water Horizon", "Wal-Mart" and "Walmart": one thing or company written with and
  // without a space or hyphen.
  const squeezed = new Map<string, string>();
  for (const k of [...clusters.keys()].filter((k) => /^(?:org|other):/.test(k)).sort()) {
    const key = k.replace(/[\s-]+/g, '');
    const first = squeezed.get(key);
    if (first === undefined) squeezed.set(key, k);
    else if (clusters.get(first)!.kind === clusters.get(k)!.kind) join(clusters.get(first)!, clusters.get(k)!, 'same-name-but-spaces');
  }
  const keyWords = new Map<string, string[]>();
  const wordsOfKey = (k: string) => {
    let w = keyWords.get(k);
    if (!w) keyWords.set(k, (w = k.split(' ')));
    return w;
  };
  // "Thad W. Allen" is the "Thad Allen" of other reports: a middle initial dropped.
  // (Joined before surnames are weighed: "On Friday, Allen announced that the national incident command was being
  // dismantled", where the corpus names "Thad W. Allen" and "Thad Allen", is one person's surname, not two people's.)
  for (const k of personKeys()) {
    const parts = k.split(' ');
    if (k.startsWith('?') || parts.length !== 3 || parts[1].length !== 1) continue;
    const short = clusters.get(`${parts[0]} ${parts[2]}`);
    if (short && short.kind === 'person') join(short, clusters.get(k)!, 'middle-initial');
  }
  // The full names holding each word, in key order. (The surname loop below asked every person key of the corpus
  // for every surname, and listed them again after each join: quadratic in the corpus's names. No key is added or
  // removed from here on, a join only moves keys to another cluster and may change its kind, so whether a key is a
  // person's is asked when it is read, as personKeys() would have answered at that moment.)
  const keysWithWord = new Map<string, string[]>();
  for (const k of [...clusters.keys()].sort()) {
    if (!k.includes(' ') || k.startsWith('?')) continue;
    for (const w of new Set(wordsOfKey(k))) {
      const list = keysWithWord.get(w);
      if (list) list.push(k);
      else keysWithWord.set(w, [k]);
    }
  }
  // A surname a document never expanded ("Putin") joins the one full name that ends or starts with it.
  // A tentative surname ("?trump", see actors.ts) does the same, and is dropped below when it cannot.
  for (const single of personKeys().filter((k) => !k.includes(' '))) {
    const bare = single.replace(/^\?/, '');
    // (In a collection of twenty reports or more, a tentative word that is also a common word joins only people two
    // reports name: "Although Long died in 1935" is not the "Mark Long" one report names, "Asian flu" not "Southeast
    // Asian"; "Megrahi" joins the Abdel Baset al-Megrahi one report names.)
    const common = single.startsWith('?') && perDocument.length >= 20 && COMMON_TAGS.some((tag) => canBeTagged(bare, tag));
    const bearers = (keysWithWord.get(bare) ?? []).filter((k) => clusters.get(k)!.kind === 'person' && (!common || clusters.get(k)!.docs.size >= 2));
    // ("Allen announced that the national incident command was being dismantled", where the corpus names Thad Allen
    // and Allen Kruse: a name written alone is a surname, so the people whose last name it is come first.)
    const bySurname = bearers.filter((k) => k.endsWith(` ${bare}`));
    // (A tentative name is read as a surname only: "Alex, which was rated a tropical storm" is not Alex Castellanos, "A
    // House panel approved" not "House Newt Gingrich".)
    const owners = new Set((bySurname.length || single.startsWith('?') ? bySurname : bearers).map((k) => clusters.get(k)!));
    // "President Obama" where the corpus names Barack Obama in forty reports and Michelle Obama in three: the person
    // the reports name far more often (three times the documents of all the others together).
    const ranked = [...owners].sort((a, b) => b.docs.size - a.docs.size || [...a.keys][0].localeCompare([...b.keys][0]));
    const dominant = ranked.length > 1 && ranked[0].docs.size >= 3 * ranked.slice(1).reduce((n, o) => n + o.docs.size, 0) ? ranked[0] : null;
    if (owners.size === 1) join([...owners][0], clusters.get(single)!, single.startsWith('?') ? 'tentative-surname-of-one-person' : 'surname-of-one-person');
    else if (dominant) join(dominant, clusters.get(single)!, 'surname-of-most-named-person');
    // "BP said" in one report, with no person of that name: the organisation the corpus knows by it.
    else if (!owners.size && single.startsWith('?')) {
      // ("Boeing co said it has started the 37 dlr per share tender offer ... Boeing said if less than 90 pct ...", where
      // the other reports write "Boeing Co": the word with a legal form after it, one company only, is that company's
      // name, `tentative-joins-company-with-legal-form`.)
      // (one company under two legal forms, "Boeing Co" and "The Boeing Company", are joined below,
      // `same-name-other-legal-form`: any of them is the company)
      const withForm = [...new Set(SORTED_LEGAL_SUFFIXES.map((f) => clusters.get(`org:${bare} ${f}`)))].filter((x) => x?.kind === 'organization');
      // (a word no dictionary knows: not "Marketing" of "Marketing Inc")
      const commonWord = [bare, bare.replace(/s$/, ''), bare.replace(/ies$/, 'y')].some((f) => COMMON_TAGS.some((tag) => canBeTagged(f, tag)));
      const formed = !clusters.has(`org:${bare}`) && !commonWord ? withForm[0] : undefined;
      if (formed && withForm.reduce((n, x) => n + x!.docs.size, 0) > placeDocs(bare)) {
        const tentative = clusters.get(single)!;
        tentative.kindVotes.clear();
        join(formed, tentative, 'tentative-joins-company-with-legal-form');
        continue;
      }
      // ("Coniston Partners ... Coniston said in its petition", "Kidder Peabody and Co ... Kidder said": a word no
      // dictionary knows, that no person bears and no report writes alone as an organisation, starting the name of one
      // organisation of the corpus, is that organisation's short form, `tentative-word-starts-organisation`; not a
      // common word, "New" of "New United Motor Manufacturing Inc" or "Securities" of "Securities and Exchange
      // Commission", nor a place's.)
      const starting = new Set(
        (keysWithWord.get(`org:${bare}`) ?? [])
          .filter((k) => k.startsWith(`org:${bare} `) && clusters.get(k)!.kind === 'organization')
          .map((k) => clusters.get(k)!),
      );
      // (nor a name the corpus reads as a product: "GM's Buick, Chevrolet, and Oldsmobile ranges" is no "Buick Reatta
      // Craft Center")
      if (!clusters.has(`org:${bare}`) && !clusters.has(`other:${bare}`) && starting.size === 1 && placeDocs(bare) === 0 && !commonWord) {
        const tentative = clusters.get(single)!;
        tentative.kindVotes.clear();
        join([...starting][0], tentative, 'tentative-word-starts-organisation');
        continue;
      }
      const org = clusters.get(`org:${bare}`);
      // "Florida" read once as a company and in forty reports as a place: a word of the place
      // (Not the word another report reads as the house its companies share, `short-form-shared-by-companies`: "Ford
      // Canada's market share" cut to a lone "Ford" is not the Ford of "Ford Motor Co" and "Ford Motor Credit Co".)
      if (org && org.docs.size > placeDocs(bare) && !org.sharedShort) {
        const tentative = clusters.get(single)!;
        // its "person" was only a guess: it casts no vote on the organisation's kind
        tentative.kindVotes.clear();
        join(org, tentative, 'tentative-joins-organisation');
      } else if (
        !org &&
        !common &&
        clusters.get(single)!.listed &&
        placeDocs(bare) === 0 &&
        ![bare, bare.replace(/s$/, '')].some((f) => COMMON_TAGS.some((tag) => canBeTagged(f, tag)))
      ) {
        // "the heads of General Motors and Chrysler": a word no person bears, that a report lists with an
        // organisation, is an organisation of its own (`listed-with-organisation`); not a word that is also common
        // ("Energy and BP") or a place's.
        const listed = clusters.get(single)!;
        listed.kind = 'organization';
        listed.kindVotes.clear();
        listed.kindVotes.set('organization', 1);
        listed.keys.add(`org:${bare}`);
        clusters.set(`org:${bare}`, listed);
        listed.rules.add('listed-with-organisation');
      }
    }
  }
  // "the BP oil rig exploded" (a tentative acronym, "?bp"), "The Deepwater Horizon drilling rig sank" (a tentative full
  // name): the organisation or the named thing the other reports know by that name, when no person bears it.
  for (const k of [...clusters.keys()].filter((k) => k.startsWith('?')).sort()) {
    const tentative = clusters.get(k)!;
    if (![...tentative.keys].every((x) => x.startsWith('?'))) continue;
    const bare = k.slice(1);
    if (tentative.kind === 'person' && !bare.includes(' ')) continue; // a tentative surname was weighed above
    const named = clusters.get(`org:${bare}`) ?? clusters.get(`other:${bare}`);
    if (!named || named === tentative || named.docs.size <= placeDocs(bare) || named.sharedShort) continue;
    tentative.kindVotes.clear();
    join(named, tentative, named.kind === 'organization' ? 'tentative-joins-organisation' : 'tentative-joins-named-thing');
  }
  // "said Chris Reddy of Woods Hole, who was part of the expedition", "The Woods Hole team used an autonomous robot
  // submarine": a tentative name of two words or more that begins the name of one organisation the other reports
  // write in full ("Woods Hole Oceanographic Institution") is that organisation's short form, when no place bears it
  // (`tentative-start-of-organisation`).
  const orgNames = [...clusters.keys()].filter((k) => k.startsWith('org:')).sort();
  for (const k of [...clusters.keys()].filter((k) => k.startsWith('?') && k.includes(' ')).sort()) {
    const tentative = clusters.get(k)!;
    if (![...tentative.keys].every((x) => x.startsWith('?'))) continue;
    const bare = k.slice(1);
    if (placeDocs(bare) > 0) continue;
    const longer = new Set(orgNames.filter((o) => o.startsWith(`org:${bare} `)).map((o) => clusters.get(o)!));
    if (longer.size !== 1) continue;
    const org = [...longer][0];
    // (Not a name written alone in more reports than the organisation's full name: "New Orleans federal judge Martin
    // Feldman" in eleven reports is the city, not the "New Orleans Foundation" one report names.)
    if (org === tentative || org.kind !== 'organization' || tentative.docs.size > org.docs.size) continue;
    tentative.kindVotes.clear();
    join(org, tentative, 'tentative-start-of-organisation');
  }
  // "a few weeks after Katrina struck in 2005", "the monster Katrina, a storm that in 2005 killed more than 1,800
  // people": a storm's name written alone, or after "a storm", is the storm the other reports call "Hurricane Katrina"
  // (no person bears it as a surname: that was weighed above).
  const storms = new Map<string, Cluster>();
  for (const k of [...clusters.keys()].filter((k) => STORM_KEY.test(k)).sort()) {
    const name = STORM_KEY.exec(k)![1];
    const c = clusters.get(k)!;
    const first = storms.get(name);
    if (!first) storms.set(name, c);
    else if (first !== c) join(first, c, 'same-storm');
  }
  for (const [name, storm] of storms) {
    const alone = clusters.get(`?${name}`);
    if (!alone || alone === storm || ![...alone.keys].every((x) => x.startsWith('?'))) continue;
    alone.kindVotes.clear();
    join(storm, alone, 'storm-name-alone');
  }
  // Organisations written out and as their acronym in different documents: "KCNA" / "Korean Central News Agency".
  const orgKeys = [...clusters.keys()].filter((k) => k.startsWith('org:')).sort();
  for (const short of orgKeys) {
    const acronym = short.slice(4).replace(/\s/g, '');
    if (!/^[a-z]{2,6}$/.test(acronym)) continue;
    for (const long of orgKeys) {
      // "BGC Partners" is not "BP": a name holding an acronym of its own is not spelt out by another.
      if (clusters.get(long)!.capsWord) continue;
      const all = long.slice(4).split(' ');
      const words = all.filter((w) => !['of', 'the', 'for', 'and'].includes(w));
      // "BOJ" keeps the "of" of "Bank of Japan"; "FTC" has none to keep.
      const withOf = all
        .filter((w) => w !== 'the')
        .map((w) => w[0])
        .join('');
      if (words.length > 1 && (words.map((w) => w[0]).join('') === acronym || withOf === acronym)) join(clusters.get(long)!, clusters.get(short)!, 'acronym');
    }
  }

  joinCompanyForms(clusters, join);
  for (const [short, keys] of [...shortForms].sort(([a], [b]) => a.localeCompare(b))) {
    // (keys of one company, "Eastern Air Lines Inc" and "Eastern Airlines Inc" joined above, are one owner)
    if (new Set([...keys].map((k) => clusters.get(k))).size !== 1) continue;
    const [key] = keys;
    // ("RCA Corp ... since General Electric bought RCA last year" in one report, "the strong results of RCA, which was
    // acquired last year" in another (wire copy, 1987): an acronym one report writes with its company's legal form,
    // `short-form-of-legal-name`, is that company where another report writes it alone as an unknown acronym,
    // `tentative-acronym-of-company`.)
    const tentative = clusters.get(`?${short}`);
    // (an acronym as written, all capitals: not "Ford" of "Ford Canada's market share", a word read as a name alone)
    const acronym = !!tentative && tentative.surfaces.size > 0 && [...tentative.surfaces.keys()].every((x) => /^\p{Lu}{2,5}$/u.test(x));
    if (acronym && tentative?.kind === 'organization' && [...tentative.keys].every((x) => x.startsWith('?'))) {
      tentative.kindVotes.clear();
      join(clusters.get(key)!, tentative, 'tentative-acronym-of-company');
    }
    for (const k of [`org:${short}`, `other:${short}`]) {
      const alone = clusters.get(k);
      // ("Japan's Mitsui, which has a 10% stake in the well through its unit Mitsui Oil Exploration, said overnight that it
      // has received a bill" (Timeline17; the judges: "lists the unit Mitsui Oil Exploration, not Japan's Mitsui"): a word
      // a report names as the parent of the unit whose name it starts is the parent, never that unit's short form, though
      // other reports write it so: `parent-not-short-form-of-unit`.)
      if (alone?.parentOfUnit) {
        alone.rules.add('parent-not-short-form-of-unit');
        continue;
      }
      if (alone && clusters.get(key) !== alone) join(clusters.get(key)!, alone, 'short-form-of-company');
    }
  }
  // One word that more reports use as a place than as an organisation ("Louisiana sued" once, "in Louisiana" in
  // fifty reports) is the place's, and a place is no actor.
  const placeWords = new Set<Cluster>();
  for (const [k, c] of clusters) {
    const m = /^(?:org|other):(\S+)$/.exec(k);
    if (m && c.keys.size === 1 && placeDocs(m[1]) > c.docs.size) placeWords.add(c);
  }

  // "the Deepwater Explorer blew up", "Public Citizen, founded in 1971 by Ralph Nader": a name of two words or more that
  // one report gives, with nothing in the corpus to say what it is, stays a name. It is kept as a named thing (kind
  // `other`, no person: nothing says it is one), so that a happening whose participant it is lists it (events.ts lists
  // only the actors written in a happening's participant phrases). One-word tentative names stay dropped: "Hayward
  // said" is a surname or a company, and "Credit default swaps" or "Thousands of businesses" are no names at all.
  for (const c of new Set(clusters.values())) {
    if (![...c.keys].every((k) => k.startsWith('?')) || ![...c.keys].some((k) => k.includes(' '))) continue;
    c.kind = 'other';
    c.rules.add('unconfirmed-name');
  }

  const dropped = new Set((overrides.drop ?? []).map(normalizeName));
  const renamed = applyOverrides(clusters, overrides.actors ?? [], join);

  const records: ActorRecord[] = [];
  const idOf = new Map<Cluster, string>();
  const used = new Set<string>();
  const finals = [...new Set(clusters.values())]
    .map((c) => {
      const override = renamed.get(c);
      if (override) return { c, name: override.name };
      // (The rule of the chosen spelling is added here, where the name is decided, not inside the naming.)
      const { name, rule } = displayName(c, seen);
      if (rule) c.rules.add(rule);
      return { c, name };
    })
    .filter(({ c }) => (c.rules.has('unconfirmed-name') || ![...c.keys].every((k) => k.startsWith('?') || k.startsWith('place:'))) && !placeWords.has(c))
    .filter(({ c, name }) => !dropped.has(normalizeName(name)) && ![...c.surfaces.keys()].some((s) => dropped.has(normalizeName(s))))
    .sort((a, b) => a.name.localeCompare(b.name) || [...a.c.keys].sort()[0].localeCompare([...b.c.keys].sort()[0]));
  for (const { c, name } of finals) {
    let id = slugify(name);
    for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
    used.add(id);
    idOf.set(c, id);
    const aliases = [...new Set([...c.surfaces.keys()].map((s) => s.replace(/[’`]/g, "'")))].filter((s) => s !== name).sort();
    records.push({ id, name, kind: renamed.get(c)?.kind ?? c.kind, aliases });
  }
  records.sort((a, b) => a.id.localeCompare(b.id));
  const clusterOf = new Map([...idOf].map(([c, id]) => [id, c]));
  return {
    actors: records,
    resolve: (_doc, key) => {
      const c = clusters.get(key);
      return c ? (idOf.get(c) ?? null) : null;
    },
    joins,
    rulesOf: (id) => [...(clusterOf.get(id)?.rules ?? [])].sort(),
  };
}
