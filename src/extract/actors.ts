/**
 * Actors stage, part 1: find the people, organisations and countries a document names.
 *
 * Why hand-written on top of a named-entity library: compromise (our NER library) finds most people
 * ("Kim Jong Un", "Sergei Shoigu") but also tags page chrome ("BRIAN READE:"), keeps titles inside names
 * ("Minister Andrei Beloousov") and knows nothing of states standing behind their capitals
 * ("Pyongyang's support"). So compromise is one piece of evidence among several: titles before a name,
 * organisation head words, and the country lexicon. Names that are neither people nor in a lexicon become
 * companies or products by what the text does with them (classifyNames). Canonicalisation across
 * documents is in canonical.ts.
 */
import type { ActorKind, ActorMention } from './types';
import { normalizeName } from './normalize-name';
import { nlpHints, type Hints } from './nlp-hints';
import { COUNTRIES, COUNTRY_GROUPS } from './lexicon/countries';
import {
  DEFINITE_HEADS,
  KNOWN_ORGANIZATIONS,
  NOT_ACTOR_WORDS,
  ORG_CUES_AFTER,
  ORG_CUES_BEFORE,
  ORG_HEADS,
  PERSON_TITLE_HEADS,
  PRODUCT_DETERMINERS,
  PRODUCT_NOUNS,
  QUANTITY_WORDS,
  RELEASE_VERBS,
  REPORTING_VERBS,
  STATE_NOUNS,
  SUBJECT_AUXILIARIES,
  TITLE_WORDS,
} from './lexicon/actors';
import { EVENT_WORDS } from './lexicon/events';
import { PLACE_HEADS, PLACE_PREPOSITIONS } from './lexicon/places';

interface Token {
  text: string; // as written, possessive included
  bare: string; // possessive removed, curly apostrophes straightened
  start: number;
  end: number; // end of the bare form
  cap: boolean;
  possessive: boolean;
  /** Position in the document's token list, so neighbours are found without searching. */
  index: number;
  /** A short model number after a name: the "4" of "iPhone 4", the "3G" of "iPhone 3G". */
  model?: boolean;
}

type LexiconHit = { kind: 'country' | 'organization' | 'demonym' | 'capital'; name: string };

// Shared with canonical.ts and the evaluation, which import it from here.
export { normalizeName };

function straighten(s: string): string {
  return s.replace(/[’`]/g, "'");
}

const LEXICON: Map<string, LexiconHit> = (() => {
  const map = new Map<string, LexiconHit>();
  const put = (surface: string, hit: LexiconHit) => {
    const key = straighten(surface);
    if (!map.has(key)) map.set(key, hit);
  };
  for (const c of COUNTRIES) {
    put(c.name, { kind: 'country', name: c.name });
    for (const n of c.names) put(n, { kind: 'country', name: c.name });
  }
  for (const [name, aliases] of Object.entries(KNOWN_ORGANIZATIONS)) {
    put(name, { kind: 'organization', name });
    for (const a of aliases) put(a, { kind: 'organization', name });
  }
  for (const c of COUNTRIES) {
    for (const d of c.demonyms) put(d, { kind: 'demonym', name: c.name });
    for (const cap of c.capitals) put(cap, { kind: 'capital', name: c.name });
  }
  return map;
})();
const MAX_LEXICON_TOKENS = 8;

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:['’](?=\s|$|[^\p{L}]))?/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index!;
    const straight = straighten(raw);
    const possessive = /'s$/i.test(straight) || /s'$/.test(straight);
    let bare = possessive ? straight.replace(/'s$/i, '').replace(/'$/, '') : straight;
    // "Hamas-led gunmen", "Iran-backed militias": the name before the suffix is the actor.
    const compound = /^(\p{Lu}[\p{L}.]*)-(?:led|backed|based|allied|owned|run|funded|linked|aligned|controlled|occupied|held|brokered|sponsored)$/iu.exec(bare);
    if (compound) bare = compound[1];
    // "iPod", "eBay", "iOS": a lower-case prefix before an inner capital still writes a name.
    // "Abdel Fattah al-Burhan", "Ahmed el-Sharaa": an Arabic article joined to a capitalised name is part of it.
    const cap = /^\p{Lu}/u.test(raw) || /^\p{Ll}{1,2}\p{Lu}/u.test(raw) || /^(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)-\p{Lu}/u.test(raw);
    tokens.push({ text: raw, bare, start, end: start + bare.length, cap, possessive, index: tokens.length });
  }
  markModelNumbers(text, tokens);
  return tokens;
}

/**
 * "iPhone 4", "iPhone 3G", "Windows 7": a short number right after a name is part of it, unless it counts
 * something ("Apple 5 percent") or is a day of a month ("June 7").
 */
function markModelNumbers(text: string, tokens: Token[]) {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!/^\d{1,2}[A-Za-z]{0,3}$/.test(t.text) || !prev.cap || t.start - (prev.start + prev.text.length) !== 1) continue;
    if (prev.possessive || NOT_ACTOR_WORDS.has(prev.bare.toLowerCase())) continue;
    const next = tokens[i + 1];
    if (next && QUANTITY_WORDS.has(next.bare.toLowerCase())) continue;
    // "iPhone 2.0 update", "a 3.5 mm jack": a version or measure, not a model name.
    if (/^[.,]\d/.test(text.slice(t.end, t.end + 2))) continue;
    t.cap = true;
    t.model = true;
  }
}

/** True when only spaces (no punctuation, no line break) separate two tokens: they can belong to one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.start + a.text.length, b.start);
  return /^[ \t]+$/.test(gap);
}

/** Lower-case particles inside personal names: "Mohammed bin Abdulrahman Al Thani", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'le', 'la', 'du', 'dos', 'das']);

const CONNECTORS = new Set(['of', 'the', 'for', 'and', ...NAME_PARTICLES]);

/** Groups capitalised tokens into runs ("Russian Defense Minister Andrei Beloousov"), with "of the" inside. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run[run.length - 1].cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = run[run.length - 1];
    if (prev && !adjacent(text, prev, t)) flush();
    if (t.cap) run.push(t);
    else if (run.length && CONNECTORS.has(t.text) && t.text !== 'and' && tokens[i + 1]?.cap) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

function spanText(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

function lexiconAt(text: string, run: Token[], i: number): { hit: LexiconHit; length: number } | null {
  for (let len = Math.min(MAX_LEXICON_TOKENS, run.length - i); len >= 1; len--) {
    const span = run.slice(i, i + len);
    const hit = LEXICON.get(straighten(spanText(text, span)));
    if (hit) return { hit, length: len };
  }
  return null;
}

function previousWord(tokens: Token[], first: Token): Token | undefined {
  return first.index > 0 ? tokens[first.index - 1] : undefined;
}

/** The second word after a demonym, when only a space separates them ("Russian ballistic missiles"). */
function statesNounWithin(text: string, tokens: Token[], last: Token): string {
  const [a, b] = [tokens[last.index + 1], tokens[last.index + 2]];
  if (!a || !b || a.possessive || !/^\s+$/.test(text.slice(last.end, a.start)) || !/^\s+$/.test(text.slice(a.end, b.start))) return '';
  return b.cap ? '' : b.bare.toLowerCase();
}

function nextWord(tokens: Token[], last: Token): Token | undefined {
  return tokens[last.index + 1];
}

interface Candidate {
  tokens: Token[];
  titled: boolean;
  /** "Kim Il Sung Square", "iTunes Music Store": a place head word, so never a person. */
  placeHead: boolean;
  /** In a title-case headline every word is capitalised ("Kim Jong Un Meets with ..."): names end where the body's names end. */
  headline: boolean;
}

/** Lines written in title case, where capitals say nothing about names. */
function headlineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const content = words.filter((w) => w.length > 3);
    if (content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8) ranges.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return ranges;
}

/**
 * Finds actor mentions in a document's cleaned text. `key` is document-local: a person's normalised full
 * name (surnames alone already resolved to the full name used in this document), "country:<name>" or
 * "org:<name>".
 */
export function findActorMentions(text: string): ActorMention[] {
  const tokens = tokenize(text);
  const hints = nlpHints(text);
  const headlines = headlineRanges(text);
  let h = 0; // tokens are visited in order, so one pointer walks the headline ranges
  const inHeadline = (t: Token) => {
    while (h < headlines.length && headlines[h][1] <= t.start) h++;
    return h < headlines.length && t.start >= headlines[h][0];
  };
  const mentions: ActorMention[] = [];
  const people: Candidate[] = [];

  const emit = (kind: ActorKind, key: string, span: Token[]) => {
    mentions.push({ surface: spanText(text, span), start: span[0].start, end: span[span.length - 1].end, kind, key });
  };

  for (const run of capitalisedRuns(text, tokens)) {
    let i = 0;
    // Capitalised function words that start a sentence are not names: "The", "During", "According".
    while (i < run.length && (NOT_ACTOR_WORDS.has(run[i].bare.toLowerCase()) || !run[i].cap) && !lexiconAt(text, run, i)) i++;
    const before = previousWord(tokens, run[0]);
    let titled = !!before && PERSON_TITLE_HEADS.has(before.bare.toLowerCase());
    while (i < run.length) {
      const t = run[i];
      const lower = t.bare.toLowerCase();
      const org = orgSpan(run, i);
      const lexFirst = lexiconAt(text, run, i);
      if (org && !(lexFirst && lexFirst.length >= org.length)) {
        // "Russia's Defense Ministry" and "Ukraine's Defense Ministry" are two ministries: a name made only of
        // generic words takes the state that owns it.
        const owner = i > 0 && run[i - 1].possessive ? lexiconAt(text, run.slice(i - 1, i), 0) : null;
        const generic = org.every((t) => TITLE_WORDS.has(t.bare.toLowerCase()) || ORG_HEADS.has(t.bare.toLowerCase()));
        if (owner?.hit.kind === 'country' && generic) {
          emit('organization', `org:${normalizeName(`${owner.hit.name} ${spanText(text, org)}`)}`, [run[i - 1], ...org]);
          i += org.length;
          titled = false;
          continue;
        }
        emit('organization', `org:${normalizeName(spanText(text, org))}`, org);
        i += org.length;
        titled = false;
        continue;
      }
      const lex = lexiconAt(text, run, i);
      if (lex) {
        const span = run.slice(i, i + lex.length);
        handleLexiconHit(text, tokens, lex.hit, span, emit);
        i += lex.length;
        continue;
      }
      if (TITLE_WORDS.has(lower) || !t.cap || t.model) {
        if (PERSON_TITLE_HEADS.has(lower)) titled = true;
        i++;
        continue;
      }
      // A name: capitalised tokens up to the next title, lexicon entry or connector.
      let j = i;
      let connectors = 0;
      while (
        j < run.length &&
        (run[j].cap || (j > i && NAME_PARTICLES.has(run[j].text) && run[j + 1]?.cap)) &&
        !(j > i && lexiconAt(text, run, j)) &&
        !(j > i && TITLE_WORDS.has(run[j].bare.toLowerCase()))
      ) {
        if (!run[j].cap) connectors++;
        j++;
        if (run[j - 1].possessive) break;
      }
      const name = run.slice(i, Math.min(j, i + 4 + connectors));
      const last = name[name.length - 1];
      const after = nextWord(tokens, run[Math.min(j, run.length) - 1]);
      const isPlace =
        name.some((n) => PLACE_HEADS.has(n.bare.toLowerCase())) || (!!after && !after.cap && PLACE_HEADS.has(after.bare.toLowerCase()) && !last.possessive);
      // "Ueda's predecessor, Haruhiko Kuroda, who stepped down": a full name that "who" refers to is a person's.
      const who = name.length >= 2 && /^,\s+who\b/.test(text.slice(last.end, last.end + 10));
      if (!name.every((n) => NOT_ACTOR_WORDS.has(n.bare.toLowerCase())))
        people.push({ tokens: name, titled: titled || who, placeHead: isPlace, headline: inHeadline(name[0]) });
      titled = false;
      i = j;
    }
  }

  // "the two Koreas": one phrase, several states; its words name no other actor.
  const groupEnds = new Set<number>();
  for (const [phrase, names] of Object.entries(COUNTRY_GROUPS)) {
    const re = new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      groupEnds.add(m.index! + m[0].length);
      for (const name of names) mentions.push({ surface: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'country', key: `country:${name}` });
    }
  }
  const inGroup = (c: Candidate) => groupEnds.has(c.tokens[c.tokens.length - 1].end);
  const others = resolvePeople(text, people, hints.people, emit).filter((c) => !inGroup(c));
  classifyNames(text, tokens, others, hints, emit);
  // A surname with no first name or title in this document ("Trump, who takes office on January 20"):
  // tentative, keyed "?trump". Canonicalisation keeps it only when exactly one person of the corpus
  // bears that name ("Donald Trump" in another report); otherwise it is dropped.
  const taken = new Set(mentions.map((m) => m.start));
  for (const c of others) {
    const t = c.tokens[0];
    if (c.tokens.length !== 1 || c.headline || c.placeHead || taken.has(t.start) || t.bare.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(t.bare)) continue;
    if (NOT_ACTOR_WORDS.has(t.bare.toLowerCase())) continue;
    emit('person', `?${normalizeName(t.bare)}`, c.tokens);
  }
  mentions.push(...definiteReferences(text, mentions));
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** How far back "the bank" looks for the organisation it stands for. */
const DEFINITE_REACH = 1500;
const DEFINITE_RE = new RegExp(`\\b[Tt]he\\s+(?:central\\s+|ruling\\s+|state\\s+)?(${DEFINITE_HEADS.join('|')})\\b(?!['’]s\\b|\\s+of\\b)`, 'g');

/**
 * "The Bank of Japan ended negative rates ... The bank first adopted them in January 2016": a definite "the bank",
 * "the ministry", "the party" stands for the last organisation named before it whose name holds that word. Such a
 * mention joins the organisation to the sentence's events; it never becomes a name or an alias.
 */
function definiteReferences(text: string, mentions: ActorMention[]): ActorMention[] {
  const orgs = mentions.filter((m) => m.kind === 'organization' && !m.anaphor).sort((a, b) => a.start - b.start);
  if (!orgs.length) return [];
  const out: ActorMention[] = [];
  for (const m of text.matchAll(DEFINITE_RE)) {
    const head = m[1].toLowerCase();
    const at = m.index!;
    let found: ActorMention | undefined;
    for (let i = orgs.length - 1; i >= 0; i--) {
      const o = orgs[i];
      if (o.end > at) continue;
      if (at - o.end > DEFINITE_REACH) break;
      if (o.key.slice(4).split(' ').includes(head)) {
        found = o;
        break;
      }
    }
    if (found) out.push({ surface: m[0], start: at, end: at + m[0].length, kind: 'organization', key: found.key, anaphor: true });
  }
  return out;
}

/** "Korean Central News Agency", "State Affairs Commission": capitalised tokens ending in a head word. */
function orgSpan(run: Token[], i: number): Token[] | null {
  for (let k = i; k < run.length; k++) {
    if (!run[k].cap) return null; // do not reach across "of the" into the next name
    if (ORG_HEADS.has(run[k].bare.toLowerCase()) && !run.slice(i, k).some((t) => t.possessive && TITLE_WORDS.has(t.bare.toLowerCase()))) {
      // "Bank of Japan", "Ministry of Defense", "Office of the President": the head word's "of" is part of the name.
      const of = run[k + 1]?.text === 'of' ? (run[k + 2]?.text === 'the' ? k + 3 : k + 2) : -1;
      if (of > 0 && run[of]?.cap) {
        let end = of;
        while (end + 1 < run.length && run[end + 1].cap && !run[end].possessive) end++;
        return run.slice(i, end + 1);
      }
      // A lone head word ("Ministry") names nothing in particular.
      if (k === i) return null;
      return run.slice(i, k + 1);
    }
    // "International Longshoremen's Association", "People's Liberation Army", "Workers' Party": a group's
    // possessive inside the name; "Russia's Defense Ministry" is Russia's ministry.
    if (run[k].possessive && !(GROUP_POSSESSIVE.test(run[k].text) && run[k + 1]?.cap)) return null;
  }
  return null;
}

/** A plural group noun in the possessive, as written inside organisations' names. */
const GROUP_POSSESSIVE = /^\p{Lu}\p{L}*(?:men['’]s|people['’]s|ers['’]|ers['’]s|ists['’]|ants['’])$/iu;

function handleLexiconHit(text: string, tokens: Token[], hit: LexiconHit, span: Token[], emit: (kind: ActorKind, key: string, span: Token[]) => void) {
  const before = previousWord(tokens, span[0]);
  const after = nextWord(tokens, span[span.length - 1]);
  switch (hit.kind) {
    case 'country':
      emit('country', `country:${hit.name}`, span);
      return;
    case 'organization':
      emit('organization', `org:${normalizeName(hit.name)}`, span);
      return;
    case 'demonym':
      // "North Korean government", "Russian forces", "South Korean air defenses": the demonym stands for the state.
      if (after && !after.cap && STATE_NOUNS.has(after.bare.toLowerCase())) emit('country', `country:${hit.name}`, span);
      // "Russian ballistic missiles", "Russian Iskander missiles": a weapon's type or name may come between.
      else if (after && STATE_NOUNS.has(statesNounWithin(text, tokens, span[span.length - 1]))) emit('country', `country:${hit.name}`, span);
      return;
    case 'capital': {
      // "took place in Pyongyang" is the city; "Pyongyang's support" and "between Pyongyang and Moscow" the state.
      const lineStart = text.lastIndexOf('\n', span[0].start - 1) + 1;
      const isDateline = text.slice(lineStart, span[0].start).trim() === '' && /^[\s]*,/.test(text.slice(span[span.length - 1].end));
      const isPlace = !!before && PLACE_PREPOSITIONS.has(before.bare.toLowerCase()) && !span[span.length - 1].possessive;
      if (!isDateline && !isPlace) emit('country', `country:${hit.name}`, span);
    }
  }
}

/**
 * Decides which name candidates are people and resolves surnames alone ("Kim", "Belousov") to the
 * full name the same document uses.
 */
function resolvePeople(text: string, people: Candidate[], hints: Set<string>, emit: (kind: ActorKind, key: string, span: Token[]) => void): Candidate[] {
  const unresolved: Candidate[] = [];
  const fullNames = new Map<string, number>(); // normalised full name -> times seen
  // "Elon Musk founded SpaceX ... Musk said": a full name whose last word later stands alone is a person's;
  // organisations are not called by their last word.
  const alone = new Set(people.filter((c) => c.tokens.length === 1 && !c.headline).map((c) => normalizeName(c.tokens[0].bare)));
  const surnameAlone = (c: Candidate) => {
    const last = c.tokens[c.tokens.length - 1];
    // Products are called by their last word too ("iPod Shuffle" ... "the Shuffle"), but their first word stands
    // alone as well ("iPod"); a person's first name does not ("Elon" is never written alone in a news story).
    return (
      c.tokens.length >= 2 &&
      c.tokens.length <= 3 &&
      c.tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.bare) && !t.model) &&
      alone.has(normalizeName(last.bare)) &&
      !alone.has(normalizeName(c.tokens[0].bare)) &&
      // "Recently Apple lawsuit": a sentence's first word is no first name
      !/ly$/.test(c.tokens[0].bare) &&
      !NOT_ACTOR_WORDS.has(c.tokens[0].bare.toLowerCase()) &&
      !ORG_HEADS.has(last.bare.toLowerCase())
    );
  };
  const isPersonLike = (c: Candidate) =>
    c.placeHead
      ? false
      : c.titled ||
        c.tokens.every((t) => hints.has(normalizeName(t.bare))) ||
        (c.tokens.length >= 2 && c.tokens.some((t) => hints.has(normalizeName(t.bare)))) ||
        surnameAlone(c);
  for (const c of people) {
    if (c.tokens.length >= 2 && !c.headline && isPersonLike(c)) {
      const key = normalizeName(spanText(text, c.tokens));
      fullNames.set(key, (fullNames.get(key) ?? 0) + 1);
    }
  }
  const byPart = new Map<string, string[]>();
  for (const full of [...fullNames.keys()].sort()) {
    for (const part of full.split(' ')) {
      if (part.length < 2) continue;
      byPart.set(part, [...(byPart.get(part) ?? []), full]);
    }
  }
  for (const c of people) {
    if (c.headline) {
      if (!resolveHeadlineName(text, c, fullNames, byPart, emit)) unresolved.push(c);
      continue;
    }
    const key = normalizeName(spanText(text, c.tokens));
    if (c.placeHead) {
      unresolved.push(c);
      continue;
    }
    if (fullNames.has(key)) {
      emit('person', key, c.tokens);
      continue;
    }
    if (c.tokens.length === 1) {
      const owners = byPart.get(key) ?? [];
      if (owners.length >= 1) {
        // The most-used full name wins when a surname is shared ("Kim Jong Un" over "Kim Il Sung").
        const best = [...owners].sort((a, b) => (fullNames.get(b) ?? 0) - (fullNames.get(a) ?? 0) || a.localeCompare(b))[0];
        emit('person', best, c.tokens);
      } else if (c.titled || hints.has(key)) {
        emit('person', key, c.tokens);
      } else unresolved.push(c);
    } else unresolved.push(c);
  }
  return unresolved;
}

/** "Kim Jong Un Meets" in a title-case headline: the longest prefix that the body uses as a name. */
function resolveHeadlineName(
  text: string,
  c: Candidate,
  fullNames: Map<string, number>,
  byPart: Map<string, string[]>,
  emit: (kind: ActorKind, key: string, span: Token[]) => void,
): boolean {
  for (let len = c.tokens.length; len >= 1; len--) {
    const span = c.tokens.slice(0, len);
    const key = normalizeName(spanText(text, span));
    if (fullNames.has(key)) {
      emit('person', key, span);
      return true;
    }
    const owners = len === 1 ? byPart.get(key) : undefined;
    if (owners?.length) {
      emit('person', [...owners].sort((a, b) => (fullNames.get(b) ?? 0) - (fullNames.get(a) ?? 0) || a.localeCompare(b))[0], span);
      return true;
    }
  }
  return false;
}

/** "Apple unveiled", "Apple Corps has filed", "Cisco also sued": the name is the subject of a happening. */
function actsAsSubject(text: string, tokens: Token[], last: Token): boolean {
  let k = last.index + 1;
  let passive = false;
  for (let skipped = 0; k < tokens.length && skipped < 2 && SUBJECT_AUXILIARIES.has(tokens[k].bare.toLowerCase()); skipped++) {
    if (/^(?:was|were|is|are)$/i.test(tokens[k].bare)) passive = true;
    k++;
  }
  const verb = tokens[k];
  // "The Shuffle was introduced": the name is what the happening was done to.
  if (!verb || verb.cap || last.possessive || (passive && /ed$/.test(verb.bare))) return false;
  if (!/^[\s\p{L}]*$/u.test(text.slice(last.end, verb.start))) return false; // a comma or full stop ends the clause
  const w = verb.bare.toLowerCase();
  if (REPORTING_VERBS.has(w)) return true;
  // A happening word in a verb form ("announced", "unveils"), not its noun ("the Apple deal", "Apple talks").
  return (
    EVENT_WORDS.has(w) &&
    (/ed$/.test(w) || /[^s]s$/.test(w) || /^(?:sold|won|lost|left|met|sent|began|rose|fell|grew|bought|struck|quit|shot|cut)$/.test(w)) &&
    !/(?:ment|ion|ions|ments|talks|deals|sales)$/.test(w)
  );
}

/** "computer maker Apple Computer", "record company, Apple Corps", "Apple CEO Steve Jobs". */
function companyCue(text: string, tokens: Token[], first: Token, last: Token): boolean {
  const before = previousWord(tokens, first);
  if (before && ORG_CUES_BEFORE.has(before.bare.toLowerCase()) && /^[\s,]*$/.test(text.slice(before.start + before.text.length, first.start))) return true;
  const after = nextWord(tokens, last);
  return !!after && !last.possessive && ORG_CUES_AFTER.has(after.bare.toLowerCase()) && /^\s+$/.test(text.slice(last.end, after.start));
}

/** "unveiled the iPod nano", "its iTunes Music Store", "iPod sales", "the iPhone device". */
function productCue(text: string, tokens: Token[], first: Token, last: Token): number {
  let score = 0;
  let k = first.index - 1;
  let pos = first.start;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = tokens[k];
    if (!/^[\s]+$/.test(text.slice(t.start + t.text.length, pos))) break;
    const w = t.bare.toLowerCase();
    if (RELEASE_VERBS.has(w)) {
      score++;
      break;
    }
    if (!PRODUCT_DETERMINERS.has(w)) break;
    if (steps === 0 && (w === 'its' || w === 'their')) score++;
    pos = t.start;
  }
  const after = nextWord(tokens, last);
  if (after && !after.cap && PRODUCT_NOUNS.has(after.bare.toLowerCase()) && /^\s+$/.test(text.slice(last.end, after.start))) score++;
  return score;
}

/** True when the token starts a sentence or a line, where every word is capitalised. */
function sentenceInitial(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 4), t.start).replace(/[\s"“‘'(]+$/u, '');
  return before === '' || /[.!?:\n–—-]$/.test(before) || (t.start < 4 && before.length < 4);
}

/**
 * Names that are not people: companies ("Apple Computer", "Cisco Systems", "EMI") and products ("iPod",
 * "iPhone 3G", "Mac OS X"). A reader knows a company by what it does (the subject of "announced",
 * "sued") and by its cues ("Apple CEO", "computer maker"); a product by what is done to it ("unveiled
 * the iPod nano"), its form (a lower-case prefix, a model number) and its nouns ("iPod sales").
 * A name seen only where every word is capitalised (sentence starts, title-case headlines) is not
 * evidence of anything: "Shares of Apple rose", "Pre-orders began".
 */
function classifyNames(text: string, tokens: Token[], candidates: Candidate[], hints: Hints, emit: (kind: ActorKind, key: string, span: Token[]) => void) {
  interface Evidence {
    org: number;
    product: number;
    inBody: boolean;
    occurrences: Candidate[];
  }
  const byKey = new Map<string, Evidence>();
  for (const c of candidates) {
    const key = normalizeName(spanText(text, c.tokens));
    if (!key || /^\d/.test(key)) continue;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { org: 0, product: 0, inBody: false, occurrences: [] }));
    e.occurrences.push(c);
    if (c.headline) continue;
    const first = c.tokens[0];
    const last = c.tokens[c.tokens.length - 1];
    const initial = sentenceInitial(text, first);
    if (!initial || c.tokens.length > 1) e.inBody = true;
    // "ports from Maine to Texas agreed": after "to" or "in", a name is where, not who.
    const before = previousWord(tokens, first);
    if (actsAsSubject(text, tokens, last) && !(before && PLACE_PREPOSITIONS.has(before.bare.toLowerCase()))) e.org++;
    if (companyCue(text, tokens, first, last)) e.org += 2;
    e.product += productCue(text, tokens, first, last);
  }
  // First words of longer names, so a short form finds its long forms without comparing every pair.
  const longerByFirst = new Map<string, string[]>();
  for (const [k, o] of byKey) if (k.includes(' ') && o.inBody) longerByFirst.set(k.split(' ')[0], [...(longerByFirst.get(k.split(' ')[0]) ?? []), k]);
  const kinds = new Map<string, 'organization' | 'other'>();
  for (const [key, e] of byKey) {
    const camel = /^\p{Ll}{1,2}\p{Lu}/u.test(e.occurrences[0].tokens[0].text);
    const model = e.occurrences[0].tokens.some((t) => t.model);
    // "EMI said": an acronym is a name wherever it stands; "Apple said" is one where "Apple Computer" was named.
    const acronym = /^\p{Lu}{2,6}$/u.test(e.occurrences[0].tokens[0].text) && e.occurrences[0].tokens.length === 1;
    const shortOfKnown = !key.includes(' ') && longerByFirst.has(key);
    if (!e.inBody && !camel && !acronym && !shortOfKnown && !hints.organizations.has(key)) continue;
    const org = e.org + (hints.organizations.has(key) ? 1 : 0);
    const product = e.product + (camel ? 2 : 0) + (model ? 2 : 0);
    // "Worldwide Developers Conference", "Moscone Center": a place or an occasion, unless it is sold or launched.
    if (e.occurrences[0].placeHead) {
      if (product > 0) kinds.set(key, 'other');
      continue;
    }
    if (org > product && org > 0) kinds.set(key, 'organization');
    else if (product > 0) kinds.set(key, 'other');
  }
  // "Apple" after "Apple Computer" in one article is the same company: a short form resolves to the one
  // longer company name of this document that starts with it.
  const shortForm = new Map<string, string>();
  for (const [key, kind] of kinds) {
    if (kind !== 'organization' || key.includes(' ')) continue;
    // Only a clear company ("Apple Computer CEO", "computer maker Apple Computer"), not "Apple TV".
    const clearCompany = (k: string) => byKey.get(k)!.org >= 2 && byKey.get(k)!.product === 0;
    const longer = (longerByFirst.get(key) ?? []).filter((k) => kinds.get(k) === 'organization' && clearCompany(k));
    if (longer.length === 1) shortForm.set(key, longer[0]);
  }
  for (const [key, e] of byKey) {
    const kind = kinds.get(key);
    if (!kind) continue;
    const prefix = kind === 'organization' ? 'org' : 'other';
    for (const c of e.occurrences) emit(kind, `${prefix}:${shortForm.get(key) ?? key}`, c.tokens);
  }
}
