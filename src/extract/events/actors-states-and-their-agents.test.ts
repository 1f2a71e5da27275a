import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('a state that takes part by its name, its demonym or its agents (wire copy, 1987)', () => {
  it('lists Yugoslavia, a former state, that repaid its debt', () => {
    const text = 'BELGRADE, March 23 - According to official Yugoslav figures, Yugoslavia repaid a record 5.97 billion dlrs in capital and interest in 1986.';
    const m = events(text, '1987-03-23').find((x) => x.title.includes('repaid'));
    expect(m?.title).toBe('Yugoslavia repaid a record 5.97 billion dlrs in capital and interest');
    expect(m?.actors).toEqual(['yugoslavia']);
  }, 60_000);

  it('lists Yugoslavia for "Yugoslav retail prices rose" (its demonym before an economy noun)', () => {
    const text =
      'BELGRADE, March 16 - Yugoslav retail prices in February rose 7.2 pct from January to stand 91.6 pct higher than in February 1986, the Federal Statistics Office said.';
    const m = events(text, '1987-03-16').find((x) => x.title.includes('rose'));
    expect(m?.actors).toEqual(['yugoslavia']);
  }, 60_000);

  it('lists Canada and Egypt, whose negotiators failed to agree (demonyms share the noun; actors:state-named-by-its-agents)', () => {
    const text =
      'CAIRO, March 1 - Canadian and Egyptian wheat negotiators failed to conclude an agreement on Canadian wheat exports to Egypt during talks last week, but the Canadian team will return to Cairo for further negotiations, Canadian embassy officials said.';
    const m = events(text, '1987-03-01').find((x) => x.title.includes('failed'));
    expect(m?.title).toBe('Canadian and Egyptian wheat negotiators failed to conclude an agreement on Canadian wheat exports');
    expect(m?.actors).toEqual(['canada', 'egypt']);
    expect(m?.rules).toContain('actors:state-named-by-its-agents');
  }, 60_000);

  it('lists Ecuador, whose officials held a meeting (actors:state-named-by-its-agents)', () => {
    const text =
      'QUITO, March 5 - Ecuadorean officials held their last formal meeting with the advisory committee in New York in January, but the negotiations were suspended on January 16 due to the 12-hour kidnapping of President Leon Febres Cordero by air force paratroopers.';
    const m = events(text, '1987-03-05').find((x) => x.title.includes('held'));
    expect(m?.title).toBe('Ecuadorean officials held their last formal meeting');
    expect(m?.actors).toEqual(['ecuador']);
    expect(m?.rules).toContain('actors:state-named-by-its-agents');
  }, 60_000);

  it('lists no Libya for fugitive Libyan soldiers who fled it (demonym-of-those-who-left)', () => {
    const text =
      'CAIRO, March 3 - Egypt allowed five fugitive Libyan soldiers who landed in a military plane in the far south of the country last night to stay and flew them to Cairo, official sources said.';
    const m = events(text, '1987-03-03').find((x) => x.title.includes('landed'));
    expect(m?.title).toBe('Five fugitive Libyan soldiers landed in a military plane');
    expect(m?.actors).not.toContain('libya');
  }, 60_000);

  it('lists no Statistics Department that only published the figures (actors:source-of-figures)', () => {
    const text =
      "WELLINGTON, March 12 - Statistics Department figures show total debt fell to 32.94 billion N.Z. Dlrs in the December quarter from 33.42 billion in September, although the government's share rose to 21.32 billion from 20.75 billion.";
    const m = events(text, '1987-03-12').find((x) => x.title.includes('fell'));
    expect(m?.actors).not.toContain('statistics-department');
    expect(m?.rules).toContain('actors:source-of-figures');
  }, 60_000);
});
