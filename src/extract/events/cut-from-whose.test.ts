import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('titles cut from whose they are, from their list or from what was agreed', () => {
  it('makes no event of shares, output or managers told only with adjectives (subject-cannot-be-placed:needs-its-phrase)', () => {
    const shares = 'On Friday, U.S.-listed shares dropped 6.1 percent, also to a 14-year low, on a rumor that analysts recommended the company sell stock.';
    expect(whyNot(shares, '2010-06-25')).toContain('dropped:subject-cannot-be-placed:needs-its-phrase');
    const output = 'Mexico reported on Monday that industrial output fell 6.7 percent in March, in the eighth straight month of contraction.';
    expect(whyNot(output, '2009-05-19')).toContain('fell:subject-cannot-be-placed:needs-its-phrase');
    // (What Mexico reported still names whose.)
    expect(dated(output, '2009-05-19').map((m) => m.title)).toEqual(['Mexico reported that industrial output fell 6.7 percent']);
    const managers = "Managers on Thursday settled on a May 11 launch date for shuttle Atlantis' 11-day mission to Hubble.";
    expect(whyNot(managers, '2009-04-30')).toContain('settled:subject-cannot-be-placed:needs-its-phrase');
    // (A name before the head or a phrase after it says whose.)
    const named = dated('U.S.-listed shares of BP rose about 3 percent on Monday. BP shares fell 3 percent on Tuesday.', '2010-06-25');
    expect(named.map((m) => m.title)).toEqual(['U.S.-listed shares of BP rose about 3 percent', 'BP shares fell 3 percent']);
  });

  it('makes no event of an -ing word cut from its list (title-cut-inside-phrase:one-of-a-list)', () => {
    const sneezing =
      'In 1918, when the LGB was finally girded into action late on in the pandemic, Newsholme advised people to avoid sneezing and coughing in public, and to keep plenty of fresh handkerchiefs on hand.';
    expect(whyNot(sneezing, '2009-04-30')).toContain('advised:title-cut-inside-phrase:one-of-a-list');
  });

  it('makes no event of a verb whose "that" clause past its phrase is left out (content-in-clause-after-phrase)', () => {
    const debate = "Last year, Chevron's CEO agreed in a debate with the Sierra Club's executive director that there ought to be a new energy tax.";
    expect(whyNot(debate, '2010-06-17')).toContain('agreed:content-in-clause-after-phrase');
    // (Not a clause that is itself what was told, whose "that" clause is the teller's.)
    const told = 'The minister told reporters gathered at the airport on Monday that the talks would go on.';
    expect(whyNot(told, '2024-03-20')).not.toContain('gathered:content-in-clause-after-phrase');
    // (Not a relative the parse read as a "that" clause, nor one after a comma or a coordinator.)
    const plan =
      'Gibson Gayle, a Texaco lawyer, said the company had every right to seek protection from creditors, and that Texaco had embarked on an internal restructuring plan in December 1984 that required transferring various assets among subsidiaries.';
    expect(dated(plan, '1987-04-13').map((m) => m.title)).toContain('Texaco had embarked on an internal restructuring plan');
    const total =
      'U.S. officials said on Thursday the national total of confirmed H1N1 swine flu cases had risen to 109, but that the country had still only recorded one fatality in the outbreak.';
    expect(dated(total, '2009-04-30').map((m) => m.title)).toEqual(['U.S. officials said the national total of H1N1 cases had risen to 109']);
  });

  it('keeps what an outlook is on, a name\'s own "\'s" (title:name-keeps-its-s) and a level that is no infinitive', () => {
    const outlook =
      "BP suffered another blow on Friday when ratings agency Standard & Poor's lowered its outlook on the British oil giant to negative from stable.";
    const m = dated(outlook, '2010-05-07').find((x) => x.title.includes('outlook'));
    expect(m?.title).toBe("Standard & Poor's lowered its outlook on the British oil giant");
    expect(m?.rules).toContain('title:object-needs-its-phrase:relational');
    expect(m?.rules).toContain('title:name-keeps-its-s');
  });

  it('makes no event of an idiom\'s phrase cut before its own phrase ("in response [to ...]")', () => {
    const research =
      'Yesterday, the US investment bank Citigroup even published research in response to "inquiries from clients" over how plausible such a restructuring would be.';
    expect(whyNot(research, '2010-06-14')).toContain('published:title-object-needs-its-phrase');
  });

  it('makes no event of a body or an undertaking whose words after it say which (which-left-out)', () => {
    const operation = 'An operation using undersea robots to cut off the fractured pipe and seal it with a cap was launched on Tuesday.';
    expect(whyNot(operation, '2010-06-01')).toContain('launched:subject-cannot-be-placed:which-left-out');
    const commission =
      "A commission appointed by Barack Obama to uncover the cause of America's worst environmental disaster turned its sights today on the clash of wills between BP and the operator of the doomed Deepwater Horizon rig.";
    expect(whyNot(commission, '2010-07-13')).toContain('turned:subject-cannot-be-placed:which-left-out');
    const committee = 'Republicans on Tuesday disbanded the one committee devoted solely to climate change and energy issues.';
    expect(whyNot(committee, '2010-11-23')).toContain('disbanded:object-cannot-be-placed:which-left-out');
    // (A phrase after the noun says which.)
    const kept = dated(
      'On Friday, a group of activists staged an anti-BP demonstration. An operation to cap the leak was launched on Tuesday using underwater robots.',
      '2010-06-05',
    );
    expect(kept.map((m) => m.title)).toEqual([
      'A group of activists staged an anti-BP demonstration',
      'An operation to cap the leak was launched using underwater robots',
    ]);
  });

  it('keeps where a ban holds (title:object-needs-its-phrase:scope) and who a restricted recipient is, or gives no title', () => {
    const arctic = dated(
      'US suspends drilling in Arctic Ocean following Gulf disaster\nThe Obama administration announced the suspension today.',
      '2010-05-27',
    ).filter((m) => m.title.startsWith('US'));
    expect(arctic.map((m) => m.title)).toEqual(['US suspends drilling in Arctic Ocean']);
    expect(arctic[0].rules).toContain('title:object-needs-its-phrase:scope');
    const east =
      'In December Barack Obama, the US president, angered the oil industry when he banned new drilling off the east coast and the eastern part of the Gulf of Mexico.';
    expect(dated(east, '2011-01-06').map((m) => m.title)).not.toContain('Barack Obama banned new drilling');
    // (With no place written, the ban is whole.)
    expect(dated('BP halted drilling on Monday.', '2010-05-27').map((m) => m.title)).toEqual(['BP halted drilling']);
    const resident =
      "Dec. 28 - Kenneth Feinberg, administrator of BP's victims fund, has paid $43 million to Gulf Coast resident who agree not to sue BP for damages.";
    expect(whyNot(resident, '2011-01-11')).toContain('paid:title-object-needs-its-phrase');
  });

  it('reads "on to" written apart as "onto", where the object went (title:on-to-as-onto)', () => {
    const cap = 'BP has lowered a cap on to a leaking oil well in the Gulf of Mexico, in the hope of piping some of the oil to ships on the surface.';
    const [m] = dated(cap, '2010-06-04');
    expect(m.title).toBe('BP has lowered a cap on to a leaking oil well');
    expect(m.rules).toContain('title:on-to-as-onto');
  });
});
