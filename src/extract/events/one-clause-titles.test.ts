import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { analyseText } from '../nlp/analyse';

/**
 * A title says what one clause says: its words never reach across an "and" that joins two clauses ("BP Plc.'s bought
 * Amoco in 1998 and many current BP distributors used to be ..." titled "Bought Amoco used to be Amoco distributors"),
 * and never carry the second half of a "both ... and" pair opened outside them ("blamed both a 2005 refinery blast
 * that killed 15 workers and pipeline leaks" titled "A 2005 refinery blast killed 15 workers and pipeline leaks").
 * Checked over sentences of judged Timeline17 records (bpoil, H1N1), quoted one by one.
 */
const AUDIT_SENTENCES: Array<[string, string]> = [
  [
    '2010-06-29',
    'That was especially true in the United States where regulators had blamed both a 2005 refinery blast that killed 15 workers and pipeline leaks in Alaska in 2006 on cost-cutting.',
  ],
  ['2010-08-01', "BP Plc.'s bought Amoco in 1998 and many current BP distributors used to be Amoco distributors."],
  [
    '2010-06-16',
    'Two years ago, the heads of General Motors and Chrysler were pilloried by congressmen for flying to Washington on corporate jets to plead for a taxpayer-funded bailout.',
  ],
  [
    '2010-08-07',
    'Crews started pumping mud down the throat of the well on Tuesday, and by Friday engineers were waiting for cement sealing the oil in its underground reservoir to harden.',
  ],
  [
    '2010-10-10',
    'Four attorneys from Texas, Louisiana and Florida were appointed on Friday to a committee to lead the hundreds of oil spill-related lawsuits against BP Plc and its partners, according to court documents.',
  ],
  [
    '2010-05-20',
    'BP shares closed up one percent Thursday but the markets have raked around $30 billion from its value in the month since the rig explosion, which killed 11 workers and sparked the disaster-in-the-making.',
  ],
  [
    '2010-09-19',
    'BP pumped cement for seven hours on Friday, and finished a pressure test early on Sunday that showed the well was permanently clogged, Allen said.',
  ],
  ['2010-06-15', '22 April: The oil rig sinks and the riser pipe that connected it to the well falls to the seabed.'],
  [
    '2009-05-05',
    'Thomson and First Choice put on an extra flight last Thursday to collect 200 holidaymakers who chose to cut short their holidays in the beach resorts.',
  ],
  ['2010-05-09', 'Hundreds of boats deployed protective booms and used dispersants to break up the oil again on Sunday.'],
  [
    '2010-06-21',
    "The lawsuit is another example of the administration's strained relations with big business, which was on display last week when BP bowed to pressure from Obama and agreed to set up a $20 billion oil spill damages fund.",
  ],
  ['2010-06-25', 'BP stock on Friday fell more than 6 percent in London and New York.'],
  [
    '2010-05-29',
    'The top kill maneuver started on Wednesday and involved pumping heavy fluids and other material into the well shaft to stifle the flow, then seal it with cement.',
  ],
  ['2010-05-05', 'And on November 29, 2009 an 18-inch pipe carrying a mixture of oil, natural gas and waste water ruptured, spraying its flammable contents.'],
  [
    '2010-06-01',
    'May 19 - The first heavy oil from the spill sloshes ashore in fragile Louisiana marshlands and part of the mess enters a powerful current that could carry it to Florida and beyond.',
  ],
  [
    '2009-05-02',
    'The Netherlands, France and Switzerland confirmed their first cases of swine flu yesterday, bringing the total number of countries affected to 12.',
  ],
  [
    '2010-07-06',
    'The area around the leaking wellhead, nearly 50 miles off the Louisiana coast, was buffeted Tuesday by strong, 20-knot winds and resulting waves that topped five feet high Tuesday.',
  ],
  [
    '2010-05-01',
    'Heavy winds and high tides impeded efforts to contain the growing slick on Friday, and oil continued to gush from the damaged exploration well in the Gulf, sending pungent odors through neighborhoods near New Orleans.',
  ],
  [
    '2010-09-15',
    'Parish officials in Louisiana have reported a number of fish kills in areas affected by the spill and Plaquemines parish reported this week that large numbers of fish had died around Bayou Chaland on the west side of the Mississippi river.',
  ],
  [
    '2009-03-16',
    'After he was removed by Musharraf, Chaudhry was reinstated only to be sacked again and placed under house arrest along with many other lawyers when the former general declared emergency rule in November 2007.',
  ],
];

const NOUNISH = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/** Problems of one title against its sentence: a reach across a clause-joining "and", the half of an outside pair. */
function twoClauseJoins(sentence: string, title: string): string[] {
  const a = analyseText(sentence);
  const t = a.tokens;
  const n = t.norm.length;
  const words = title.toLowerCase().match(/[\p{L}\p{N}$%'’.-]+/gu) ?? [];
  // The title's words found in the sentence, in order (a canonical name's extra words are skipped).
  const at: number[] = [];
  let from = 0;
  for (const w of words) {
    let k = from;
    while (k < n && t.norm[k].toLowerCase() !== w) k++;
    if (k < n) {
      at.push(k);
      from = k + 1;
    }
  }
  // An "and" that joins clauses: in no noun phrase's list, a phrase of its own after it, then a finite verb.
  const inList = (k: number) => a.nounPhrases.flat().some((np) => np.start < k && k < np.end);
  const joinsClauses = (k: number) => {
    if (inList(k)) return false;
    let j = k + 1;
    while (j < n && NOUNISH.has(t.tag[j])) j++;
    return j > k + 1 && j < n && (t.tag[j] === 'VERB' || t.tag[j] === 'AUX') && !t.norm[j].endsWith('ing');
  };
  const out: string[] = [];
  for (let q = 1; q < at.length; q++)
    for (let k = at[q - 1] + 1; k < at[q]; k++) if (t.norm[k] === 'and' && joinsClauses(k)) out.push(`reaches across "and" at ${k}`);
  for (const k of at)
    if (t.norm[k] === 'and') {
      const opener = t.norm.lastIndexOf('both', k);
      if (opener >= 0 && !at.includes(opener) && opener < at[0]) out.push(`"and" at ${k} closes the "both" at ${opener}`);
    }
  return out;
}

describe('a title is one clause', () => {
  it('never reaches across a clause-joining "and" nor closes a "both" pair opened outside it', () => {
    for (const [published, sentence] of AUDIT_SENTENCES)
      for (const m of events(sentence, published))
        expect({ title: m.title, problems: twoClauseJoins(sentence, m.title) }).toEqual({ title: m.title, problems: [] });
  });

  it('sees two clauses glued into one title in the two judged failures', () => {
    const [blast, amoco] = [AUDIT_SENTENCES[0][1], AUDIT_SENTENCES[1][1]];
    expect(twoClauseJoins(blast, 'A 2005 refinery blast killed 15 workers and pipeline leaks')).not.toEqual([]);
    expect(twoClauseJoins(amoco, 'Bought Amoco used to be Amoco distributors')).not.toEqual([]);
    expect(twoClauseJoins(blast, 'A 2005 refinery blast killed 15 workers')).toEqual([]);
  });
});

describe('"both ... and" and "used to" (`correlative-pair-and`, `time-and-thing-not-a-list`, `state:used-to`)', () => {
  it('ends a relative clause\'s object at the "and" that closes "both"', () => {
    const [published, sentence] = AUDIT_SENTENCES[0];
    const m = events(sentence, published).find((x) => x.title.includes('killed'));
    expect(m?.title).toBe('A 2005 refinery blast killed 15 workers');
    const a = analyseText(sentence);
    expect(a.nounPhrases[0].some((np) => np.rules.includes('correlative-pair-and'))).toBe(true);
  });

  it('keeps a floating "both" out of it: "The companies both denied the claims and the charges"', () => {
    const a = analyseText('The companies both denied the claims and the charges.');
    expect(a.nounPhrases[0].some((np) => np.conjuncts.length === 2)).toBe(true);
  });

  it('lists no year with a thing a verb follows, and "used to be" is no happening', () => {
    const [published, sentence] = AUDIT_SENTENCES[1];
    const a = analyseText(sentence);
    expect(a.nounPhrases[0].some((np) => np.rules.includes('time-and-thing-not-a-list'))).toBe(true);
    expect(events(sentence, published).map((m) => m.title)).toEqual([]);
    expect(whyNot(sentence, published)).toContain('used:state:used-to');
  });

  it('keeps a list of times: "on Monday and Tuesday"', () => {
    const a = analyseText('The talks were held on Monday and Tuesday in Geneva.');
    expect(a.nounPhrases[0].some((np) => np.conjuncts.length === 2)).toBe(true);
  });
});

describe('limiting adverbs stay in the title (`title:limiting-adverb-kept`)', () => {
  it('"Dispersants were last used July 19" is no "Dispersants were used"', () => {
    const m = events('Dispersants were last used July 19, four days after BP temporarily capped its leaking well.', '2010-08-07').find((x) =>
      x.title.startsWith('Dispersants'),
    );
    expect(m?.title).toBe('Dispersants were last used');
    expect(m?.rules).toContain('title:limiting-adverb-kept');
  });

  it('keeps one standing before the verb group, "once again" whole', () => {
    const who = events('The World Health Organization last declared a pandemic 41 years ago.', '2009-06-01')[0];
    expect(who?.title).toBe('The World Health Organization last declared a pandemic');
    expect(who?.rules).toContain('title:limiting-adverb-kept');
    const text = "On Monday, BP's share price once again fell sharply, dropping 9% in London and New York.";
    expect(events(text, '2010-06-15').map((m) => m.title)).toContain("BP's share price once again fell");
  });

  it('keeps "just" that "only" bends: "had only just recovered"', () => {
    const m = events('Nick Collins’s business had only just recovered from the ravages of Hurricane Katrina, five years ago.', '2010-06-01').find((x) =>
      x.title.includes('recovered'),
    );
    expect(m?.title).toContain('had only just recovered');
  });
});

describe('"only" of a time the title leaves out (`title:only-of-its-time-left-out`)', () => {
  it('drops "only" that limits the time ("not until then"), keeps it on an amount', () => {
    const papp =
      'Even though Papp only took the reins of the Coast Guard in late May, when Adm. Thad Allen retired as commandant but stayed on as "Incident Commander," Papp said has had extensive experience with hurricanes.';
    const took = events(papp, '2010-06-24').find((x) => x.title.includes('took the reins'));
    expect(took?.title).not.toContain('only');
    expect(took?.rules).toContain('title:only-of-its-time-left-out');
    const bird =
      'The spill could also be "a really bad setback" for the brown pelican, Louisiana\'s state bird, which was only removed from the endangered species list in 2009.';
    const removed = events(bird, '2010-06-05').find((x) => x.title.includes('removed from the endangered species list'));
    expect(removed?.title).not.toContain('only');
    const amount =
      'A BP spokesman told Reuters news agency on Friday that the company had only siphoned off 2,200 barrels, or 92,400 gallons, in the 24 hours up to midnight on Thursday.';
    expect(
      events(amount, '2010-05-21')
        .map((m) => m.title)
        .join(' | '),
    ).toContain('had only siphoned off 2,200 barrels');
  });
});
