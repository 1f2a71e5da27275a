import { describe, expect, it } from 'vitest';
import { analyseText } from './analyse';
import { phraseText, verbText } from './describe';

/** The clause whose verb group reads `verb`, with its subject, object and rules. */
function clause(sentence: string, verb: string) {
  const a = analyseText(sentence);
  const c = a.clauses.find((x) => verbText(a, x) === verb);
  if (!c) throw new Error(`no clause '${verb}'`);
  return { subject: phraseText(a, c.subject), object: phraseText(a, c.object), rules: c.rules };
}

describe('nlp: whom one told is not the subject of what was told; a phrase past "that" is not an object', () => {
  it('"told the analysts Amoco reduced its estimates": Amoco reduced them (`zero-complement-after-addressee`)', () => {
    const s =
      'President H. Lawrance Fuller told the analysts Amoco reduced its estimates of worldwide oil and gas reserves by a total of 201 mln equivalent barrels last year because of a drop in oil and gas prices.';
    const reduced = clause(s, 'reduced');
    expect(reduced.subject).toBe('Amoco');
    expect(reduced.rules).toContain('zero-complement-after-addressee');
    // (The name first, "told the Amoco analysts the company reduced", is one phrase and stays whom he told.)
    expect(clause('Fuller told the Amoco analysts the company reduced its estimates last year.', 'reduced').subject).toBe('the company');
  }, 60_000);

  it('"a 1981 complaint filed in federal court that Sears and Kellwood mislabeled": no object past "that" (`object-not-past-that`)', () => {
    const s =
      'The FTC had charged in a 1981 complaint filed in federal court that Sears and Kellwood mislabeled and falsely advertised the down content of clothing made by Kellwood and sold by both Sears and Kellwood.';
    const filed = clause(s, 'filed');
    expect(filed.object).toBe('');
    expect(filed.rules).toContain('object-not-past-that');
  }, 60_000);
});
