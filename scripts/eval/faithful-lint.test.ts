import { describe, expect, it } from 'vitest';
import { align, lintTitle } from './faithful-lint';

const toRead = (title: string, sentence: string) =>
  lintTitle(title, sentence)
    .filter((h) => !h.allowed)
    .map((h) => `${h.category}: ${h.words}`);
const allowed = (title: string, sentence: string) =>
  lintTitle(title, sentence)
    .filter((h) => h.allowed)
    .map((h) => `${h.category}: ${h.words}`);

// Records of the Timeline17 and Reuters 1987 outputs and of the audits (docs/audit), title and sentence as shown.
describe('faithful-lint: what a title left out that can change its claim', () => {
  it('aligns a title word with the sentence word beside its neighbours, not the first of its spelling', () => {
    const s = 'The rig exploded and the rig sank'.split(' ');
    expect(align(['The', 'rig', 'sank'], s)).toEqual([4, 5, 6]);
  });

  it('lists an attempt verb governing the title verb', () => {
    expect(
      toRead(
        'Purolator leveraged buyout',
        'On March one, Purolator agreed to a 35 dlr a share leveraged buyout by eight Purolator executives and EF Hutton LBO Inc, a unit of EF Hutton Group Inc.',
      ),
    ).toContain('attempt: agreed to');
  });

  it('lists a restrictive relative on a bare noun, allows it on a determined one', () => {
    expect(
      toRead(
        'Personal computers were first established by IBM',
        'The four new computers, expected to be called the Personal System 2 family, are almost sure to veer away from industrywide standards for personal computers that were first established by IBM six years ago.',
      ),
    ).toContain('restrictive: that');
    expect(allowed('The blowout killed 11 workers', 'The blowout that killed 11 workers happened on April 20.')).toContain('restrictive: that');
  });

  it('lists a bound dropped before a figure, allows a round figure’s "about"', () => {
    expect(
      toRead(
        'TWA reported holding four mln shares, or about 15 pct of USAir',
        'TWA earlier this month reported holding slightly more than four mln shares, or about 15 pct of USAir.',
      ),
    ).toContain('partial: more than');
    expect(toRead('TWA reported holding more than four mln shares', 'TWA earlier this month reported holding slightly more than four mln shares.')).toEqual([]);
    expect(
      allowed(
        'The Canadian unit’s stock was returned to Texaco',
        "The Canadian unit's stock, valued at about 1.8 billion dlrs, was returned to Texaco earlier this week.",
      ),
    ).toContain('partial: about');
  });

  it('lists the words of another clause between the subject and the verb', () => {
    expect(
      toRead(
        'An abandoned iranian oil rig vowed to avenge',
        'Velayati could not be reached for comment on the U.S. Attack on an abandoned iranian oil rig on monday which tehran vowed to avenge.',
      ),
    ).toContain('other-clause: on monday which tehran');
    expect(
      toRead(
        'Febres cordero were missing in avalanches and mudslides',
        'Febres cordero said up to a total of 1,000 people died or were missing in avalanches and mudslides.',
      ),
    ).toEqual(expect.arrayContaining(['partial: up to', 'coordinate: said up to a total of 1 , 000 people died or']));
  });

  it('allows a relative aside on the title’s subject, a first verb before "and", a saying’s "that"', () => {
    expect(
      allowed(
        'Barack Obama showed his frustration',
        "Obama, who is facing mounting criticism about the government's response, showed his frustration last night.",
      ),
    ).toContain("other-clause: , who is facing mounting criticism about the government's response ,");
    expect(allowed('An offshore drilling rig sank', 'Oil has been gushing since an offshore drilling rig exploded and sank last month.')).toContain(
      'coordinate: exploded and',
    );
    expect(
      toRead('Obama announced BP had agreed to set up a $20 billion relief fund', 'Obama announced that BP had agreed to set up a $20 billion relief fund.'),
    ).toEqual([]);
  });

  it('lists a conjunct of the subject dropped before the title, and a title word the sentence lacks', () => {
    const s =
      "The UAW leader said the company and the union agreed in principle in 1985 to pattern a future contract covering some 6,000 Kenosha workers after lower-cost UAW contracts covering Mazda Motor Corp's new U.S. plant in Michigan and the New United Motor plant in California operated by Toyota.";
    const hits = toRead('United Auto Workers agreed in principle to pattern a future contract', s);
    expect(hits).toEqual(expect.arrayContaining(['coordinate: company and the union', 'added: United Auto Workers']));
    expect(
      toRead(
        'ADB’s profits touched 287 mln dlrs',
        'With liquid reserves of about four billion dlrs, profits have been rising steadily and touched 287 mln dlrs last year.',
      ),
    ).toContain("added: ADB's");
  });

  it('finds nothing in a title that keeps its negation and hedge', () => {
    expect(toRead('Goldman Sachs promised not to ask for tax credits', 'Goldman Sachs promised not to ask for tax credits on Monday.')).toEqual([]);
    expect(
      toRead('The use of dispersants had nearly halted', 'The agency also said the use of dispersants had nearly halted since the well was capped on 15 July.'),
    ).toEqual([]);
  });
});
