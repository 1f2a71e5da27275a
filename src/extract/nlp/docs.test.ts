/**
 * docs/nlp.md lists every rule of the layer, in order, with the sentence that needed it: a rule added to a table, or
 * a rule name a clause can record, without a line in the documentation fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../clean';
import { readDocument } from '../read';
import { analyseText } from './analyse';
import { CLAUSE_PASSES } from './clause-passes';
import { SUBJECT_RULES } from './clause-roles';
import { MARKER_RULES, PUNCTUATION_RULES, VERB_RULES } from './clause-rules';
import { TAG_REPAIRS } from './tag-repairs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const doc = readFileSync(path.join(ROOT, 'docs/nlp.md'), 'utf8');

describe('docs/nlp.md', () => {
  it.each([
    ['TAG_REPAIRS', TAG_REPAIRS],
    ['VERB_RULES', VERB_RULES],
    ['MARKER_RULES', MARKER_RULES],
    ['PUNCTUATION_RULES', PUNCTUATION_RULES],
    ['SUBJECT_RULES', SUBJECT_RULES],
    ['CLAUSE_PASSES', CLAUSE_PASSES],
  ] as const)('lists every rule of %s', (_table, rules) => {
    const positions = rules.map((r) => doc.indexOf(`\`${r.name}\``));
    expect(rules.filter((_, k) => positions[k] < 0).map((r) => r.name)).toEqual([]);
  });

  it('names every rule a clause, a noun phrase or a tag repair records on real articles', () => {
    const seeds = path.join(ROOT, 'data/documents');
    const names = new Set<string>();
    for (const f of readdirSync(seeds).sort()) {
      const r = readDocument(f, readFileSync(path.join(seeds, f)));
      if (!r.ok) continue;
      const a = analyseText(cleanText(r.raw).text);
      for (const c of a.clauses) for (const n of c.rules) names.add(n);
      for (const nps of a.nounPhrases) for (const np of nps) for (const n of np.rules) names.add(n);
      for (const g of a.verbGroups.flat()) for (const n of g.rules) names.add(n);
      for (const rt of a.retags) names.add(rt.rule);
    }
    expect([...names].filter((n) => !doc.includes(`\`${n}\``)).sort()).toEqual([]);
  });
});
