import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title with the rules of events/needed-phrase.ts that made it. */
const titled = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({
      title: m.title,
      rules: m.rules.filter((r) => /^title:(?:time-apposition|change-keeps|from-keeps|send-keeps|aim-keeps|result-keeps|progress-keeps)/.test(r)),
    }));

describe('events/needed-phrase: the phrase a title’s verb or object needs, past a time', () => {
  it('leaves out a phrase after a time and a comma, said of the clause (`title:time-apposition-dropped`)', () => {
    const text = 'U.S. officials confirmed that a Texas woman with the H1N1 swine flu virus died earlier this week, the second death outside Mexico.';
    expect(titled(text, '2009-05-06')).toContainEqual({ title: 'A Texas woman died', rules: ['title:time-apposition-dropped'] });
  });

  it('keeps the level a verb of change moved its object to (`title:change-keeps-level`)', () => {
    expect(titled('The World Health Organization raised swine flu to pandemic status earlier this month.', '2009-06-20')).toContainEqual({
      title: 'The World Health Organization raised swine flu to pandemic status',
      rules: ['title:change-keeps-level'],
    });
    const alert =
      'The World Health Organization (WHO) raised its alert level late on Tuesday from three to four - two steps short of declaring a full pandemic.';
    expect(titled(alert, '2009-04-29')).toContainEqual({
      title: 'The World Health Organization raised its alert level from three to four',
      rules: ['title:change-keeps-level'],
    });
  });

  it('leaves a title whose level does not fit as it was', () => {
    const text =
      'The WHO on June 11 raised its pandemic flu alert to its highest level of 6, signifying that the first influenza pandemic since 1968 was under way.';
    expect(titled(text, '2009-06-20').map((m) => m.title)).toContain('The WHO raised its pandemic flu alert');
  });

  it('keeps the "to" of a move after the title’s "from" (`title:from-keeps-to`)', () => {
    const text = 'It involves a woman from Fife who traveled from Las Vegas to Edinburgh via London on 30 April.';
    expect(titled(text, '2009-05-04')).toContainEqual({ title: 'A woman from Fife traveled from Las Vegas to Edinburgh', rules: ['title:from-keeps-to'] });
  });

  it('keeps the "into" of a move after the title’s "from" too (`title:from-keeps-to`)', () => {
    const text = 'The raising of the blowout preventer followed the removal of a temporary cap that stopped oil from gushing into the Gulf in mid-July.';
    expect(titled(text, '2010-09-05')).toContainEqual({ title: 'A temporary cap stopped oil from gushing into the Gulf', rules: ['title:from-keeps-to'] });
    // ("pumping mud from the Gulf surface" reads as mud taken off the sea: when both do not fit, the "into" stays.)
    const mud = 'BP said on Wednesday it had finished pumping mud from the Gulf surface into the ruptured oil well.';
    const m = events(mud, '2010-08-05').find((x) => x.time);
    expect(m?.title).toBe('BP said it had finished pumping mud into the ruptured oil well');
    expect(m?.rules).toContain('title:to-kept-over-from');
  });

  it('keeps what an idiom of aim is aimed at (`title:aim-keeps-target`), or gives no title (`title-cut:aim-without-target`)', () => {
    // (The sentence's "A commission appointed by Barack Obama to uncover ..." makes no event: events/which-left-out.ts.)
    const sights = 'A presidential commission turned its sights today on the clash of wills between BP and the operator of the doomed Deepwater Horizon rig.';
    expect(titled(sights, '2010-07-13')).toContainEqual({
      title: 'A presidential commission turned its sights on the clash of wills',
      rules: ['title:aim-keeps-target'],
    });
    const efforts =
      'Instead the ministers today concentrated their efforts on agreeing (on) the closest possible cross-border co-operation to keep track of the spread of emerging cases of what the European Commission was calling the "novel" flu virus.';
    expect(whyNot(efforts, '2009-04-30')).toContain('concentrated:title-cut:aim-without-target');
  });

  it('gives no title to a blaming whose "on" phrase does not fit (`title-cut:blame-without-cause`)', () => {
    const text =
      'The presidential oil spill commission on Wednesday blamed the Gulf of Mexico oil spill last year on "missteps and oversights" by oil giant BP, rig owner Transocean and contractor Halliburton.';
    expect(whyNot(text, '2011-01-06')).toContain('blamed:title-cut:blame-without-cause');
  });

  it('keeps the "of" phrase of results past a time (`title:result-keeps-of-phrase`)', () => {
    const text =
      '(U.s. Coast Guard Via Associated Press) BP rolled out the results Wednesday of a four-month internal investigation into the causes of the April 20 blowout of its Macondo oil well in the Gulf of Mexico, spreading blame among its contractors.';
    expect(titled(text, '2010-09-09')).toContainEqual({
      title: 'BP rolled out the results of a four-month internal investigation',
      rules: ['title:result-keeps-of-phrase'],
    });
  });

  it('keeps what headway was made on (`title:progress-keeps-target`), or gives no title (`title-cut:progress-without-target`)', () => {
    const plugging =
      'On Thursday BP said it was making progress on plugging the ruptured well as U.S. government figures showed the disaster has eclipsed the previous worst U.S. oil spill caused when the Exxon Valdez ran aground in 1989 and spilled 11 million gallons of oil into Prince William Sound.';
    expect(titled(plugging, '2010-05-28')).toContainEqual({
      title: 'BP said it was making progress on plugging the ruptured well',
      rules: ['title:progress-keeps-target'],
    });
    const capping =
      'Energy giant BP Plc indicated some progress on Monday toward capping the underwater well that ruptured in the Gulf of Mexico almost two weeks ago, pushing a giant oil slick toward the U.S. Gulf Coast.';
    expect(titled(capping, '2010-05-03')).toContainEqual({
      title: 'Energy giant BP Plc indicated some progress toward capping the underwater well',
      rules: ['title:progress-keeps-target'],
    });
    const cap =
      'In a complicated subsea dance involving robots and hardware, BP made progress Sunday in its effort to install a new, secure cap on the gushing oil well at the bottom of the Gulf of Mexico, but the company says that it is early in the week-long project and that the oil is spewing as skimmers try to capture the newly vigorous flow of crude.';
    expect(whyNot(cap, '2010-07-12')).toContain('made:title-cut:progress-without-target');
  });

  it('gives no title to a sending without where or what for when the title cannot hold it', () => {
    const text =
      "President Barack Obama tonight sent officials from the US department of justice to monitor the company's handling of the crisis, while lawyers acting for victims of two earlier BP disasters in the US called for criminal charges.";
    expect(titled(text, '2010-04-30').map((m) => m.title)).not.toContain('President Barack Obama sent officials');
  });
});
