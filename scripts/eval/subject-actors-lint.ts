/**
 * npx tsx scripts/eval/subject-actors-lint.ts DIR... [--list] — the main participant lint. For every event of the
 * timeline JSONs of each DIR, reads its title with the project's own clause parser, takes the first clause's
 * grammatical subject and the names in it (its own name runs, its possessor: "Taiwan's widening trade surplus", and
 * a demonym before its head: "South Korean camera demand"), and counts the events whose subject names someone of
 * whom none is among the event's actors ("Sweden's Wallenberg group fought back a bid" → [Sweden, Erik Penser]: the
 * Wallenberg group, the main participant, missing). Pronouns and subjects naming no one are not counted.
 *
 * A name matches an actor when one's words are the start of the other's (case and "'s" aside): "Amoco" and
 * "Amoco Corp"; a demonym matches its country.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNTRIES } from '../../src/extract/lexicon/countries';
import { analyseText } from '../../src/extract/nlp/analyse';
import { canBeTagged } from '../../src/extract/nlp/wink';
import type { NounPhrase } from '../../src/extract/nlp/noun-phrases';

/** A word of the dictionary ("mud", "crews", "federal"), whatever its case. */
const isWord = (w: string) =>
  ['NOUN', 'ADJ', 'VERB', 'ADV'].some((tag) => canBeTagged(w.toLowerCase(), tag) || canBeTagged(w.toLowerCase().replace(/s$/, ''), tag));
const args = process.argv.slice(2);
const list = args.includes('--list');
const dirs = args.filter((a) => !a.startsWith('--'));

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/[.,]/g, '')
    .replace(/\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const countryOfDemonym = new Map<string, string>();
const countryNames = new Map<string, string[]>();
for (const c of COUNTRIES) {
  for (const d of c.demonyms) countryOfDemonym.set(norm(d), c.name);
  countryNames.set(c.name, [c.name, ...c.names, ...c.capitals]);
}

function matches(surface: string, names: string[]): boolean {
  const s = norm(surface);
  if (!s) return false;
  for (const n of names) {
    const a = norm(n);
    if (!a) continue;
    if (a === s || a.startsWith(`${s} `) || s.startsWith(`${a} `) || s.endsWith(` ${a}`) || a.endsWith(` ${s}`)) return true;
  }
  return false;
}

interface Named {
  surface: string;
  country?: string;
}

/**
 * The names a subject phrase holds, and its main participant's name per member of a coordination: the name nearest
 * its head ("Wallenberg" of "Sweden's Wallenberg group"), else its possessor ("Taiwan" of "Taiwan's widening trade
 * surplus"), else a demonym before its head ("South Korean" of "South Korean camera demand").
 */
function namesOfSubject(title: string, np: NounPhrase, a: ReturnType<typeof analyseText>): { all: Named[]; main: Named[] } {
  const t = a.tokens;
  const all: Named[] = [];
  const main: Named[] = [];
  const named = ([s, e]: [number, number]): Named | null => {
    // a capitalised first word the tagger reads as no name ("Mud was pushing", "Engineers kept vigil") names no one
    if (s === 0 && e - s === 1 && isWord(t.norm[s])) return null;
    // one capital letter is a share class or an initial ("Swedish Match's B shares"), no one's name
    if (e - s === 1 && /^\p{Lu}\.?$/u.test(title.slice(t.start[s], t.end[s]))) return null;
    // "Al-Megrahi": the run goes on across a glued hyphen
    let end = e;
    while (end + 1 < t.start.length && /^[-–]$/.test(title.slice(t.start[end], t.end[end])) && t.start[end] === t.end[end - 1]) end += 2;
    const surface = title.slice(t.start[s], t.end[end - 1]);
    const country = countryOfDemonym.get(norm(surface));
    return country ? { surface, country } : { surface };
  };
  const phrases = np.conjuncts.length ? np.conjuncts : [np];
  for (const p of phrases) {
    const own = p.names.map(named).filter((x): x is Named => x !== null);
    const possessor = p.possessor
      ? (p.possessor.properName ? [p.possessor.properName] : p.possessor.names).map(named).filter((x): x is Named => x !== null)
      : [];
    // "South Korean camera demand": a demonym (one or two words) among the modifiers
    const demonyms: Named[] = [];
    for (let k = 0; k < p.modifiers.length; k++) {
      const i = p.modifiers[k];
      const one = title.slice(t.start[i], t.end[i]);
      const two = k + 1 < p.modifiers.length ? title.slice(t.start[i], t.end[p.modifiers[k + 1]]) : '';
      const c2 = two ? countryOfDemonym.get(norm(two)) : undefined;
      const c1 = countryOfDemonym.get(norm(one));
      if (c2) demonyms.push({ surface: two, country: c2 });
      else if (c1 && /^[A-Z]/.test(one)) demonyms.push({ surface: one, country: c1 });
    }
    all.push(...own, ...possessor, ...demonyms);
    const ownNames = own.filter((x) => !x.country);
    const first = ownNames.at(-1) ?? possessor.at(-1) ?? own.at(-1) ?? demonyms[0];
    if (first) main.push(first);
  }
  const once = (xs: Named[]) => xs.filter((x, i) => xs.findIndex((y) => norm(y.surface) === norm(x.surface)) === i);
  return { all: once(all), main: once(main) };
}

let grandEvents = 0;
let grandNamed = 0;
let grandMiss = 0;
let grandMain = 0;
for (const dir of dirs) {
  let events = 0;
  let named = 0;
  let miss = 0;
  let mainMiss = 0;
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json') && !x.endsWith('.texts.json'))
    .sort()) {
    let d: {
      actors: Array<{ id: string; name: string; aliases?: string[]; kind: string }>;
      events: Array<{ title: string; actors: string[]; mentions: Array<{ sentence: string }> }>;
    };
    try {
      d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch {
      continue;
    }
    const byId = new Map(d.actors.map((x) => [x.id, x]));
    for (const e of d.events) {
      events++;
      const title = e.title.replace(/[.!?]*$/, '.');
      const a = analyseText(title);
      const clause = a.clauses.find((c) => c.subject && !c.subject.pronoun && c.parent === -1) ?? a.clauses.find((c) => c.subject && !c.subject.pronoun);
      if (!clause?.subject) continue;
      const { all: names, main } = namesOfSubject(title, clause.subject, a);
      if (!names.length) continue;
      named++;
      const actorNames = e.actors.flatMap((id) => {
        const x = byId.get(id);
        if (!x) return [];
        return [x.name, ...(x.aliases ?? []), ...(x.kind === 'country' ? (countryNames.get(x.name) ?? []) : [])];
      });
      const countries = new Set(
        e.actors
          .map((id) => byId.get(id))
          .filter((x) => x?.kind === 'country')
          .map((x) => x!.name),
      );
      const isActor = (n: Named) => (n.country ? countries.has(n.country) : matches(n.surface, actorNames));
      const anyFound = names.some(isActor);
      const mainMissed = main.filter((n) => !isActor(n));
      if (!anyFound) miss++;
      if (mainMissed.length) mainMiss++;
      if (list && mainMissed.length)
        console.log(
          `${dir.split('/').slice(-2).join('/')}/${f}\t${anyFound ? 'main' : 'none'}\t${mainMissed.map((n) => n.surface).join(' | ')}\t${e.title}\t[${e.actors.map((id) => byId.get(id)?.name ?? id).join(', ')}]`,
        );
    }
  }
  grandEvents += events;
  grandNamed += named;
  grandMiss += miss;
  grandMain += mainMiss;
  console.error(
    `${dir}: ${events} events, ${named} with a named subject, ${miss} whose subject names no actor, ${mainMiss} whose main participant is no actor`,
  );
}
if (dirs.length > 1)
  console.error(`all: ${grandEvents} events, ${grandNamed} with a named subject, ${grandMiss} naming no actor, ${grandMain} main participant missed`);
