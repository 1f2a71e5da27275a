/**
 * Actors stage, part 1: find the people, organisations and countries a document names.
 *
 * Why hand-written on top of a named-entity library: compromise (our NER library) finds most people
 * ("Kim Jong Un", "Sergei Shoigu") but also tags page chrome ("BRIAN READE:"), keeps titles inside names
 * ("Minister Andrei Beloousov") and knows nothing of states standing behind their capitals
 * ("Pyongyang's support"). So compromise is one piece of evidence among several: titles before a name,
 * organisation head words, and the country lexicon. Canonicalisation across documents is in canonical.ts.
 */
import nlp from 'compromise';
import type { ActorKind, ActorMention } from './types';
import { COUNTRIES, COUNTRY_GROUPS } from './lexicon/countries';
import { KNOWN_ORGANIZATIONS, NOT_ACTOR_WORDS, ORG_HEADS, PERSON_TITLE_HEADS, STATE_NOUNS, TITLE_WORDS } from './lexicon/actors';
import { PLACE_HEADS, PLACE_PREPOSITIONS } from './lexicon/places';

interface Token {
  text: string; // as written, possessive included
  bare: string; // possessive removed, curly apostrophes straightened
  start: number;
  end: number; // end of the bare form
  cap: boolean;
  possessive: boolean;
}

type LexiconHit = { kind: 'country' | 'organization' | 'demonym' | 'capital'; name: string };

/** Straightens apostrophes and drops dots and hyphens so "Kim Jong-un" and "Kim Jong Un" share a key. */
export function normalizeName(name: string): string {
  return name
    .replace(/[’`]/g, "'")
    .replace(/'s$/i, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

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

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*(?:['’](?=\s|$|[^\p{L}]))?/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index!;
    const straight = straighten(raw);
    const possessive = /'s$/i.test(straight) || /s'$/.test(straight);
    const bare = possessive ? straight.replace(/'s$/i, '').replace(/'$/, '') : straight;
    tokens.push({ text: raw, bare, start, end: start + bare.length, cap: /^\p{Lu}/u.test(raw), possessive });
  }
  return tokens;
}

/** True when only spaces (no punctuation, no line break) separate two tokens: they can belong to one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.start + a.text.length, b.start);
  return /^[ \t]+$/.test(gap);
}

const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'bin', 'al', 'von', 'van', 'der', 'la', 'du', 'and']);

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
  const idx = tokens.indexOf(first);
  return idx > 0 ? tokens[idx - 1] : undefined;
}

function nextWord(tokens: Token[], last: Token): Token | undefined {
  const idx = tokens.indexOf(last);
  return tokens[idx + 1];
}

/** People compromise recognises in the document, as normalised token sets, used as evidence only. */
function personHints(text: string): Set<string> {
  const hints = new Set<string>();
  const people = nlp(text).people().out('array') as string[];
  for (const p of people) for (const part of normalizeName(p.replace(/[^\p{L}\s'’-]/gu, ' ')).split(' ')) if (part.length > 1) hints.add(part);
  return hints;
}

interface Candidate {
  tokens: Token[];
  titled: boolean;
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
  const hints = personHints(text);
  const headlines = headlineRanges(text);
  const inHeadline = (t: Token) => headlines.some(([a, b]) => t.start >= a && t.start < b);
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
      if (TITLE_WORDS.has(lower) || !t.cap) {
        if (PERSON_TITLE_HEADS.has(lower)) titled = true;
        i++;
        continue;
      }
      // A name: capitalised tokens up to the next title, lexicon entry or connector.
      let j = i;
      while (j < run.length && run[j].cap && !(j > i && lexiconAt(text, run, j)) && !(j > i && TITLE_WORDS.has(run[j].bare.toLowerCase()))) {
        j++;
        if (run[j - 1].possessive) break;
      }
      const name = run.slice(i, Math.min(j, i + 4));
      const last = name[name.length - 1];
      const after = nextWord(tokens, run[Math.min(j, run.length) - 1]);
      const isPlace = name.some((n) => PLACE_HEADS.has(n.bare.toLowerCase())) || (!!after && !after.cap && PLACE_HEADS.has(after.bare.toLowerCase()) && !last.possessive);
      if (!isPlace && !name.every((n) => NOT_ACTOR_WORDS.has(n.bare.toLowerCase()))) people.push({ tokens: name, titled, headline: inHeadline(name[0]) });
      titled = false;
      i = j;
    }
  }

  // "the two Koreas": one phrase, several states.
  for (const [phrase, names] of Object.entries(COUNTRY_GROUPS)) {
    const re = new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const m of text.matchAll(re)) for (const name of names) mentions.push({ surface: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'country', key: `country:${name}` });
  }
  resolvePeople(text, people, hints, emit);
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** "Korean Central News Agency", "State Affairs Commission": capitalised tokens ending in a head word. */
function orgSpan(run: Token[], i: number): Token[] | null {
  for (let k = i; k < run.length; k++) {
    if (!run[k].cap) return null; // do not reach across "of the" into the next name
    if (ORG_HEADS.has(run[k].bare.toLowerCase()) && !run.slice(i, k).some((t) => t.possessive && TITLE_WORDS.has(t.bare.toLowerCase()))) {
      // A lone head word ("Ministry") names nothing in particular.
      if (k === i) return null;
      return run.slice(i, k + 1);
    }
    if (run[k].possessive) return null;
  }
  return null;
}

function handleLexiconHit(
  text: string,
  tokens: Token[],
  hit: LexiconHit,
  span: Token[],
  emit: (kind: ActorKind, key: string, span: Token[]) => void,
) {
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
function resolvePeople(text: string, people: Candidate[], hints: Set<string>, emit: (kind: ActorKind, key: string, span: Token[]) => void) {
  const fullNames = new Map<string, number>(); // normalised full name -> times seen
  const isPersonLike = (c: Candidate) =>
    c.titled || c.tokens.every((t) => hints.has(normalizeName(t.bare))) || (c.tokens.length >= 2 && c.tokens.some((t) => hints.has(normalizeName(t.bare))));
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
      resolveHeadlineName(text, c, fullNames, byPart, emit);
      continue;
    }
    const key = normalizeName(spanText(text, c.tokens));
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
      }
    }
  }
}

/** "Kim Jong Un Meets" in a title-case headline: the longest prefix that the body uses as a name. */
function resolveHeadlineName(
  text: string,
  c: Candidate,
  fullNames: Map<string, number>,
  byPart: Map<string, string[]>,
  emit: (kind: ActorKind, key: string, span: Token[]) => void,
) {
  for (let len = c.tokens.length; len >= 1; len--) {
    const span = c.tokens.slice(0, len);
    const key = normalizeName(spanText(text, span));
    if (fullNames.has(key)) return emit('person', key, span);
    const owners = len === 1 ? byPart.get(key) : undefined;
    if (owners?.length) return emit('person', [...owners].sort((a, b) => (fullNames.get(b) ?? 0) - (fullNames.get(a) ?? 0) || a.localeCompare(b))[0], span);
  }
}
