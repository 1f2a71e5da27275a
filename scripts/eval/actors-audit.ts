/**
 * npx tsx scripts/eval/actors-audit.ts DIR [--list zero|modifier] — over the timeline JSONs of DIR, counts events with no
 * actor and events with a country actor that its sentence only writes as a modifier of another noun ("the US
 * government", "US President ...", "the EU's member states"), read by the project's own noun-phrase chunker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseText } from '../../src/extract/nlp/analyse';
import { COUNTRIES } from '../../src/extract/lexicon/countries';

const [dir, flag, what] = process.argv.slice(2);
const list = flag === '--list' ? what : null;
const namesOf = new Map(COUNTRIES.map((c) => [c.name, [c.name, ...c.names]]));
let events = 0;
let zero = 0;
let modifier = 0;
let countryEvents = 0;
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.json') && !x.endsWith('.texts.json'))
  .sort()) {
  const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const byId = new Map<string, { name: string; kind: string; aliases?: string[] }>(d.actors.map((a: { id: string }) => [a.id, a]));
  let z = 0;
  let m = 0;
  for (const e of d.events) {
    events++;
    const sentence: string = e.mentions[0].sentence;
    if (!e.actors.length) {
      z++;
      if (list === 'zero') console.log(`${f}\t${e.title}\t|\t${sentence.replace(/\s+/g, ' ')}`);
      continue;
    }
    const countries = e.actors.map((id: string) => byId.get(id)!).filter((a: { kind: string }) => a.kind === 'country');
    if (!countries.length) continue;
    countryEvents++;
    const a = analyseText(sentence);
    const t = a.tokens;
    let fromModifier = false;
    for (const c of countries) {
      const surfaces = new Set([...(namesOf.get(c.name) ?? [c.name]), ...(c.aliases ?? [])].map((s) => s.toLowerCase()));
      let seen = 0;
      let mod = 0;
      for (const nps of a.nounPhrases)
        for (const np of nps) {
          const runs: Array<[number, number, boolean]> = np.names.map(([s, e]) => [s, e, np.head < s || np.head >= e]);
          // "the EU's member states": the owner of a phrase
          if (np.possessor?.properName) runs.push([...np.possessor.properName, true]);
          for (const [s, e, isMod] of runs) {
            const text = sentence
              .slice(t.start[s], t.end[e - 1])
              .replace(/['’]s$/, '')
              .toLowerCase();
            if (!surfaces.has(text)) continue;
            seen++;
            if (isMod) mod++;
          }
        }
      if (seen > 0 && mod === seen) fromModifier = true;
    }
    if (fromModifier) {
      m++;
      if (list === 'modifier') console.log(`${f}\t${e.title}\t[${e.actors.join(', ')}]\t|\t${sentence.replace(/\s+/g, ' ')}`);
    }
  }
  zero += z;
  modifier += m;
  if (!list) console.log(`${f}: ${d.events.length} events, ${z} with no actor, ${m} with a country from a modifier`);
}
if (!list)
  console.log(
    `all: ${events} events, ${zero} with no actor (${((100 * zero) / events).toFixed(1)}%), ${modifier} with a country from a modifier (of ${countryEvents} with a country)`,
  );
