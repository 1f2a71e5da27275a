import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lexicon from './events';

const source = readFileSync(resolve(__dirname, 'events.ts'), 'utf8');

/** Each exported list as written in the source: its name and its quoted entries, duplicates kept. */
function writtenLists(): Array<{ name: string; entries: string[] }> {
  const out: Array<{ name: string; entries: string[] }> = [];
  for (const m of source.matchAll(/export const (\w+)[^=]*= (?:new Set\(\[|\[)([\s\S]*?)\]\)?;/g))
    out.push({ name: m[1], entries: [...m[2].matchAll(/'([^']+)'/g)].map((x) => x[1]) });
  for (const m of source.matchAll(/^ {2}(\w+): \[([\s\S]*?)\],?$/gm))
    out.push({ name: `EVENT_CLASSES.${m[1]}`, entries: [...m[2].matchAll(/'([^']+)'/g)].map((x) => x[1]) });
  return out;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourcesUnder(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('lexicon/events.ts', () => {
  it('lists no word twice in one list', () => {
    const lists = writtenLists();
    expect(lists.length).toBeGreaterThan(8);
    // (RELATED_CLASSES pairs classes: a class may be in several pairs, a pair only once.)
    for (const { name, entries } of lists.filter((l) => l.name !== 'RELATED_CLASSES'))
      expect({ name, duplicates: entries.filter((w, i) => entries.indexOf(w) !== i) }).toEqual({ name, duplicates: [] });
  });

  it('files no word under two classes of happening, nor under two of the verb classes', () => {
    const classOf = new Map<string, string[]>();
    for (const [cls, words] of Object.entries(lexicon.EVENT_CLASSES)) for (const w of words) classOf.set(w, [...(classOf.get(w) ?? []), cls]);
    expect([...classOf].filter(([, c]) => c.length > 1)).toEqual([]);
    const verbClasses = {
      SAYING_VERBS: lexicon.SAYING_VERBS,
      STATE_VERBS: lexicon.STATE_VERBS,
      LINKING_VERBS: lexicon.LINKING_VERBS,
      ANNOUNCING_VERBS: lexicon.ANNOUNCING_VERBS,
      VIEW_VERBS: lexicon.VIEW_VERBS,
      ROLE_VERBS: lexicon.ROLE_VERBS,
    };
    const filed = new Map<string, string[]>();
    for (const [name, words] of Object.entries(verbClasses)) for (const w of words) filed.set(w, [...(filed.get(w) ?? []), name]);
    expect([...filed].filter(([, c]) => c.length > 1)).toEqual([]);
  });

  it('has no unused entry: every list is read by the extractor, every related class exists', () => {
    const code = sourcesUnder(resolve(__dirname, '..'))
      .filter((p) => !p.endsWith(join('lexicon', 'events.ts')))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    // (A list may be read by another list of this file: EVENT_WORDS is EVENT_CLASSES by word.)
    const readHere = (name: string) => (source.match(new RegExp(`\\b${name}\\b`, 'g')) ?? []).length > 1;
    for (const name of Object.keys(lexicon)) expect({ name, used: new RegExp(`\\b${name}\\b`).test(code) || readHere(name) }).toEqual({ name, used: true });
    const pairs = lexicon.RELATED_CLASSES.map(([a, b]) => [a, b].sort().join('|'));
    expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).toEqual([]);
    for (const [a, b] of lexicon.RELATED_CLASSES) expect([a in lexicon.EVENT_CLASSES, b in lexicon.EVENT_CLASSES]).toEqual([true, true]);
  });
});
