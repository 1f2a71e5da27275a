import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as actors from './actors';
import * as events from './events';
import * as grammar from './grammar';

// The rule of ISSUE 11: word lists live in lexicon/, and this test fails on a word listed twice, on a word filed under
// two classes that exclude each other, and on a list nothing reads. (events.test.ts checks lexicon/events.ts's own
// classes of happening and of verbs.)

const here = resolve(__dirname);
const lexiconFiles = readdirSync(here).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourcesUnder(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Each `export const NAME = new Set([...])` whose literal is only quoted words: its name and its entries as written. */
function writtenSets(source: string): Array<{ name: string; entries: string[] }> {
  const out: Array<{ name: string; entries: string[] }> = [];
  for (const m of source.matchAll(/export const (\w+)[^=\n]*= new Set\(\[([\s\S]*?)\]\);/g)) {
    const body = m[2].replace(/\/\/[^\n]*/g, '');
    const entries = [...body.matchAll(/'((?:[^'\\]|\\.)*)'|"([^"]*)"/g)].map((x) => x[1] ?? x[2]);
    const rest = body.replace(/'((?:[^'\\]|\\.)*)'|"([^"]*)"/g, '').replace(/[\s,]/g, '');
    if (rest === '') out.push({ name: m[1], entries });
  }
  return out;
}

describe('lexicon/', () => {
  it('lists no word twice in one list, in any lexicon file', () => {
    let checked = 0;
    for (const file of lexiconFiles) {
      for (const { name, entries } of writtenSets(readFileSync(join(here, file), 'utf8'))) {
        checked++;
        expect({ file, name, duplicates: entries.filter((w, i) => entries.indexOf(w) !== i) }).toEqual({ file, name, duplicates: [] });
      }
    }
    expect(checked).toBeGreaterThan(100);
    for (const [name, value] of Object.entries({ ...actors, ...grammar })) {
      if (!Array.isArray(value) || !value.every((w) => typeof w === 'string')) continue;
      expect({ name, duplicates: value.filter((w, i) => value.indexOf(w) !== i) }).toEqual({ name, duplicates: [] });
    }
  });

  it('files no word under two classes that exclude each other', () => {
    const groups: Record<string, Record<string, Iterable<string>>> = {
      // The last word of a name says what it names: a legal form ("Texaco Inc"), a whole concern ("AFG Industries"), a
      // market index ("PHLX oil service index"), a local government ("Plaquemines parish"), a union's members ("United
      // Auto Workers"). ("Holdings" is a legal form, so no concern word.)
      'words that end a name': {
        LEGAL_SUFFIXES: actors.LEGAL_SUFFIXES,
        CONCERN_WORDS: [...actors.CONCERN_WORDS].map((w) => w.toLowerCase()),
        INDEX_NOUNS: actors.INDEX_NOUNS,
        LOCAL_GOVERNMENT_WORDS: actors.LOCAL_GOVERNMENT_WORDS,
        UNION_MEMBER_NOUNS: actors.UNION_MEMBER_NOUNS,
      },
      // A verb or participle either tells an order, a saying, a cause, a span's start or a contrast.
      'verbs that tell how a clause stands to another': {
        ORDER_VERBS: events.ORDER_VERBS,
        SAYING_VERBS: events.SAYING_VERBS,
        CAUSING_VERBS: events.CAUSING_VERBS,
        STARTING_PARTICIPLES: events.STARTING_PARTICIPLES,
        CONTRASTING_PARTICIPLES: events.CONTRASTING_PARTICIPLES,
      },
      'small words of names and numbers': {
        NAME_PARTICLES: grammar.NAME_PARTICLES,
        AGE_NUMBER_WORDS: grammar.AGE_NUMBER_WORDS,
        NOT_DEGREE_EST_WORDS: grammar.NOT_DEGREE_EST_WORDS,
      },
    };
    for (const [group, classes] of Object.entries(groups)) {
      const filed = new Map<string, string[]>();
      for (const [name, words] of Object.entries(classes)) for (const w of words) filed.set(w, [...(filed.get(w) ?? []), name]);
      expect({ group, twice: [...filed].filter(([, c]) => c.length > 1) }).toEqual({ group, twice: [] });
    }
  });

  it('has no unused entry: every export of every lexicon file is read by the extractor or by its own file', () => {
    const all = sourcesUnder(resolve(here, '..'));
    for (const file of lexiconFiles) {
      const path = join(here, file);
      const source = readFileSync(path, 'utf8');
      const code = all
        .filter((p) => p !== path)
        .map((p) => readFileSync(p, 'utf8'))
        .join('\n');
      for (const m of source.matchAll(/export (?:const|function) (\w+)/g)) {
        const name = m[1];
        const used = new RegExp(`\\b${name}\\b`).test(code) || (source.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length > 1;
        expect({ file, name, used }).toEqual({ file, name, used: true });
      }
    }
  });
});
