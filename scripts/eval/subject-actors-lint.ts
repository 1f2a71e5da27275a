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

/** The names a subject phrase holds: name runs, the possessor's, capitalised demonyms before the head. */
function namesOfSubject(title: string, np: NounPhrase, a: ReturnType<typeof analyseText>): Array<{ surface: string; country?: string }> {
  const t = a.tokens;
  const out: Array<{ surface: string; country?: string }> = [];
  const phrases = np.conjuncts.length ? np.conjuncts : [np];
  for (const p of phrases) {
    const runs = [...p.names];
    if (p.possessor) {
      if (p.possessor.properName) runs.push(p.possessor.properName);
      else runs.push(...p.possessor.names);
    }
    for (const [s, e] of runs) {
      // a capitalised first word the tagger reads as no name ("Mud was pushing", "Engineers kept vigil") names no one
      if (s === 0 && e - s === 1 && isWord(t.norm[s])) continue;
      // "Al-Megrahi": the run goes on across a glued hyphen
      let end = e;
      while (end + 1 < t.start.length && /^[-–]$/.test(title.slice(t.start[end], t.end[end])) && t.start[end] === t.end[end - 1]) end += 2;
      out.push({ surface: title.slice(t.start[s], t.end[end - 1]) });
    }
    // "South Korean camera demand": a demonym (one or two words) among the modifiers
    for (let k = 0; k < p.modifiers.length; k++) {
      const i = p.modifiers[k];
      const one = title.slice(t.start[i], t.end[i]);
      const two = k + 1 < p.modifiers.length ? title.slice(t.start[i], t.end[p.modifiers[k + 1]]) : '';
      const c2 = two ? countryOfDemonym.get(norm(two)) : undefined;
      const c1 = countryOfDemonym.get(norm(one));
      if (c2) out.push({ surface: two, country: c2 });
      else if (c1 && /^[A-Z]/.test(one)) out.push({ surface: one, country: c1 });
    }
  }
  // a demonym already inside a name run ("South Korean") is counted once, as the country
  return out.filter((x, i) => out.findIndex((y) => norm(y.surface) === norm(x.surface)) === i);
}

let grandEvents = 0;
let grandNamed = 0;
let grandMiss = 0;
for (const dir of dirs) {
  let events = 0;
  let named = 0;
  let miss = 0;
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
      const names = namesOfSubject(title, clause.subject, a);
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
      const found = names.some((n) => (n.country ? countries.has(n.country) : matches(n.surface, actorNames)));
      if (found) continue;
      miss++;
      if (list)
        console.log(
          `${dir.split('/').slice(-2).join('/')}/${f}\t${names.map((n) => n.surface).join(' | ')}\t${e.title}\t[${e.actors.map((id) => byId.get(id)?.name ?? id).join(', ')}]`,
        );
    }
  }
  grandEvents += events;
  grandNamed += named;
  grandMiss += miss;
  console.error(`${dir}: ${events} events, ${named} with a named subject, ${miss} whose subject's names are no actor`);
}
if (dirs.length > 1) console.error(`all: ${grandEvents} events, ${grandNamed} with a named subject, ${grandMiss} missed`);
