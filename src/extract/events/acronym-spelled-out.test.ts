import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { unfaithfulWord } from './faithful';
import { acronymSpelledOut, spelledOutBefore } from './acronym-spelled-out';

const find = (text: string, published: string, start: string) => events(text, published).find((m) => m.title.startsWith(start));

// Reuters 1987 and Timeline17, each titled with the acronym and judged unreadable ("'The PSA' is an unexplained
// acronym", "'the failed BOP' is unexplained jargon a reader out of context cannot place").
describe('events: an acronym the article spelled out is written as spelled (title:acronym-spelled-out)', () => {
  it('writes "The Port of Singapore Authority handled 529 mln gross-registered tonnes of cargo"', () => {
    const text =
      'SINGAPORE, March 13 - The Port of Singapore Authority (PSA) will spend 1.2 billion dlrs to develop port facilities and cargo-handling equipment over the next five years, Communications Minister Yeo Ning Hong told parliament.\n\nThe PSA handled 529 mln gross-registered tonnes of cargo in 1985, according to the latest available statistics from the port authority.';
    // (Read as of 1986: in the story of March 1987 the 1985 total is a background statistic, judged no happening,
    // events/background-clauses.ts `background:old-yearly-figure`.)
    const m = find(text, '1986-03-13', 'The Port of Singapore Authority handled');
    expect(m?.title).toBe('The Port of Singapore Authority handled 529 mln gross-registered tonnes of cargo');
    expect(m?.rules).toContain('title:acronym-spelled-out');
    expect(m?.time?.value).toBe('1985');
  }, 60_000);

  it('writes "The Caisse de Refinancement Hypothecaire sold 2.02 billion francs", small words of the name skipped', () => {
    const text =
      "PARIS, June 18 - French mortgage refinancing agency Caisse de Refinancement Hypothecaire (CRH) has cancelled today's auction of between one and two billion francs worth of tap stock, the Bank of France said.\n\nAt its last auction in May the CRH sold 2.02 billion francs worth of the stock at a top accepted price of 91.10 pct giving an average 9.79 pct yield.";
    const m = find(text, '1987-06-18', 'The Caisse de Refinancement Hypothecaire sold');
    expect(m?.rules).toContain('title:acronym-spelled-out');
  }, 60_000);

  it('writes "The failed blowout preventer was removed", a word giving two of the letters', () => {
    const text =
      "Investigators focused on problems with one of the well's crucial safety devices, its blowout preventer (BOP), which may have contributed to the explosion.\n\nThe failed BOP was removed from the top of the damaged well on 2 September and brought to the surface two days later.";
    const m = find(text, '2010-09-20', 'The failed blowout preventer was removed');
    expect(m?.title).toBe('The failed blowout preventer was removed from the top of the damaged well');
    expect(m?.rules).toContain('title:acronym-spelled-out');
    // The reader is shown where the title's words come from, and the title is faithful to its quote and that phrase.
    expect(m?.named?.text).toBe('blowout preventer');
    expect(unfaithfulWord(m!.title, 'The failed BOP was removed from the top of the damaged well on 2 September.', [], m?.named?.text)).toBeNull();
    expect(unfaithfulWord(m!.title, 'The failed BOP was removed from the top of the damaged well on 2 September.', [])).not.toBeNull();
  }, 60_000);

  it('finds the words that spell it, and no others', () => {
    expect(spelledOutBefore('The Port of Singapore Authority (PSA) will spend', 'PSA')?.name).toBe('Port of Singapore Authority');
    expect(spelledOutBefore('its blowout preventer (BOP), which', 'BOP')?.name).toBe('blowout preventer');
    // (A possessive before the bracket is the phrase's: "the World Trade Organisation's (WTO) report".)
    expect(spelledOutBefore("highlighted in the World Trade Organisation's (WTO) report", 'WTO')?.name).toBe('World Trade Organisation');
    // (A ticker after a company's legal form spells nothing: "Texaco Inc (TX)".)
    expect(spelledOutBefore('said Texaco Inc (TX) would', 'TX')).toBeNull();
    expect(spelledOutBefore('the main port union said (FNV)', 'FNV')).toBeNull();
  });

  it('leaves an acronym in a longer name, or one known alone, as written', () => {
    const text = 'The World Health Organization (WHO) met. PSA Corp said. The Port of Singapore Authority (PSA) spent.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(acronymSpelledOut(text, at('PSA Corp said'))).toBeNull();
    expect(acronymSpelledOut('The World Health Organization (WHO) met. The WHO reported 229 cases.', { start: 41, end: 68 })).toBeNull();
  });
});

// Reuters 1987, unseen wire copy: "'an earlier Gulf attack': earlier than what is unknown out of context"; "'the nearby
// Ardeshir oil field': nearby to an unknown place".
describe('events: a thing set against the article’s own time or place', () => {
  it('makes no event of "Iraq reported an earlier Gulf attack" (object-cannot-be-placed:relative-to-the-article)', () => {
    const text = 'In London, Lloyds insurance said the 162,046-ton Iranian tanker Avaj was hit on Saturday, when Iraq reported an earlier Gulf attack.';
    const all = events(text, '1987-03-23');
    expect(all.some((m) => /earlier Gulf attack/.test(m.title))).toBe(false);
  }, 60_000);

  it('writes "Iraqi planes raided the Ardeshir oil field" (title:relative-place-word-left-out)', () => {
    const text = 'Iraqi planes yesterday raided the nearby Ardeshir oil field, resuming attacks on Iranian targets after a month-long lull.';
    const m = find(text, '1987-03-23', 'Iraqi planes raided');
    expect(m?.title).toBe('Iraqi planes raided the Ardeshir oil field');
    expect(m?.rules).toContain('title:relative-place-word-left-out');
    expect(m?.time?.value).toBe('1987-03-22');
  }, 60_000);
});
