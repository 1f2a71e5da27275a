import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('coverage: dated happenings whose subject the parse lost', () => {
  it('"a 45-year-old man from La Mirada ... The man died April 22": the man is named as the sentence before named him (subject:named-earlier-from-place)', () => {
    const text =
      "The second case involves a 45-year-old man from La Mirada, whose death was reported Monday to the coroner's office. " +
      "The man died April 22 at Coast Plaza Doctor's Hospital in Norwalk.";
    const m = dated(text, '2009-04-28').find((x) => x.title.includes('died'));
    expect(m?.title).toBe('A 45-year-old man from La Mirada died');
    expect(m?.time?.value).toBe('2009-04-22');
    expect(m?.rules).toContain('subject:named-earlier-from-place');
  });

  it('"The man died April 22" with no man from a named place before it stays a subject no reader can place', () => {
    const text = "Doctors later diagnosed the patient with pneumonia, Harvey said. The man died April 22 at Coast Plaza Doctor's Hospital in Norwalk.";
    expect(dated(text, '2009-04-28').some((x) => x.title.includes('died'))).toBe(false);
    expect(whyNot(text, '2009-04-28')).toContain('died:subject-cannot-be-placed:definite');
  });

  it('"until after Barack Obama, the US president, had visited the country on 16 April": the name before its apposition is the subject (subject-over-closed-apposition)', () => {
    const text =
      'Fidel Castro accused Mexico of failing to disclose the spread of swine flu until after Barack Obama, the US president, had visited the country on 16 April.';
    const a = analyseText(text);
    const visited = a.clauses.find((c) => a.tokens.norm[c.verb.head] === 'visited');
    expect(visited?.kind).toBe('adverbial');
    expect(visited?.rules).toContain('subject-over-closed-apposition');
    expect(visited?.subject && a.tokens.norm[visited.subject.head]).toBe('obama');
    // (The clause has its subject now; "the country" is what a reader cannot place out of context.)
    expect(whyNot(text, '2009-05-12')).not.toContain('visited:no-subject');
    expect(whyNot(text, '2009-05-12')).toContain('visited:object-cannot-be-placed');
  });

  it('"after the explosion, the rig, owned by Transocean, sank": no name before the commas, "after" stays a preposition', () => {
    const a = analyseText('After the explosion, the rig, owned by Transocean, sank.');
    expect(a.clauses.some((c) => c.rules.includes('subject-over-closed-apposition'))).toBe(false);
  });

  it('"BP managing director Robert Dudley vowed ...": "managing" before an office is a word of the office (ing-word-before-office)', () => {
    const a = analyseText(
      'Speaking on US television on Sunday, BP managing director Robert Dudley vowed the company would learn from its failed attempts and continue trying.',
    );
    const managing = a.tokens.norm.indexOf('managing');
    expect(a.tokens.tag[managing]).toBe('ADJ');
    expect(a.retags.some((r) => r.token === managing && r.rule === 'ing-word-before-office')).toBe(true);
    const vowed = a.clauses.find((c) => a.tokens.norm[c.verb.head] === 'vowed');
    expect(vowed?.subject && a.tokens.text.slice(a.tokens.start[vowed.subject.start], a.tokens.end[vowed.subject.end - 1])).toBe(
      'BP managing director Robert Dudley',
    );
    // ("issued a decree authorising President Felipe Calderon to invoke powers": a participle after a noun stays one.)
    const c = analyseText('The Mexican government yesterday issued a decree authorising President Felipe Calderon to invoke powers.');
    expect(c.tokens.tag[c.tokens.norm.findIndex((w) => w.startsWith('authori'))]).toBe('VERB');
    // ("was managing the response": a verb after "be" stays one.)
    const b = analyseText('Thad Allen was managing director of nothing; BP was managing the response.');
    expect(b.tokens.tag[b.tokens.norm.lastIndexOf('managing')]).toBe('VERB');
  });
});
