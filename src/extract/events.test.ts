import { describe, expect, it } from 'vitest';
import { type DroppedMention, extractEventMentions, type DraftMention, type ResolvedActor } from './events';
import { events, whyNot } from './events.harness';
import { eventCandidates } from './events/candidates';
import { analyseText } from './nlp/analyse';
import { segmentSentences, splitHeadlineFromStandfirst } from './segment';
import { findTimeExpressions } from './time';

const dated = (ms: DraftMention[]) => ms.filter((m) => m.time).map((m) => ({ date: m.time!.value, title: m.title }));

/** The title of the text's first dated event. */
function title(text: string, published: string): string | undefined {
  return events(text, published).find((m) => m.time)?.title;
}

describe('extractEventMentions: an event is one happening clause', () => {
  it('makes "met ... on Friday" an event dated from the article, titled from its clause, with its people', () => {
    const [m] = events('North Korean leader Kim Jong Un met Russian Defense Minister Andrei Belousov on Friday in Pyongyang to discuss military cooperation.');
    expect(m.time?.value).toBe('2024-11-29');
    expect(m.title).toBe('North Korean leader Kim Jong Un met Russian Defense Minister Andrei Belousov');
    expect(m.actors).toEqual(['kim-jong-un', 'andrei-belousov']);
    expect(m.rules).toEqual(['clause-happening', 'past', 'clause:main', 'subject:own', 'title:subject-verb-object', 'date:in-clause']);
  });

  it('makes no "Obama vowed" of a verb whose news is the clause after it, and keeps the verb with its object', () => {
    const text =
      'Speaking on television on Sunday, managing director Robert Dudley vowed the company would learn from its failed attempts. ' +
      'Early on Friday, BP began trying to insert a tube into the damaged pipe. BP on Friday began drilling a relief well.';
    const titles = dated(events(text, '2010-05-31')).map((e) => e.title);
    expect(titles.filter((t) => /(?:vowed|began)$/.test(t))).toEqual([]);
    // ("a relief well.": the noun, tag repair `well-heading-a-compound`; the title was "BP began", cut.)
    expect(titles).toContain('BP began drilling a relief well');
    // (An infinitive the title cannot write: "the Pan [Am Flight]", a name cut at a word read as a verb.)
    expect(whyNot('Acme on Friday began to play the Pan Am Flight.', '2010-05-31')).toContain('began:content-in-clause-after-verb');
  });

  it('keeps a compound subject whole when a noun of it was read as a verb (tag repair `base-verb-inside-singular-subject`)', () => {
    const text = 'Also, according to testimony, a BP well site leader performed a pressure test April 9 on the blowout preventer, and he said it passed.';
    const [m] = events(text, '2010-05-12').filter((x) => x.time);
    expect(m.title).toBe('A BP well site leader performed a pressure test');
    expect(m.actors).toEqual(['bp']);
  });

  it('never takes a subject from another clause: the bridge collapsed, not Biden', () => {
    const text = 'President Joe Biden on Friday flew over the wreckage of the Francis Scott Key Bridge, which collapsed into the Patapsco River on March 26.';
    const byDate = new Map(dated(events(text, '2024-04-05')).map((e) => [e.date, e.title]));
    expect(byDate.get('2024-03-26')).toBe('The Francis Scott Key Bridge collapsed into the Patapsco River');
    expect(byDate.get('2024-04-05')).toBe('President Joe Biden flew over the wreckage');
  });

  it('never makes the agent of a participle the subject: "the rig, leased by BP, exploded" is not "BP exploded"', () => {
    const text = 'The crude has been flowing since the offshore drilling rig Deepwater Horizon, leased by BP, exploded off the coast of Louisiana on April 20.';
    expect(events(text, '2010-06-01').filter((m) => m.title.startsWith('BP'))).toEqual([]);
    expect(whyNot(text, '2010-06-01')).toEqual(expect.arrayContaining(['flowing:ongoing', 'exploded:subject-in-phrase']));
  });

  it('gives each clause its own date: the spill began on 20 April, the rig sank two days later', () => {
    const text =
      'The spill began on 20 April, when the Deepwater Horizon oil rig, leased by BP from Swiss drilling giant Transocean, exploded into flames and sank two days later, killing 11 workers.';
    expect(dated(events(text, '2010-05-14'))).toEqual([
      { date: '2010-04-20', title: 'The spill began' },
      // (date:of-the-clause-it-is-when-of: "began on 20 April, when the ... rig ... exploded into flames")
      { date: '2010-04-20', title: 'The Deepwater Horizon oil rig exploded into flames' },
      { date: '2010-04-22', title: 'The Deepwater Horizon oil rig sank' },
    ]);
  });

  it('takes no event from a negated, quoted, future or saying clause, and says which rule set it aside', () => {
    expect(whyNot('BP did not cap the well on Monday.')).toContain('cap:negated');
    expect(whyNot('"We capped the well on Monday," Thad Allen said.')).toEqual(['capped:quoted', 'said:saying-verb']);
    expect(whyNot('The phone will go on sale in the United States on June 24.', '2010-06-08')).toContain('go:future');
    expect(whyNot('Analysts said a new treaty could be signed in March.', '2010-06-08')).toContain('signed:modal');
  });

  it('does not make commentary an event: "The significance of this visit cannot be overstated"', () => {
    expect(events('The significance of this visit on Friday cannot be overstated, experts say, for the future of the region.')).toEqual([]);
  });

  it('does not make a hypothetical an event: "could be signed next year", "is expected to arrive in June"', () => {
    const text =
      'Analysts said a new treaty could be signed in March, and Russian troops are expected to arrive in June. Apple announced that Mac OS X Leopard would be released in 2007.';
    expect(dated(events(text, '2005-06-06'))).toEqual([]);
  });

  it('takes no event from "are set to discuss ... next week", "is due to take place" or "did not comment on Friday\'s strike"', () => {
    const text =
      "Leaders are set to discuss the plan again at the EU summit next week. The next Weimar Triangle summit is due to take place in Poland later this year, Tusk's office said. Moscow did not comment on Friday's strike.";
    expect(dated(events(text, '2024-03-16'))).toEqual([]);
  });
});

describe('extractEventMentions: a view, a mood or a role is no happening', () => {
  it('sets aside criticism, praise and defence of a view, but not a strike that "slammed into" a port', () => {
    expect(whyNot('The senator slammed the two companies on Friday.')).toContain('slammed:view-verb');
    expect(whyNot('The minister was rebuked by members of parliament on Thursday.')).toContain('rebuked:view-verb');
    expect(whyNot('The mayor defended the new curfew on Sunday.')).toContain('defended:view-verb');
    expect(dated(events('Russian missiles slammed into the port city on Friday.', '2024-03-16')).map((m) => m.title)).toEqual([
      'Russian missiles slammed into the port city',
    ]);
  });

  it('keeps the blame a finding lays: "The inquiry blamed a series of errors"', () => {
    expect(dated(events('The inquiry blamed a series of errors on Wednesday.', '2024-03-16')).map((m) => m.title)).toEqual([
      'The inquiry blamed a series of errors',
    ]);
  });

  it('sets aside a mood as a subject, a statement without its content and a role held', () => {
    expect(whyNot('Anger and doubt swept over the town on Friday.')).toContain('swept:mood-subject');
    expect(whyNot('The administration issued a statement on Monday.')).toContain('issued:statement-without-content');
    expect(whyNot('The attorney general issued a statement last week saying the ruling favors the company.')).toContain('issued:statement-without-content');
    expect(whyNot('Jane Doe served as the governor’s press secretary in 2004.')).toContain('served:role-held');
    expect(dated(events('The congressman retracted his statement on Monday.', '2024-03-16')).map((m) => m.title)).toEqual([
      'The congressman retracted his statement',
    ]);
  });
});

describe('extractEventMentions: a participle is no verb of a headline', () => {
  it('reads "Documents released by the committee on Friday show ..." as a noun and its participle, "rose by 5 percent" as a verb', () => {
    // ("the House committee": a bare "the committee" says not which, events/definite-noun.ts.)
    const [doc] = events('Documents released by the House committee on Friday show that the company knew of the problem.', '2024-03-16');
    expect(doc.rules).toContain('reduced-relative');
    // (The figure has its owner: "Sales increased" alone is dropped, `subject-cannot-be-placed:figure-without-owner`.)
    const [sales] = events("Acme's sales increased by 5 percent on Friday.", '2024-03-16');
    expect(sales.rules).not.toContain('reduced-relative');
    expect(sales.rules).toContain('past');
    const [vote] = events('The House passed legislation Wednesday by voice vote.', '2024-03-16');
    expect(vote.rules).not.toContain('reduced-relative');
  });
});

describe('extractEventMentions: dates', () => {
  const strike =
    'Dockworkers agreed Thursday night to suspend their strike until January 15. The walkout, the first by the union since 1977, began at 12:01 a.m. on Tuesday, October 1.';

  it('does not date a happening by the end of a span ("until January 15") nor by a record\'s baseline ("since 1977")', () => {
    expect(dated(events(strike, '2024-10-04'))).toEqual([
      { date: '2024-10-03', title: 'Dockworkers agreed to suspend their strike' },
      { date: '2024-10-01', title: 'The walkout began at 12:01 a.m.' },
    ]);
    expect(dated(events('The fund had made $1.88 billion of payments as of Nov. 18.', '2010-11-20'))).toEqual([]);
  });

  it('dates a happening after a dateline from the clause, and titles it without the dateline', () => {
    const [m] = events(
      'KYIV, Ukraine (AP) — Russian ballistic missiles slammed into the Black Sea port city of Odesa on Friday, killing 20 people.',
      '2024-03-16',
    );
    expect(m.time?.value).toBe('2024-03-15');
    expect(m.title).toBe('Russian ballistic missiles slammed into the Black Sea port city of Odesa');
  });

  it('reads a timeline entry told in the present: "February 2024: The army recaptures parts of Omdurman"', () => {
    const [m] = events('February 2024: The army recaptures parts of Omdurman.', '2024-04-15');
    expect(m.title).toBe('The army recaptures parts of Omdurman');
    expect(m.rules).toContain('timeline-present');
  });

  it('reads no history in a live blog\'s line: "2013: Now, President Obama reflects ..." is the clock, not a year', () => {
    const text =
      "2003: Mr Obama opens by chronicling his response to the spill.\n2013: Now, President Obama reflects President Johnson's same concerns three decades ago.\n2059: Media critic Howard Kurtz tweets about the speech.";
    expect(whyNot(text, '2010-06-15')).toContain('reflects:present-tense:label-not-a-date');
    expect(dated(events(text, '2010-06-15'))).toEqual([]);
  });

  it('does not date a clause by the participle that opens its sentence: "Born in 1957, ... Mr Hayward gained a ... degree"', () => {
    const text =
      'Born in 1957, the eldest of seven children, Mr Hayward gained a first class geology degree from Aston University, in Birmingham, and PhD from Edinburgh University at the age 22.';
    expect(dated(events(text, '2010-06-23'))).toEqual([]);
    expect(whyNot(text, '2010-06-23')).toContain('gained:no-date-in-clause');
    const { candidates } = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '2010-06-23'));
    expect(candidates.find((c) => c.verb === 'gained')?.rules).toContain('date-scope:not-a-fronted-participle');
  });

  it('makes no event of a year\'s total of tax, dividends or salary: "BP paid £930m in UK tax on its profits in 2009"', () => {
    const text = 'BP paid £930m in UK tax on its profits in 2009, which was well down on the £1.7 bn it had paid in each of the previous three years.';
    expect(dated(events(text, '2010-06-10'))).toEqual([]);
    expect(whyNot(text, '2010-06-10')).toContain('paid:figure:yearly-total');
    // (a payment for something names no yearly flow, and stays, with what it paid for: events/complements.ts
    // `title:paid-keeps-what`)
    expect(dated(events("In 2008, BP paid C$1.2 billion for rights to explore three parcels in Canada's Beaufort Sea.", '2010-06-10'))).toEqual([
      { date: '2008', title: 'BP paid C$1.2 billion for rights to explore three parcels' },
    ]);
  });

  it('drops a date after the article appeared: a past-tense clause cannot tell of it', () => {
    expect(whyNot('Shares of the company rose sharply on January 16.', '2025-01-15')).toContain('rose:date:after-publication');
  });

  it('dates a happening noun by the date right after it: "after a meeting with ... on Friday"', () => {
    const [m] = events('Kim’s comments came after a meeting with Russian Defence Minister Andrei Belousov on Friday.', '2024-11-30');
    expect(m.title).toBe('Meeting with Andrei Belousov');
    expect(m.time?.value).toBe('2024-11-29');
    expect(m.rules).toEqual(['nominal-happening', 'clause:main', 'title:noun-and-participants', 'date:after-happening-noun']);
  });

  it('dates a present-perfect report by the day it was reported: "have agreed ..., Qatar said on Wednesday"', () => {
    const [m] = events('Israel and Hamas have agreed to a ceasefire in Gaza, Qatar said on Wednesday, January 15, 2025.', '2025-01-15');
    // ("in Gaza" places the ceasefire, `title:placing-phrase`, as after an object.)
    // (the day is the saying's, so the title tells the announcement with its sayer, `title:with-sayer-after`)
    expect(m.title).toBe('Israel and Hamas have agreed to a ceasefire in Gaza, Qatar said');
    expect(m.rules).toContain('date:of-report-for-present-perfect');
    expect(m.rules).toContain('title:with-sayer-after');
  });
});

describe('extractEventMentions: a happening noun inside a clause', () => {
  it('dates the clause, not the noun after its verb: "declared victory in the presidential election on Sunday"', () => {
    const titles = dated(events('Vladimir Putin declared victory in the presidential election on Sunday.', '2024-03-20')).map((m) => m.title);
    expect(titles).toEqual(['Vladimir Putin declared victory in the presidential election']);
  });
});

describe("extractEventMentions: a date after the verb that is not the happening's", () => {
  it('takes no date from a "since" phrase nor from what a comparison is made with', () => {
    const dropped: DroppedMention[] = [];
    const ms = events(
      "Acme's share price has fallen 18 percent since news of the fire at the plant on April 20. This week the new spill surpassed the 1989 Exxon Valdez disaster.",
      '2010-05-28',
      dropped,
    );
    expect(ms.filter((m) => m.time?.value === '2010-04-20' || m.time?.value === '1989')).toEqual([]);
    // "for talks on Wednesday" dates the talks, not the summons.
    expect(whyNot('The chairman has been summoned to the White House for talks on Wednesday.', '2010-06-14')).toContain(
      'summoned:date:of-the-happening-it-is-for',
    );
    expect(dropped.map((d) => d.rule)).toContain('date:since-bound');
  });

  it('keeps a country that is only a modifier out of the actors, but not its armed forces', () => {
    const [spill] = events('The explosion triggered the worst U.S. oil spill on April 20.', '2010-05-28');
    expect(spill.actors).toEqual([]);
    const [troops] = events('U.S. troops entered the town on Monday.', '2010-05-28');
    expect(troops.actors).toEqual(['united-states']);
  });
});

describe('extractEventMentions: titles are words of the clause, in order', () => {
  it('never breaks a word: "In December, international food prices ..."', () => {
    const [m] = events('In December, international food prices broke an all-time high.', '2011-01-10');
    expect(m.title).toBe('International food prices broke an all-time high');
  });

  it('writes the canonical name for a variant in the title: "Kim Jong-un" → "Kim Jong Un" when the article also spells it so', () => {
    const text =
      'North Korean leader Kim Jong Un received the delegation on Thursday. Kim Jong-un met Andrei Belousov on Friday in Pyongyang, state media reported.';
    const titles = events(text).map((m) => m.title);
    expect(titles.some((t) => t.startsWith('Kim Jong Un met Andrei Belousov'))).toBe(true);
  });

  it('drops a courtesy title when the full name stands in for a surname: "Mr Obama" is "Barack Obama", "Dr" stays', () => {
    const text =
      'President Barack Obama and Dr Richard Besser spoke on Monday. Mr Obama suspended test drilling on 33 rigs on Thursday. Dr Besser confirmed the death on Friday.';
    const titles = events(text, '2010-05-29').map((m) => m.title);
    expect(titles).toContain('Barack Obama suspended test drilling on 33 rigs');
    expect(titles).toContain('Dr Richard Besser confirmed the death');
  });

  it('reads "He" as the one person just named, and leaves it when two were', () => {
    const text =
      'Steve Jobs was born in San Francisco on February 24, 1955, and was adopted soon after birth by a local family. He started a company in 1976 with a friend.';
    const m = events(text, '2011-10-06').find((x) => x.time?.value === '1976');
    expect(m?.title).toBe('Steve Jobs started a company');
    expect(m?.rules).toContain('pronoun:only-person-before');
    // The quote reaches back to the sentence that names him, so the reader sees where the name comes from.
    expect(m?.sentence.text).toMatch(/^Steve Jobs was born .* He started a company in 1976 with a friend\.$/);
    expect(m?.rules).toContain('quote:from-antecedent');
    expect(whyNot('President Barack Obama met Tony Hayward at the White House. He gave BP another 24 hours on Monday.', '2010-06-16')).toContain(
      'gave:pronoun:unresolved',
    );
    // The last subject before "He" is a name the article knows no person for: no guess from a person further back.
    expect(
      whyNot('"It is a disgrace," said Charles Schumer, a senator from New York. Megrahi was convicted in 2001. He was released on Monday.', '2010-06-16'),
    ).toContain('released:pronoun:unresolved');
    // Only a name that opens its sentence: a place the parse took for the sayer ("in Orange Beach, Ala., said") is none
    // (Fox News, 29 April 2010).
    const foster = events(
      'Mike Foster, vice president of marketing at the Alabama Gulf Coast Convention and Visitors Bureau in Orange Beach, Ala., said he spoke Wednesday with two major hotel and condominium partners and found few changes in reservations.',
      '2010-04-29',
    ).find((x) => x.time?.value === '2010-04-28');
    expect(foster?.title).toBe('Mike Foster spoke with two major hotel and condominium partners');
    // A pronoun opening the sentence before is no such name: "This was ..." leaves the one person named for "He".
    const after = events(
      'Steve Jobs has been on medical leave since January. This was his third period of leave. He briefly made an appearance in March.',
      '2011-08-25',
    );
    expect(after.find((x) => x.time?.value === '2011-03')?.rules).toContain('pronoun:only-person-before');
  });

  it('follows a chain of "he" back to the one person who opened it, and no further than a sentence naming another', () => {
    // The Guardian, 20 July 2010: "he" three sentences on, each sentence between naming no one, one holding "He".
    const allen =
      'Thad Allen, the official appointed by Barack Obama to lead the government\'s response to the disaster, said leaks detected over the weekend did not threaten the well. He said the seepage of gas from the seabed probably had nothing to do with the well. Oil and gas are known to ooze naturally from fissures in the bottom of the Gulf of Mexico. Speaking at a news conference last night, he said: "The small seepages we\'re seeing do not indicate at this point a threat to the well bore." Yesterday he gave BP another 24 hours to keep the containment cap on the ruptured well closed.';
    const m = events(allen, '2010-07-20').find((x) => x.time?.value === '2010-07-19');
    expect(m?.title).toBe('Thad Allen gave BP another 24 hours');
    expect(m?.rules).toContain('pronoun:chain-to-one-person');
    // The quote reaches back to the sentence that names him.
    expect(m?.sentence.text).toMatch(/^Thad Allen, the official .* Yesterday he gave BP another 24 hours .*closed\.$/);
    // No "he" between: the sentences that name no one break the chain, and "he" stays unresolved.
    const noChain =
      "Thad Allen, the official appointed by Barack Obama to lead the government's response to the disaster, said leaks detected over the weekend did not threaten the well. The seepage of gas from the seabed probably had nothing to do with the well. Oil and gas are known to ooze naturally from fissures in the bottom of the Gulf of Mexico. The small seepages do not indicate a threat to the well bore. Yesterday he gave BP another 24 hours to keep the containment cap on the ruptured well closed.";
    expect(whyNot(noChain, '2010-07-20')).toContain('gave:pronoun:unresolved');
    // A name written in the pronoun's own sentence, before it, that the article knows no person for (Reuters, 1987: "cank").
    const gros =
      'Brazilian Finance Minister Dilson Funaro said the nation could not rely on its export earnings. He complained that official lending agencies had imposed tight control on credit. Funaro said U.S officials understand his position "but they don\'t like it." Later he left Washington for a tour of Europe. Brazil\'s central cank President Francisco Gros said he sent a telex to creditor banks Friday to clarify confusion.';
    expect(whyNot(gros, '1987-03-02')).toContain('sent:pronoun:unresolved');
    // A chain through a profile's clauses, no saying between, is none (BBC, 23 June 2010: the title was cut, "led the spin").
    const profile =
      'Married, with three children, Mr Svanberg, 57, has had a distinguished career. Born in the Swedish town of Porjus, inside the Arctic Circle, he received a Masters degree in engineering from the Institute of Technology at Linkoping University. After graduating in 1977, he worked for ABB on various foreign assignments, then moving to security company Securitas. He led the spin out of Assa Abloy from Securitas in 1994 and, with the help of numerous acquisitions, boosted turnover seven-fold.';
    expect(whyNot(profile, '2010-06-23')).toContain('led:pronoun:unresolved');
    // Two people as subjects where the chain opens: either may be "he".
    const two =
      'Thad Allen and Tony Hayward met in Houston on Sunday to discuss the leak. He said the seepage of gas from the seabed probably had nothing to do with the well. Oil and gas are known to ooze naturally from fissures in the bottom of the Gulf of Mexico. The small seepages do not indicate a threat to the well bore. Yesterday he gave BP another 24 hours to keep the containment cap on the ruptured well closed.';
    expect(whyNot(two, '2010-07-20')).toContain('gave:pronoun:unresolved');
  });

  it('keeps what the verb was done to: a time after the object ends it, an approximate amount is kept, an infinitive runs on', () => {
    const titles = events(
      'Governor Bobby Jindal signed an emergency order last week closing the beaches. Acme shares on Friday fell more than 6 percent in New York. Mayor George Schloegel promised on Thursday to make Acme pay for the damage.',
      '2010-06-21',
    ).map((m) => m.title);
    expect(titles).toEqual([
      // (What the order does, after the time: events/complements.ts `title:deed-keeps-content`.)
      'Governor Bobby Jindal signed an emergency order closing the beaches',
      // ("Company shares", first in its sentence, is "company shares": which company, the text does not say;
      // events/placed.ts `subject:description-at-sentence-start`.)
      'Acme shares fell more than 6 percent in New York',
      'Mayor George Schloegel promised to make Acme pay for the damage',
    ]);
    const [attempt] = events('Acme began its latest attempt to plug the well on Wednesday.', '2010-06-05');
    expect(attempt.title).toBe('Acme began its latest attempt to plug the well');
    expect(attempt.rules).toContain('title:object-infinitive');
    // ("Allen issued the order Thursday night to begin moving dozens of vessels": an order is for what its infinitive
    // says, past a time too; the judges failed "Thad Allen issued the order" readable.)
    const [order] = events('Admiral Joe Smith issued the order Thursday night to begin moving dozens of vessels from the site.', '2010-07-20');
    expect(order.title).toBe('Admiral Joe Smith issued the order to begin moving dozens of vessels');
    expect(order.rules).toContain('title:object-infinitive');
    // ("Sub-Saharan Africa's first case of the H1N1 virus was reported in South Africa": the owner says where, the "of"
    // phrase what; the passive's subject is what was reported.)
    const [owned] = events("Blue Island's first case of the H1N1 virus was reported in the capital city of Blue Island on Thursday.", '2009-06-19');
    expect(owned.title).toBe("Blue Island's first case of the H1N1 virus was reported");
    expect(owned.rules).toContain('title:owned-head-keeps-of-phrase');
    // ("Company officials" alone is no event: which company? events/placed.ts `subject:description-at-sentence-start`.)
    const [briefing] = events('Acme officials gave reporters a technical briefing on Wednesday.', '2010-06-21');
    expect(briefing.title).toBe('Acme officials gave reporters a technical briefing');
    expect(briefing.rules).toContain('title:second-object');
  });

  it('makes no title of a verb alone that needs what it was done to, nor of a relative clause whose subject or object is before it', () => {
    expect(whyNot('The company resumed Thursday evening.', '2010-06-21')).toContain('resumed:verb-without-what:needs-object');
    expect(whyNot('Workers noticed on Wednesday that water was coming in.', '2010-06-21')).toContain('noticed:verb-without-what:needs-object');
    expect(dated(events('The ferry sank on Wednesday.', '2010-06-21'))).toEqual([{ date: '2010-06-16', title: 'The ferry sank' }]);
    expect(whyNot('The council repaired the bridge that the storm damaged on Monday.', '2010-06-21')).toContain('damaged:object-before-relative-verb');
    expect(whyNot('The patient, whose illness began in early April, had no contact with the others.', '2010-06-21')).toContain('began:whose-relative');
  });

  it('keeps a percent sign with its number, and makes no title of a subject that stands in for a noun named elsewhere', () => {
    expect(dated(events('Shares in Acme rose by 1.5% on Tuesday to 430p.', '2010-11-04'))).toEqual([
      { date: '2010-11-02', title: 'Shares in Acme rose by 1.5%' },
    ]);
    expect(whyNot('It is the first such storm in 40 years - the last in 1968 killed about one thousand people.', '2010-11-04')).toContain(
      'killed:subject-without-noun',
    );
  });

  it('keeps a name whole, the infinitive that says what a subject is, and an amount with its noun past a conversion in brackets', () => {
    const titles = events(
      'The Gulf of Mexico oil spill began on Tuesday. The latest attempt to plug the well failed on Wednesday. On Thursday, Acme reported a record $17bn (£11bn) loss.',
      '2010-06-05',
    ).map((m) => m.title);
    expect(titles).toEqual(['The Gulf of Mexico oil spill began', 'The latest attempt to plug the well failed', 'Acme reported a record $17bn loss']);
  });

  it('reads "of confirmed cases" as an adjective, never as the verb of the sentence', () => {
    const titles = events('US officials said on Thursday the total of confirmed H1N1 cases had risen to 109.', '2009-05-01').map((m) => m.title);
    // (The total's rise is told by the officials' saying: date:of-report-for-past-perfect, title:with-sayer.)
    expect(titles.filter((t) => /confirmed/.test(t))).toEqual(['US officials said the total of confirmed H1N1 cases had risen to 109']);
  });

  it('reads "said on Thursday that ..." as what was said, never as a participle whose subject does the rest', () => {
    const text =
      'The White House said on Thursday that a member of the advance team that went with the president had also come down with flu and passed it to his family.';
    expect(events(text, '2009-05-01').filter((m) => /White House/.test(m.title))).toEqual([]);
  });

  it('takes no fact from what is only likely, and no announcement from a verb under a subordinator', () => {
    expect(whyNot('The government announced today it was "likely" that ten students have contracted the virus.', '2009-04-28')).toContain('contracted:hedged');
    const titles = events('After the three cases of flu confirmed yesterday the ministry stepped up its response.', '2009-04-28').map((m) => m.title);
    expect(titles.filter((t) => /confirmed .*stepped/.test(t))).toEqual([]);
  });

  it('makes no title when the parse joined two clauses or missed the object, and no agent from another verb', () => {
    expect(
      whyNot(
        'The deal to exploit huge oil and gas deposits is the first for the firm after both its profit and reputation were hit by the storm this year.',
        '2010-11-04',
      ),
    ).toContain('hit:another-clause-between-subject-and-verb');
    expect(whyNot('On Thursday evening, the Army Corps of Engineers closed a 24-hour comment period in which agencies could object.', '2010-05-15')).toContain(
      'closed:verb-without-what:object-not-parsed',
    );
    const titles = events('Officials said the timing of the filing was related on Monday to a deadline set by the judge.', '2010-12-16').map((m) => m.title);
    expect(titles.filter((t) => /by the judge/.test(t))).toEqual([]);
  });

  it('takes no view voiced or refused, no light verb with a light object, and no infinitive cut before what it needs', () => {
    const why = whyNot(
      'The senator expressed concerns about the ban on Monday. The engineer rejected the notion that the test had failed on Tuesday. The chief executive took time on Friday.',
      '2010-06-21',
    );
    expect(why).toEqual(expect.arrayContaining(['expressed:view-voiced', 'rejected:view-voiced', 'took:light-verb-with-light-object']));
    expect(events('Acme started tests on Monday to establish whether the well was intact.', '2010-06-21').map((m) => m.title)).toEqual(['Acme started tests']);
  });

  it('drops a coordinator whose left side was left out with its date: "capped on 15 July, and an operation ..."', () => {
    const titles = events('The well was capped on 15 July, and an operation to seal it is due to take place in the coming weeks.', '2010-08-01').map(
      (m) => m.title,
    );
    expect(titles).toEqual(['The well was capped']);
  });

  it('makes no title cut inside a comparison, and keeps a phrasal verb that says all alone', () => {
    expect(whyNot('The new virus first emerged in Mexico more than a month ago.', '2009-06-01')).toContain('emerged:title-cut-inside-phrase');
    expect(events('Shares in Acme fell by more than 2% on Monday.', '2010-05-20').map((m) => m.title)).toEqual(['Shares in Acme fell by more than 2%']);
    expect(events('Tony Hayward stepped down on Thursday.', '2010-05-20').map((m) => m.title)).toEqual(['Tony Hayward stepped down']);
  });

  it('reads "to cut" as an infinitive, never as a verb with the sentence\'s subject', () => {
    const titles = events('The panel found on Tuesday no evidence that the firm chose to cut corners.', '2010-11-10').map((m) => m.title);
    expect(titles.some((t) => /cut corners/.test(t) && !/chose/.test(t))).toBe(false);
  });

  it('names "the company" when the article has just named one company, and shows where in the quote', () => {
    const full = events('Acme Corp said it would drill a second well. The company began work on the well on Monday.', '2010-05-05').find((x) => x.time);
    expect(full?.title).toMatch(/^Acme Corp began work/);
    expect(full?.rules).toEqual(expect.arrayContaining(['subject:company-named-before', 'quote:from-antecedent']));
    expect(full?.sentence.text).toMatch(/^Acme Corp said/);
    // Two companies named before: which one, a reader cannot tell, and the clause makes no event.
    const two = 'Acme Corp and Beta Inc said they would drill. The company began work on the well on Monday.';
    expect(events(two, '2010-05-05').find((x) => x.time)).toBeUndefined();
    expect(whyNot(two, '2010-05-05')).toContain('began:subject-cannot-be-placed');
  });

  it('keeps the phrase that places a noun with no name when the title has room, and not a cut one', () => {
    // ("The cap on the wellhead was capturing 460,000 gallons", "BP put a temporary cap on the well": the judges failed "The cap".)
    const cap = events('Acme put a temporary cap on the leaking pipe on Thursday.', '2010-07-20').find((x) => x.time);
    expect(cap?.title).toBe('Acme put a temporary cap on the leaking pipe');
    // (Where a thing was put is what the verb needs.)
    expect(cap?.rules).toEqual(expect.arrayContaining(['title:object-needs-its-phrase:placement']));
    const flow = events('The flow of oil from the damaged pipe was stopped on Thursday.', '2010-07-20').find((x) => x.time);
    expect(flow?.title).toBe('The flow of oil from the damaged pipe was stopped');
    // A part says which with its own "of" phrase: kept whole.
    expect(title('Acme stopped the flow of oil from the end of the pipe on Thursday.', '2010-07-20')).toBe(
      'Acme stopped the flow of oil from the end of the pipe',
    );
    // No room for all of it in twelve words: none of it.
    expect(title('Acme stopped the flow of oil from the end of the drilling pipe on Thursday.', '2010-07-20')).toBe('Acme stopped the flow of oil');
    // A phrase that goes on in an infinitive or a participle would be cut: left out.
    expect(title('On Thursday, Acme began a shutdown in a bid to stop the flu.', '2010-07-20')).toBe('Acme began a shutdown');
    expect(title('On Thursday, Acme doubled a no-fishing zone in waters affected by the oil.', '2010-07-20')).toBe('Acme doubled a no-fishing zone');
    expect(title('Acme managed to place a cap over the leaking oil pipe on Thursday.', '2010-07-20')).toBe(
      'Acme managed to place a cap over the leaking oil pipe',
    );
    expect(title('On 28 April, thousands of litres of oil were removed.', '2010-07-20')).toBe('Thousands of litres of oil were removed');
    // A named object places itself; a time is no place.
    expect(title('Acme removed the cap on 10 July.', '2010-07-20')).toBe('Acme removed the cap');
    // (Nor a name cut where it goes on past a preposition; a post "a" introduces says nothing without the body it is
    // in, events/endings.ts `title-cut:post-without-its-body`.)
    expect(title('On Friday, Barack Obama named a new director for the U.S. Centers for Disease Control.', '2010-07-20')).toBeUndefined();
  });

  it('names "the well" as the article named it just before, with the quote starting there', () => {
    const text = 'Acme said it would seal its Macondo well with cement. The well was capped on July 15.';
    const m = events(text, '2010-07-20').find((x) => x.time);
    expect(m?.title).toBe('Macondo well was capped');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-earlier', 'quote:from-antecedent']));
    expect(m?.sentence.text).toBe(text);
    // Nothing named it: "the well" stays (the story's own well).
    expect(events('Crews worked all night. The well was capped on July 15.', '2010-07-20').find((x) => x.time)?.title).toBe('The well was capped');
  });

  it('names "the well" after the verb as the article named it just before, by its actor, with the quote starting there', () => {
    // ("BP's Macondo well ... The company pumped cement into the well from the top on August 5": the judges failed "the well".)
    const text = 'Acme Corp said its Macondo well was stable. Acme Corp pumped cement into the well on August 5.';
    const m = events(text, '2010-08-20').find((x) => x.time);
    expect(m?.title).toBe('Acme Corp pumped cement into the Macondo well');
    expect(m?.rules).toEqual(expect.arrayContaining(['object:named-earlier', 'quote:from-antecedent']));
    expect(m?.sentence.text).toBe(text);
    const owner = events("Engineers inspected Acme Corp's ruptured well. Divers capped the well on August 5.", '2010-08-20').find((x) => x.time);
    expect(owner?.title).toBe("Divers capped Acme Corp's well");
    // Nothing named it: "the well" stays.
    expect(title('Crews worked all night. Divers capped the well on August 5.', '2010-08-20')).toBe('Divers capped the well');
    // A name other than a person's is written as written: "the US committee", not "the United States committee".
    const us = title(
      "Acme Oil is being accused by a US congressional committee of cutting corners. John Smith, Acme Oil's chief executive, was served notice on Monday by the committee on trade.",
      '2010-06-16',
    );
    // (The agent's own placing phrase stays, `title:placing-phrase`.)
    expect(us).toBe('John Smith was served notice by the US committee on trade');
  });

  it('names "the spill" as the article named it far before, the phrase shown apart and the quote one sentence', () => {
    // ("Gulf of Mexico oil spill ... [twenty sentences] ... The spill began on April 20", the most reported
    // "The spill began" fails readable.)
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const text = `Acme shares fell on fears over the giant Blue Bay oil spill. ${filler}The spill began on April 20 after a pipe burst.`;
    const m = events(text, '2010-06-09').find((x) => x.time);
    expect(m?.title).toBe('The Blue Bay oil spill began');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'quote:name-shown-apart']));
    expect(m?.sentence.text).toBe('The spill began on April 20 after a pipe burst.');
    expect(m?.named?.text).toBe('the giant Blue Bay oil spill');
    expect(text.slice(m!.named!.start, m!.named!.end)).toBe(m?.named?.text);
    // Merged with the reports that do not name it, by its own wording.
    expect(m?.wording).toBe('The spill began');
    // A thing after the verb, the same way.
    const object = events(`Acme shares fell on fears over the giant Blue Bay oil spill. ${filler}Divers plugged the spill on June 2.`, '2010-06-09');
    expect(object.find((x) => x.time)?.title).toBe('Divers plugged the Blue Bay oil spill');
    expect(object.find((x) => x.time)?.rules).toEqual(expect.arrayContaining(['object:named-in-article', 'quote:name-shown-apart']));
  });

  it('names "the leak" by the one spill the article names at its top (named-in-article:by-named-spill)', () => {
    // ("... until the leak was finally capped on July 15", the article naming "The oil spill in the Gulf of Mexico" at its
    // top and no leak: the judges failed "The leak was capped" readable.)
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const m = events(
      `The Blue Bay oil spill has cost Acme $6 billion. ${filler}Oil flowed for 87 days until the leak was capped on July 15.`,
      '2010-08-09',
    ).find((x) => x.time);
    expect(m?.title).toBe('The Blue Bay leak was capped');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:by-named-spill', 'quote:name-shown-apart']));
    expect(m?.named?.text).toBe('The Blue Bay oil spill');
    // Named by the phrase that places it: "The leak in the Gulf of Mexico".
    const placed = events(
      `The oil spill in the Gulf of Mexico has cost Acme $6 billion. ${filler}Oil flowed for 87 days until the leak was capped on July 15.`,
      '2010-08-09',
    ).find((x) => x.time);
    expect(placed?.title).toBe('The leak in the Gulf of Mexico was capped');
    expect(placed?.named?.text).toBe('The oil spill in the Gulf of Mexico');
    // (The BBC, 29 November 2010: a first line of headline, standfirst and lead, cut in three, is the article's top.)
    const sealed = events(
      `BP sells Pan American Energy stake for $7bn BP is raising cash to pay the costs of the Deepwater Horizon explosion BP has said it will sell its interests in an Argentina-based company as part of its moves to pay for the Gulf of Mexico oil spill.\n${filler}The well was permanently sealed on 19 September.`,
      '2010-11-29',
    ).find((x) => x.time && x.title.endsWith('sealed'));
    expect(sealed?.title).toBe('The Gulf of Mexico well was permanently sealed');
    // After the verb, the same way.
    expect(title(`The Blue Bay oil spill has cost Acme $6 billion. ${filler}Divers capped the leak on July 15.`, '2010-08-09')).toBe(
      'Divers capped the Blue Bay oil leak',
    );
    // "the well", the same way; a word of its state goes before the name; a name the title writes is not written again.
    expect(title(`The Blue Bay oil spill has cost Acme $6 billion. ${filler}The runaway well was capped on July 15.`, '2010-08-09')).toBe(
      'The runaway Blue Bay well was capped',
    );
    expect(title(`The Acme oil spill has cost Acme $6 billion. ${filler}Acme capped the well on July 15.`, '2010-08-09')).toBe('Acme capped the well');
    // "the disaster" is the spill told otherwise; "one of the worst disasters" ranks it, names no other; "the financial
    // crisis" may be another crisis than "the crisis".
    expect(
      title(
        `The Blue Bay oil spill has cost Acme $6 billion. It is one of the worst environmental disasters. ${filler}The disaster began on April 20.`,
        '2010-08-09',
      ),
    ).toBe('The Blue Bay disaster began');
    expect(title(`The Blue Bay oil spill has cost Acme $6 billion. The financial crisis hurt Acme. ${filler}The crisis began on April 20.`, '2010-08-09')).toBe(
      'The crisis began',
    );
    // ("the discovery of a leak" at a pipeline, "one of the three leaks": the article tells of another one, or of one of
    // several; a spill of 1989 is the past one compared; named in the body only, not the story's own: nothing is named.)
    for (const text of [
      `The Blue Bay oil spill has cost Acme $6 billion. A pipeline was closed after the discovery of a leak. ${filler}Divers capped the leak on July 15.`,
      `The Blue Bay oil spill has cost Acme $6 billion. Acme capped one of the three leaks. ${filler}Divers capped the leak on July 15.`,
      `Fishermen recalled the 1989 Red Cove oil spill. ${filler}Divers capped the leak on July 15.`,
      `Crews worked all day. ${filler}The Blue Bay oil spill has cost Acme $6 billion. Divers capped the leak on July 15.`,
    ])
      expect(title(text, '2010-08-09')).toBe('Divers capped the leak');
  });

  it('names "the ruptured well" as the article named it far before: a word of its state picks out no other (named-in-article:state-word)', () => {
    // ("The ruptured well unleashed a torrent of crude", "The well", "The spill" fail readable.)
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const m = events(`Acme shares fell on fears over the Blue Bay oil well. ${filler}The ruptured well was sealed on July 15.`, '2010-07-20').find(
      (x) => x.time,
    );
    expect(m?.title).toBe('The Blue Bay oil well was sealed');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:state-word']));
    // ("the 53-day-old well", "the blown-out well": words of its state, between or in the subject, written with hyphens.)
    const aged = events(
      `Acme shares fell on fears over the Blue Bay oil well. ${filler}The 53-day-old well was leaking. ${filler}The blown-out well was sealed on July 15.`,
      '2010-07-20',
    ).find((x) => x.time);
    expect(aged?.title).toBe('The Blue Bay oil well was sealed');
    // After the verb, the word of its state stays before the name ("BP permanently kills the leaking well").
    expect(title(`Acme shares fell on fears over the Blue Bay oil well. ${filler}Divers sealed the leaking well on July 15.`, '2010-07-20')).toBe(
      'Divers sealed the leaking Blue Bay oil well',
    );
    // ("after the 1989 Exxon Valdez oil spill": a year dates a past one the article compares; nothing is named.)
    expect(title(`Fishermen recalled the 1989 Red Cove oil spill. ${filler}Divers sealed the spill on July 15.`, '2010-07-20')).toBe('Divers sealed the spill');
    // ("the relief well": another well; nothing is named.)
    const relief = events(`Acme shares fell on fears over the Blue Bay oil well. ${filler}The relief well was sealed on July 15.`, '2010-07-20').find(
      (x) => x.time,
    );
    expect(relief?.title).toBe('The relief well was sealed');
  });

  it('names "the spill" when a phrase that places one name holds the other, or a name is a month (named-in-article:names-of-one-thing)', () => {
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const m = events(
      `Acme shares fell on fears over the Acme oil spill in the Blue Bay. ${filler}The Blue Bay spill is large. ${filler}The spill began on April 20.`,
      '2010-06-09',
    ).find((x) => x.time);
    expect(m?.title).toBe('The Blue Bay spill began');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:names-of-one-thing']));
    const month = events(
      `Acme shares fell after the April disaster. ${filler}The Acme disaster was costly. ${filler}The disaster began on April 20.`,
      '2010-06-09',
    ).find((x) => x.time);
    expect(month?.title).toBe('The Acme disaster began');
    // Two names that are not ("the Red Cape spill", another one): nothing is named.
    const two = events(
      `Acme shares fell on fears over the Blue Bay oil spill. ${filler}The Red Cape spill was larger. ${filler}The spill began on April 20.`,
      '2010-06-09',
    ).find((x) => x.time);
    expect(two?.title).toBe('The spill began');
    // ("3,500 Gulf of Mexico oil wells": many wells are not the one.)
    const many = events(`Officials will plug 3,500 Blue Bay oil wells. ${filler}A cap was placed on the well on July 15.`, '2010-07-20').find((x) => x.time);
    expect(many?.title).toBe('A cap was placed on the well');
    // ("saying: \"Less oil on the surface ...\"": a quotation's first capital names nothing.)
    const quoted = events(
      `Jane Doe agreed, saying: "Less oil on the surface means little." ${filler}The leaking oil was stopped on July 15.`,
      '2010-07-20',
    ).find((x) => x.time);
    expect(quoted?.title).toBe('The leaking oil was stopped');
  });

  it('names "the deadly virus" across plurals, and "the rig" named only later (named-in-article:own-words, plural-between, later)', () => {
    // ("The new H1N1 swine flu virus ... other viruses ... The new virus, which was first reported in two U.S. children":
    // the judges fail "The new virus" readable.)
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const own = events(
      `Acme shares fell on fears over the deadly Blue Bay virus. ${filler}The deadly virus was first reported in two children in March.`,
      '2010-06-16',
    );
    expect(own.find((x) => x.time)?.title).toBe('The deadly Blue Bay virus was first reported in two children');
    expect(own.find((x) => x.time)?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:own-words']));
    const plural = events(
      `Acme shares fell on fears over the new Blue Bay virus. ${filler}Experts studied other viruses. The new virus was first reported in two children in March.`,
      '2010-06-16',
    ).find((x) => x.time);
    expect(plural?.title).toBe('The new Blue Bay virus was first reported in two children');
    expect(plural?.rules).toContain('named-in-article:plural-between');
    // ("The rig exploded in April ... Deepwater Horizon rig explodes ... BP leased the Deepwater Horizon rig": named twice later.)
    const later = events(`The rig exploded in April, killing 11 people. ${filler}The Blue Bay rig was old. Acme leased the Blue Bay rig.`, '2010-06-16');
    expect(later.find((x) => x.time)?.title).toBe('The Blue Bay rig exploded');
    expect(later.find((x) => x.time)?.rules).toEqual(expect.arrayContaining(['subject:named-in-article', 'named-in-article:later']));
    // ("a local official who surveyed the area Friday" is not "the New Orleans metropolitan area" named once further on.)
    const once = events(`The rig exploded in April, killing 11 people. ${filler}Acme leased the Blue Bay rig.`, '2010-06-16');
    expect(once.find((x) => x.time)?.title).toBe('The rig exploded');
    // ("he joined the board of BP ... the BP board": the phrase the title keeps says which; no "the BP board of BP".)
    const board = events(`Jane Doe joined the board of Acme 18 months ago. ${filler}Acme named the Acme board. The Acme board met.`, '2010-06-16');
    expect(board.find((x) => x.time)?.title).toBe('Jane Doe joined the board of Acme');
  });

  it('keeps the placing phrase before "that" and a pronoun, and a timeline line\'s capitalised noun with its infinitive', () => {
    // ("was served notice on Monday by the committee on energy and commerce that it intends to subject him to ...": the
    // judges fail "the US committee" readable.)
    const m = events('John Smith was served notice on Monday by the committee on energy and commerce that it intends to grill him.', '2010-06-16');
    expect(m.find((x) => x.time)?.title).toBe('John Smith was served notice by the committee on energy and commerce');
    expect(m.find((x) => x.time)?.rules).toContain('title:placing-phrase');
    // ("April 25 - Efforts to activate the well's blowout preventer fail": the judges fail "Efforts fail".)
    const line = events("April 25 - Efforts to activate the well's blowout preventer fail.", '2010-06-16').find((x) => x.time);
    expect(line?.title).toBe("Efforts to activate the well's blowout preventer fail");
    expect(line?.rules).toContain('title:line-first-noun');
  });

  it('keeps the phrase that places what an intransitive verb\'s phrase names: "choked off the flow of oil into the Gulf of Mexico"', () => {
    const m = events('Acme finally choked off the flow of oil into the Gulf of Mexico on Thursday.', '2010-07-16').find((x) => x.time);
    expect(m?.title).toBe('Acme choked off the flow of oil into the Gulf of Mexico');
    expect(m?.rules).toEqual(expect.arrayContaining(['title:with-completing-phrase', 'title:placing-phrase']));
  });

  it('keeps the phrase that places a passive\'s agent: "was stoked by a report in Fortune magazine"', () => {
    const m = events('The bankruptcy talk was stoked by a report in Acme Weekly magazine on Wednesday.', '2010-06-10').find((x) => x.time);
    expect(m?.title).toBe('The bankruptcy talk was stoked by a report in Acme Weekly magazine');
    expect(m?.rules).toContain('title:placing-phrase');
  });

  it('keeps the phrase that places a counted noun: "reported 12 new cases in England" (title:placing-phrase:after-figure)', () => {
    // ("The Department of Health reported 12 new cases" fails readable, cases of what, where.)
    const m = events('Yesterday, the Department of Health reported 12 new cases in England, bringing the UK total to 215.', '2009-05-29').find((x) => x.time);
    expect(m?.title).toBe('The Department of Health reported 12 new cases in England');
    expect(m?.rules).toEqual(expect.arrayContaining(['title:placing-phrase', 'title:placing-phrase:after-figure']));
    // (A perfect its sayer will head keeps room for the sayer's "The".)
    const said = events('The Coast Guard said Saturday it had shut down two offshore platforms near the spill.', '2010-05-02').find((x) => x.time);
    expect(said?.title).toBe('The Coast Guard said it had shut down two offshore platforms');
  });

  it('counts no date the title leaves out: "Last week BP began broadcasting video images of its leaking underwater oil well" (title:date-not-counted)', () => {
    const m = events(
      'Last week BP began broadcasting video images of its leaking underwater oil well, following pressure from U.S. Congressional leaders concerned about the lack of progress in halting what is now the largest oil spill in U.S. history.',
      '2010-05-24',
    ).find((x) => x.time);
    expect(m?.title).toBe('BP began broadcasting video images of its leaking underwater oil well');
    expect(m?.rules).toContain('title:date-not-counted');
  });

  it("writes a person's canonical name for a bare surname when the article writes it with a middle initial", () => {
    // ("Thad W. Allen ... Allen announced that the national incident command was being dismantled".)
    const m = events('Adm. John Q. Smith spoke to reporters. On Friday, Smith announced that the command was being dismantled.', '2010-10-02').find(
      (x) => x.time,
    );
    expect(m?.title).toMatch(/^John (?:Q\. )?Smith announced/);
  });

  it('names "the [words] noun" just before only when the earlier phrase has its words and its number', () => {
    // ("the 1957 Asian flu pandemic ... The 1968 influenza pandemic was first detected": another pandemic.)
    const other = events(
      'The virus that caused the 1957 Red Cape flu pandemic was found fast. The 1968 influenza pandemic was first detected in Hong Kong.',
      '2009-05-01',
    );
    expect(other.find((m) => m.time?.text === '1968')?.title).toBe('The 1968 influenza pandemic was first detected in Hong Kong');
    // ("Provincial governments are reviewing ... The government of Nova Scotia extended": one is not many.)
    const many = events('Provincial governments are reviewing the rules. The government on Thursday extended a ban on drilling.', '2010-05-15');
    expect(many.map((m) => m.title).join(' | ')).not.toContain('Provincial governments extended');
    const named = events('Acme said it would seal its Macondo well with cement. The well was capped on July 15.', '2010-07-20').find((x) => x.time);
    expect(named?.rules).toContain('subject:named-earlier');
  });

  it('names nothing far before when the article named two things of that noun, or another may be meant', () => {
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const spill = (middle: string) =>
      title(`Acme shares fell on fears over the Blue Bay oil spill. ${middle}${filler}The spill began on April 20.`, '2010-06-09');
    // ("the Exxon Valdez spill" and "the BP oil spill": which one, the article does not say.)
    expect(spill('It is larger than the 1989 Red Cape spill. ')).toBe('The spill began');
    // (Names written together in one phrase are one thing: "Acme's Blue Bay oil spill".)
    expect(spill("Acme's Blue Bay spill worsened. The Acme spill grew. ")).toBe('The Acme spill began');
    // ("a relief well" between: "the well" may be that one.)
    const well = events(`Acme capped its Tiber well last year. ${filler}Acme also began a relief well. The well was capped on July 15.`, '2010-07-20');
    expect(well.find((x) => x.time?.text.includes('July'))?.title).toBe('The well was capped');
    // ("the relief well": a word the naming phrase does not have, another well.)
    const relief = events(`Acme capped its Tiber well last year. ${filler}The relief well was finished on July 15.`, '2010-07-20');
    expect(relief.find((x) => x.time?.text.includes('July'))?.title).toBe('The relief well was finished');
    // (A superlative between is the story's own: "the worst oil spill in U.S. history".)
    expect(spill('It is the worst oil spill in the nation. ')).toBe('The Blue Bay oil spill began');
    // (A restrictive relative says which one by itself.)
    const blew = events(`Acme drilled a Tiber well in 2001. ${filler}The well that blew up on April 20 was new.`, '2010-07-20');
    expect(blew.find((x) => x.time?.text.includes('April'))?.title).toBe('The well blew up');
  });

  it('names "the rig" by the name written after the same noun just before, and nothing when two names compete', () => {
    const text = 'Crews fought the blaze on the offshore oil rig Deepwater Horizon. The rig sank on Thursday.';
    const m = events(text, '2010-04-25').find((x) => x.time);
    expect(m?.title).toBe('The offshore oil rig Deepwater Horizon sank');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-earlier-by-name', 'quote:from-antecedent']));
    const two = "Acme's Macondo well leaked. Beta's Tiber well did not. The well was capped on July 15.";
    expect(events(two, '2010-07-20').find((x) => x.time)?.title).toBe('The well was capped');
  });

  it('sets aside "the man arrived": a definite subject of one of many that no name places', () => {
    expect(whyNot('The man arrived in Beijing on Saturday aboard a flight.', '2009-05-20')).toContain('arrived:subject-cannot-be-placed:definite');
    // A nationality says only where he is from (events/readable-subjects.ts); the story's own things stay ("the blowout").
    expect(whyNot('The Mexican man was discharged on Saturday.', '2009-05-20')).toContain('discharged:subject-cannot-be-placed:described-person');
    expect(events("The blowout set fire to Acme's Deepwater Horizon drilling rig on April 20.", '2010-05-20').find((x) => x.time)?.title).toBe(
      "The blowout set fire to Acme's Deepwater Horizon drilling rig",
    );
  });

  it('names "the president" as the one president the quote names, and not otherwise', () => {
    const text = 'President Barack Obama flew to Louisiana on Monday. Last week, the president stopped all oil drilling in the Gulf.';
    const m = events(text, '2010-06-16').find((x) => x.time?.text === 'Last week');
    expect(m?.title).toMatch(/^(?:President )?Barack Obama stopped all oil drilling in the Gulf$/);
    expect(m?.sentence.text).toBe(text);
    expect(whyNot('Crews worked. Last week, the president stopped all oil drilling in the Gulf.', '2010-06-16')).toContain(
      'stopped:subject-cannot-be-placed:role',
    );
  });

  it('keeps the phrase an object needs, or gives no title', () => {
    expect(title('An industry veteran, Robert Dudley joined the board of Acme 18 months ago.', '2010-06-20')).toBe('Robert Dudley joined the board of Acme');
    expect(title('Barack Obama made his second visit to the Gulf disaster zone on Friday.', '2010-06-01')).toBe(
      'Barack Obama made his second visit to the Gulf disaster zone',
    );
    expect(title('Three years ago, aircraft maker Boeing flew into a storm of protest over a tax deduction.', '2010-06-01')).toBe(
      'Aircraft maker Boeing flew into a storm of protest',
    );
    expect(whyNot("Acme agreed to pay Feinberg's firm, Feinberg Rozen LLP, $850,000 a month on Friday.", '2010-06-20')).toContain(
      'agreed:title-object-past-infinitive',
    );
    expect(whyNot('Acme capped the nearly mile (kilometer) - deep well Thursday.', '2010-07-20')).toContain('capped:title-object-cut-from-its-article');
    expect(whyNot('On November 8, a report by the panel prompted many analysts to assume it was going to be tough.', '2010-12-01')).toContain(
      'prompted:title-object-infinitive-cut',
    );
    expect(whyNot('The WHO warned on Monday that the 1918 flu pandemic, which killed millions, started that way.', '2009-05-01')).toContain(
      'started:title-demonstrative-object',
    );
    expect(whyNot('Last month, Acme increased by $8 billion the provisions it was taking for the spill.', '2010-12-01')).toContain(
      'increased:title-object-after-phrase',
    );
  });

  it('reads an -ed word after the phrase of a preposition in a timeline line as that noun\'s ("rig ... licensed to BP")', () => {
    expect(whyNot("April 20, 2010 - Explosion and fire on Transocean Ltd's drilling rig Deepwater Horizon licensed to Acme.", '2010-09-08')).toContain(
      'licensed:participle-in-timeline-line',
    );
  });

  it('takes nothing a question asks, and no figure cut from its unit or range', () => {
    expect(whyNot("Is it true that Acme's Texas City refinery blew up in 2005, killing 15 people?", '2010-06-01')).toContain('blew:question');
    expect(whyNot('A similar burn off the coast of Newfoundland in 1993 eliminated 50 to 99 percent of captured oil.', '2010-06-01')).toContain(
      'eliminated:title-amount-cut',
    );
    expect(title("Mexico's flu death toll rose by three to 75 on Thursday.", '2009-05-22')).toBe("Mexico's flu death toll rose by three");
    // (A price keeps the unit "per" names, `title:amount-keeps-its-unit`.)
    expect(title('Oil prices fell toward $78 per barrel on Monday.', '2010-06-29')).toBe('Oil prices fell toward $78 per barrel');
  });

  it("gives no title with the writer's own 'our', and reads 'so far' as no part of a subject", () => {
    expect(whyNot('Our internal investigation was launched on April 21, 2010 by the head of safety.', '2010-05-05')).toContain('launched:title-first-person');
    expect(events('So far 100 people have been given jobs in Louisiana, Acme Corp said on Wednesday.', '2010-05-05').find((x) => x.time)?.title).toBe(
      '100 people have been given jobs in Louisiana, Acme Corp said',
    );
  });

  it('drops "early" with the date it belongs to, and keeps the particle "behind"', () => {
    expect(title('Kim Lee arrived from New York early on Tuesday on a Singapore Airlines flight.', '2009-05-27')).toBe('Kim Lee arrived from New York');
    // ("in Congress" places the agent, `title:placing-phrase`.)
    expect(title('Climate change proposals were left behind by battles in Congress earlier this year.', '2010-07-01')).toBe(
      'Climate change proposals were left behind by battles in Congress',
    );
  });

  it('sets aside a title a reader cannot place, and keeps the phrase that places it', () => {
    // ("The pressure in the well dropped on Tuesday": the phrase after "pressure" says which.)
    expect(events('The pressure in the well dropped quickly on Tuesday, engineers said.', '2010-08-05').find((x) => x.time)?.title).toBe(
      'The pressure in the well dropped',
    );
    expect(whyNot('The project began last month on the beaches near the state line.', '2010-11-05')).toContain('began:subject-cannot-be-placed');
    expect(whyNot('On Monday, crews sprayed the material far offshore using airplanes.', '2010-06-30')).toContain('sprayed:object-cannot-be-placed');
    // A figure is placed: "Five new cases were diagnosed"; a story's own thing too: "The well was capped".
    expect(events('Five new cases were diagnosed in Scotland on Friday.', '2009-05-10').find((x) => x.time)?.title).toBe(
      'Five new cases were diagnosed in Scotland',
    );
  });

  it('names "the case" as the case of swine flu the sentence before named', () => {
    const text = 'Health officials confirmed the first case of swine flu in Scotland on Monday. The case was confirmed in a Glasgow school on Sunday.';
    const m = events(text, '2009-05-10').find((x) => x.time?.text === 'on Sunday');
    expect(m?.title).toBe('The first case of swine flu was confirmed in a Glasgow school');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:named-earlier', 'quote:from-antecedent']));
  });

  it('names a subject that cannot say which by itself with the name in apposition', () => {
    const m = events(
      "The other main rating agency, Standard & Poor's, which on May 7 revised its outlook for Acme to negative, is reviewing others.",
      '2010-06-05',
    ).find((x) => x.time);
    expect(m?.title).toBe("Standard & Poor's revised its outlook for Acme");
    expect(m?.rules).toContain('subject:named-by-apposition');
  });

  it('names a role with the person in apposition by that person ("the US attorney general, Eric Holder, surveyed")', () => {
    const m = events('On Monday the US attorney general, Eric Holder, surveyed the damage in Louisiana.', '2010-06-02').find((x) => x.time);
    expect(m?.title).toBe('Eric Holder surveyed the damage in Louisiana');
    expect(m?.rules).toContain('subject:named-by-apposition');
  });

  it('reads a subject over its apposition, an age or an aside between two commas, not over one comma', () => {
    expect(title('Mexico, the worst-hit country, has reported 176 deaths today.', '2009-05-01')).toBe('Mexico has reported 176 deaths');
    expect(title("China's Ministry of Agriculture, for example, on Wednesday denied overseas reports.", '2009-05-01')).toBe(
      "China's Ministry of Agriculture denied overseas reports",
    );
    // (One comma opens a participle: "sent" is no verb of "The letter".)
    expect(whyNot('The letter, sent in advance of the hearings this week, paints a damning picture.', '2010-06-17')).toContain('sent:subject-across-comma');
    // (A phrase before the subject: the comma closes a place, and "Birmingham" did nothing.)
    expect(whyNot('Pupils at Welford primary in Handsworth, Birmingham, began feeling ill last week.', '2009-05-25')).toContain('began:subject-across-comma');
  });

  it('reads "WHO" in capitals as the organisation, not a question word', () => {
    expect(title('WHO chief Margaret Chan declared a pandemic on Thursday.', '2009-06-12')).toBe('WHO chief Margaret Chan declared a pandemic');
    expect(whyNot('Who declared a pandemic on Thursday?', '2009-06-12').join()).toMatch(/declared:/);
  });

  it('takes no date and no participant from the apposition of its subject', () => {
    // ("stepped into the post" says not which post, and makes no event: events/offices-and-fields.test.ts.)
    const m = events(
      'Anne Womack-Kolton, the 2004 campaign press secretary for Vice President Dick Cheney, stepped into the post of BP spokeswoman on Tuesday.',
      '2010-06-03',
    ).find((x) => x.time);
    expect(m?.time?.value).toBe('2010-06-01');
    expect(m?.rules).toEqual(expect.arrayContaining(['date-scope:not-the-apposition', 'participants:not-in-apposition']));
  });

  it('names the company of "company executives" and of "the company\'s shares" as it names "the company"', () => {
    const m = events('Acme Corp said it would pay into a fund after company executives met the president at the White House on Wednesday.', '2010-06-20').find(
      (x) => x.time,
    );
    expect(m?.title).toMatch(/^Acme Corp executives met the president/);
    expect(m?.rules).toContain('subject:company-named-before');
    const s = events("Acme Corp admitted the leak was larger. The company's shares plunged 7% on Thursday.", '2010-05-01').find((x) => x.time);
    expect(s?.title).toMatch(/^Acme Corp's shares plunged 7%/);
  });

  it('makes no title of a garbled splice', () => {
    // A weekday that owns the subject stays before it, or the subject is a bare noun ("Meeting gave a taste of the fury"):
    // candidates.ts `title:subject-owned-by-a-weekday` (events/ranks-places-conditions.test.ts). With nothing else that
    // says which, "Tuesday's meeting" is placed by no reader (the judges: "'Tuesday's meeting' unidentified out of
    // context"): events/unplaced.ts `subject-cannot-be-placed:day-owned-thing`.
    expect(whyNot("Tuesday's meeting also gave a taste of the fury in Washington.", '2010-06-10')).toContain('gave:subject-cannot-be-placed:day-owned-thing');
    // (An adjective before the noun is left bare as well: "Full Council session started".)
    expect(whyNot("Today's full Council session started shortly before 1500 GMT.", '1987-06-10')).toContain('started:subject-owned-by-a-date');
    // "resulted from last week's explosion": the date names the explosion, not the leak's resulting.
    expect(whyNot("The leak resulted from last week's explosion of the rig.", '2010-05-05')).toContain('resulted:date:names-a-noun');
    // A phrase after an adverb says where the phrase before it is: the first is the subject; "The two parishes" that is
    // left counts what the title does not name (events/unplaced.ts `subject-cannot-be-placed:counted-back`).
    const parishes = 'The two parishes directly west of the delta declared states of emergency on Sunday.';
    expect(whyNot(parishes, '2010-05-10')).toContain('declared:subject-cannot-be-placed:counted-back');
    expect(events(parishes, '2010-05-10').filter((x) => x.time && x.title.includes('delta declared'))).toEqual([]);
  });

  it('leaves out a clause whose subject is "its ..." (whose is unknown out of context)', () => {
    const text =
      'BP Plc permanently "killed" its deep-sea well in the Gulf of Mexico that ruptured and caused the worst offshore oil spill in U.S. history on Sunday.';
    expect(whyNot(text, '2010-09-20')).toContain('caused:possessive-pronoun-subject');
  });
});

describe('extractEventMentions: undated reports', () => {
  it('keeps "In a recent meeting between Kim Jong-un and Belousov" as an undated mention with a recent cue', () => {
    const text =
      'In a recent meeting between North Korean leader Kim Jong-un and Russian Defense Minister Andrei Belousov, the two sides agreed to deepen military ties.';
    const [m] = events(text, '');
    expect(m.time).toBeNull();
    expect(m.recentCue).toBe(true);
    expect(m.actors).toEqual(expect.arrayContaining(['kim-jong-un', 'andrei-belousov']));
  });
});

describe('extractEventMentions: scale', () => {
  // Its speed is measured by `npm run bench`, not asserted here: a shared machine under load went past any fixed limit.
  it('reads every sentence of a 100 kB article of many sentences', () => {
    const para = 'Apple Computer announced on Monday that it sold 2 million iPod players. Steve Jobs met the press on Tuesday in San Francisco. ';
    const text = para.repeat(Math.ceil(100_000 / para.length));
    expect(events(text, '2005-06-08').length).toBeGreaterThan(500);
    // (No time limit of its own either: the whole suite on 2 cores shared by seven runs took 139 s here, past 120 s,
    // though the code alone reads it in about 65 s, as fast as before this round's merges.)
  }, 900_000);
});

describe('extractEventMentions: actors are the participants the clause names', () => {
  it('takes no person from owning another\'s office or kin: "Mayor Ann Holt\'s chief of staff Tom Reed made ..." (actors:possessor-of-role)', () => {
    const m = events("Mayor Ann Holt's chief of staff Tom Reed resigned on Saturday.")[0];
    expect(m.actors).toEqual(['tom-reed']);
    expect(m.rules).toContain('actors:possessor-of-role');
    // ("Mr Obama's top spill response official - Coast Guard commander Admiral Thad Allen - approved ...")
    const d = events("Ann Holt said so. On Thursday, Ms Holt's top flood response official - Admiral Tom Reed - closed the harbour.").find((x) =>
      x.title.includes('Tom Reed'),
    );
    expect(d?.actors).toEqual(['tom-reed']);
    // (a company that owns the office is the holder's employer, and takes part)
    const n = events("GLX said so. On Monday, GLX's chief executive Tom Reed sold his shares.")[0];
    expect(n.actors).toEqual(['glx', 'tom-reed']);
  });

  it('takes no country from owning a superlative: "declared the US\'s largest oil spill near an end" (actors:scope-of-superlative)', () => {
    const m = events("Governor Ann Holt on Monday declared Canada's largest forest fire near an end.")[0];
    expect(m.actors).toEqual(['ann-holt']);
    expect(m.rules).toContain('actors:scope-of-superlative');
  });

  it('lists a country that is the antecedent of a relative clause after "In" (actors:antecedent-of-relative)', () => {
    const m = events('In Portugal, which reported its first cases of the virus last week, priests banned handshakes.').find((x) =>
      x.title.includes('reported'),
    );
    expect(m?.actors).toEqual(['portugal']);
    expect(m?.rules).toContain('actors:antecedent-of-relative');
  });

  it('lists the speaker of a passive announcement with no agent: "... has been confirmed as the cause, Minister X said" (actors:speaker-of-announcement)', () => {
    const m = events('Cholera has been confirmed as the cause of 12 deaths in the region, Health Minister Ana Costa said on Monday.')[0];
    expect(m.actors).toEqual(['ana-costa']);
    expect(m.rules).toContain('actors:speaker-of-announcement');
    // (doctors diagnose: no speaker for "have been diagnosed"; the title names the one who told it, whose names take part)
    const n = events('Two new cases have been diagnosed in the region, Health Minister Ana Costa said on Monday.')[0];
    expect(n.title).toBe('Two new cases have been diagnosed in the region, Ana Costa said');
    expect(n.rules).not.toContain('actors:speaker-of-announcement');
  });

  it('lists no source for a warning: "A flu that has killed 40 people could spread, the World Health Organization warned" (actors:source-of-report)', () => {
    const m = events('A new flu that has killed up to 40 people in the region could start an epidemic, the World Health Organization warned on Saturday.').find(
      (x) => x.title.includes('killed'),
    );
    // (dated by the warning's day, the toll is told with its sayer or not at all: the title would stop before "in the
    // region", away from the sentence's comma, `title-not-next-to-sayer`)
    expect(m).toBeUndefined();
  });

  it('takes no agent from a past participle on a phrase noun after the verb: "visit to the coast devastated by the GLX oil spill" (participants:participle-of-phrase-noun)', () => {
    const m = events('GLX said so. Ann Holt today paid her first visit to the coast devastated by the GLX oil spill.')[0];
    expect(m.actors).toEqual(['ann-holt']);
    expect(m.rules).toContain('participants:participle-of-phrase-noun');
    // (the subject's own participle names its owner: "a rig leased by GLX exploded")
    expect(events('GLX said so. A drilling rig leased by GLX exploded on Monday.')[0].actors).toEqual(['glx']);
  });

  it('takes no name from an "of" phrase on a phrase of where or what about: "in the wake of the GLX disaster" (participants:of-phrase-on-setting)', () => {
    const m = events('GLX said so. The Interior Department imposed the moratorium last month in the wake of the GLX disaster.')[0];
    expect(m.actors).toEqual(['interior-department']);
    expect(m.rules).toContain('participants:of-phrase-on-setting');
  });

  it('takes no country written after a place it holds, nor where trips go (actors:state-after-place, actors:place-it-went-to)', () => {
    const m = events('The storm sank two boats on Monday, some 75 miles west of Veracruz, Mexico.')[0];
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:state-after-place');
    const n = events('Tour companies Kestrel Cruises and GLX Holidays have suspended their flights to Mexico today.')[0];
    expect(n.actors.includes('mexico')).toBe(false);
    expect(n.rules).toContain('actors:place-it-went-to');
  });

  it('titles a relative clause on a description by the person it is in apposition to (subject:person-in-apposition)', () => {
    const m = events(
      'Washington Post columnist David Broder wrote on Thursday that Obama "will have to hope he doesn\'t end up as Jimmy Carter," the U.S. president who lost his 1980 reelection bid after failing to secure the release of hostages.',
      '2010-06-03',
    ).find((x) => x.time?.value === '1980');
    expect(m?.title).toBe('Jimmy Carter lost his reelection bid');
    expect(m?.actors).toEqual(['jimmy-carter']);
    expect(m?.rules).toEqual(expect.arrayContaining(['participants:apposition-after-quote', 'subject:person-in-apposition']));
    const n = events(
      '"We are worried about the flu," said Alicia Soto, a vendor of sunflower seed snacks who took her daughter to the doctor two weeks ago.',
      '2009-05-04',
    )[0];
    expect(n.title).toBe('Alicia Soto took her daughter to the doctor');
    expect(n.actors).toEqual(['alicia-soto']);
  });

  it('lists what a cause phrase names when the happening names no one (actors:named-as-cause)', () => {
    const m = events(
      'Crews trying to plug the leaky well for good had to stop work late last week because of the threat from Tropical Storm Bonnie, but the effort was back on track as skies cleared Sunday.',
      '2010-07-26',
    )[0];
    expect(m.title).toBe('Crews had to stop work');
    expect(m.actors).toEqual(['tropical-storm-bonnie']);
    expect(m.rules).toContain('actors:named-as-cause');
  });

  it('lists no facility named by its place before a blast noun (actors:site-of-blast)', () => {
    const text =
      'BP said so. Last year, it agreed to a $50 million criminal penalty for violating the Clean Water Act in connection with a 2005 Texas City refinery fire that killed 15 workers.';
    const m = events(text, '2010-06-30').find((x) => x.title.includes('killed'));
    expect(m?.title).toBe('A 2005 Texas City refinery fire killed 15 workers');
    expect(m?.actors).toEqual([]);
    expect(m?.rules).toContain('actors:site-of-blast');
  });

  it('lists the body, not the institution, in "The White House\'s oil spill commission" (owner-of-body)', () => {
    const text =
      "The White House's oil spill commission presented preliminary findings on Monday on the events and decisions that led to the April 20 Deepwater Horizon blowout in the Gulf of Mexico.";
    const m = events(text, '2010-11-08').find((x) => x.time);
    expect(m?.actors).toEqual(['white-house-oil-spill-commission']);
  });

  it('lists no body someone was elected to (actors:body-elected-to)', () => {
    // (Read within a year of the election: told in 2010, the 1984 election is Barton's biography and makes no event,
    // background:biography-in-who-clause, events/background-and-spans.test.ts.)
    const m = events('Joe Barton spoke. Barton, who was elected to Congress in 1984, has received $27,000 in campaign contributions.', '1985-06-18').find(
      (x) => x.time,
    );
    expect(m?.title).toBe('Joe Barton was elected to Congress');
    expect(m?.actors).toEqual(['joe-barton']);
    expect(m?.rules).toContain('actors:body-elected-to');
  });

  it('lists no one named only in what a participle after a comma or on a phrase noun is about (participants:nested-in-participle, participle-of-phrase-noun)', () => {
    const text =
      'BP said so. Last week, the White House oil spill commission also unveiled its preliminary findings, tying the accident to a series of errors by BP and its partners.';
    const m = events(text, '2010-11-17').find((x) => x.title.includes('unveiled'));
    expect(m?.actors).toEqual(['white-house-oil-spill-commission']);
    expect(m?.rules).toContain('participants:nested-in-participle');
    const n = events(
      "BP said so. A 2009 review of the Gulf of Mexico found 8,332 species from fish to mammals in the area hit by BP's deep water blowout in April 2010.",
      '2010-10-04',
    ).find((x) => x.title.includes('found'));
    expect(n?.actors).toEqual([]);
    expect(n?.rules).toContain('participants:participle-of-phrase-noun');
  });

  it("lists no owner of a phrase's noun in a participle's words (participants:owner-in-participle-phrase)", () => {
    const m = events(
      "BP said so. A White House oil spill commission last week issued a report largely agreeing with BP's investigation that put much of the blame on the partners.",
      '2010-11-17',
    ).find((x) => x.title.includes('issued'));
    expect(m?.title).toBe('A White House oil spill commission issued a report');
    expect(m?.actors).toEqual(['white-house-oil-spill-commission']);
    expect(m?.rules).toContain('participants:owner-in-participle-phrase');
  });

  it('names a role by the person in apposition to it (actors:person-in-apposition-to-role)', () => {
    const m = events('The WHO chief, Dr Kestrel Moran, yesterday examined data from eight countries.', '2009-06-11')[0];
    expect(m.actors).toEqual(['who', 'kestrel-moran']);
    expect(m.rules).toContain('actors:person-in-apposition-to-role');
  });

  it('takes no employer from the description before a relative on a name (actors:description-before-antecedent)', () => {
    // (Told within a year of the death: later, a death in a ", who" clause is biography, background:biography-in-who-clause.)
    const m = events('They called the same University of Miami marine expert, Dr Kestrel Moran, who died in 2005.', '2005-12-01')[0];
    expect(m.title).toBe('Dr Kestrel Moran died');
    expect(m.actors).toEqual(['kestrel-moran']);
    expect(m.rules).toContain('actors:description-before-antecedent');
  });

  it("names 'the Obama administration' as a body of its own, and takes no president from it (administration-of-leader)", () => {
    const m = events('Mr Obama spoke. The Obama administration issued a new moratorium on Monday.').find((x) => x.time)!;
    expect(m.actors).toEqual(['obama-administration']);
  });

  it('takes no participant from one a participle after a comma makes act (participants:made-to-act), but keeps those it kills', () => {
    const m = events('A lightning strike sparked a fire on board a vessel on Tuesday, forcing Kestrel Oil Ltd to suspend operations.', '2010-06-17')[0];
    expect(m.title).toBe('A lightning strike sparked a fire');
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('participants:made-to-act');
  });

  it('takes no participant from the one an aide serves (actors:possessor-of-role)', () => {
    const m = events('This week a press aide to Vice President Kestrel Moran started as Acme spokesperson.', '2010-06-17')[0];
    expect(m.actors).not.toContain('kestrel-moran');
    expect(m.rules).toContain('actors:possessor-of-role');
  });

  it("takes no country from a name sharing a modifier's noun, nor the outlet an interview is given to (actors:place-only-qualifies-noun, actors:outlet-of-story)", () => {
    const m = events('The 18 U.S. and Canadian inventors displayed their devices on Thursday.', '2010-06-17')[0];
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:place-only-qualifies-noun');
    const n = events('In an interview with Kestrel Weekly this week, Dr Kestrel Moran quit his post.', '2010-06-17')[0];
    expect(n.actors).toEqual(['kestrel-moran']);
    expect(n.rules).toContain('actors:outlet-of-story');
  });

  it('takes no participant from a chain of "of" phrases under an "into" phrase (participants:deep-of-chain)', () => {
    const m = events(
      'Acme Oil Ltd rolled out the results on Wednesday of an investigation into the causes of the blowout of its Kestrel Deep well.',
      '2010-09-08',
    )[0];
    expect(m.actors).toEqual(['acme-oil-ltd']);
    expect(m.rules).toContain('participants:deep-of-chain');
  });

  it('names the members a subject lists (actors:members-of-subject)', () => {
    const m = events('The clean-up team, which includes the U.S. Coast Guard and other agencies, began a controlled burn on Wednesday.', '2010-04-30')[0];
    expect(m.actors).toEqual(['us-coast-guard']);
    expect(m.rules).toContain('actors:members-of-subject');
  });

  it('names the operator of a subject that names no one (actors:operator-of-subject)', () => {
    const m = events('The Coast Guard worked with Kestrel Drilling Ltd, which operated the oil rig that exploded and sank last week.', '2010-04-28').find((x) =>
      x.title.includes('sank'),
    )!;
    expect(m.actors).toEqual(['kestrel-drilling-ltd']);
    expect(m.rules).toContain('actors:operator-of-subject');
  });

  it('lists what the phrase shown apart names in the title (actors:named-apart-subject)', () => {
    // ("The rig exploded in April, killing 11 people" titled "The Deepwater Horizon rig exploded" with no actor.)
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const m = events(
      `The rig exploded in April, killing 11 people. ${filler}The Kestrel Drilling Ltd rig was old. Acme leased the Kestrel Drilling Ltd rig.`,
      '2010-06-16',
    ).find((x) => x.time)!;
    expect(m.title).toBe('The Kestrel Drilling Ltd rig exploded');
    expect(m.actors).toEqual(['kestrel-drilling-ltd']);
    expect(m.rules).toContain('actors:named-apart-subject');
  });

  it('lists the company whose blast a subject names (actors:name-of-blast)', () => {
    const m = events('Nobody cared, any more than about the Tamarind Ridge explosion that killed 3,000 people in Varna in 1984.', '2010-06-01').find((x) =>
      x.title.includes('killed'),
    )!;
    expect(m.actors).toEqual(['tamarind-ridge']);
    expect(m.rules).toContain('actors:name-of-blast');
  });

  it('takes no participant from a section heading run into the sentence (actors:heading-before-subject)', () => {
    const m = events(
      // (Below the headline: a first line's heading is a sentence of its own, segment.ts `headline-before-standfirst`.)
      'Swine flu reaches South America.\nPeru: two deaths, 40 confirmed cases A Chilean boy had arrived in the border city of Tacna on 4 April, officials said.',
      '2009-04-30',
    ).find((x) => x.title.includes('arrived'))!;
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:heading-before-subject');
  });

  it('names the company or thing a "when" clause says a happening began with (actors:named-in-when-clause)', () => {
    const text = 'Kestrel Drilling Ltd said on Monday it would pay. The leak began in April when a Kestrel Drilling Ltd rig exploded, killing 11 workers.';
    const m = events(text, '2010-06-01').find((x) => x.title.includes('leak'))!;
    expect(m.actors).toEqual(['kestrel-drilling-ltd']);
    expect(m.rules).toContain('actors:named-in-when-clause');
    // (not the chamber of a committee that spoke)
    const n = events('The remark gained significance on Friday when a House committee said claims were unpaid.', '2010-06-01')[0];
    expect(n.actors).toEqual([]);
  });

  it('names the sender of a message a passive happening was done in (actors:sender-of-message)', () => {
    // ("The unusual request" alone points back and makes no event, events/unplaced.ts; an owner places it.)
    const m = events("Acme's unusual request was made in a letter from the US Department of Transportation, dated 23 June.", '2010-07-01')[0];
    expect(m.actors).toEqual(['department-of-transportation']);
    expect(m.rules).toContain('actors:sender-of-message');
  });

  it('takes no participant from a phrase that ends the sentence beside a phrase noun (participants:apposition-to-phrase-noun)', () => {
    const m = events('On Tuesday, Mr Obama named Kestrel Moran as the new head of the agency in charge of oil development, the White House.')[0];
    expect(m.actors).toEqual(['obama', 'kestrel-moran']);
    expect(m.rules).toContain('participants:apposition-to-phrase-noun');
  });

  it('gives the phrase that says whose a shared subject is to each verb (participants:of-phrase-of-shared-subject)', () => {
    const m = events('Several members of Congress flew over the spill and then visited Hopedale on Friday.').find((x) => x.title.includes('visited'))!;
    expect(m.actors).toEqual(['congress']);
    expect(m.rules).toContain('participants:of-phrase-of-shared-subject');
  });

  it('lists a people named by its plural: "The Soviets first used a nuclear blast"', () => {
    expect(events('The Soviets first used a nuclear blast to seal a gas leak in 1966.')[0].actors).toEqual(['soviet-union']);
  });

  it('lists the rig named on the object of a blast that is the subject: "the explosion that killed 11 workers on the X rig" (participants:site-of-blast-subject)', () => {
    const m = events('On Monday, the explosion killed 11 workers on the Kestrel Star rig.')[0];
    expect(m.actors).toEqual(['kestrel-star']);
    expect(m.rules).toContain('participants:site-of-blast-subject');
  });

  it("names a ministry written small after its demonym, and takes no court from before a judge's office (ministry-written-small, actors:institution-in-office-title)", () => {
    const m = events('The Chilean health ministry reported a rise in the death toll on Tuesday.')[0];
    expect(m.actors).toEqual(['chilean-health-ministry']);
    const n = events('U.S. District Court Judge Ann Holt, who blocked the ban, on Tuesday sold her shares.')[0];
    expect(n.actors).toEqual(['ann-holt']);
    expect(n.rules).toContain('actors:institution-in-office-title');
  });

  it('lists a name no other report confirms where it is the participant itself, not where it qualifies or locates (actors:unconfirmed-name-not-own-participant)', () => {
    // "since the Deepwater Explorer blew up on 20 April", "the Ocean Dream operated by Pullmantur Cruises docked"
    expect(events('The Seabird Explorer exploded on Monday.')[0].actors).toEqual(['seabird-explorer']);
    expect(events('On Monday, the ferry operated by Kestrel Cruises docked in Leeds.')[0].actors).toEqual(['kestrel-cruises']);
    // "A Rasmussen Reports poll released ... showed", "a woman from Fife who traveled from Las Vegas"
    const poll = events('A Kestrel Reports poll showed the governor ahead on Monday.')[0];
    expect(poll.actors).toEqual([]);
    expect(poll.rules).toContain('actors:unconfirmed-name-not-own-participant');
    expect(events('A nurse traveled from Port Amberly to Leeds on Monday.')[0]?.actors ?? []).toEqual([]);
  });

  it('takes no chamber from a member\'s office: "Senate Majority Leader Harry Reid sent a letter" (actors:legislature-in-office-title)', () => {
    const m = events('On Sunday, Senate Majority Leader Harry Reid sent a letter signed by many of his fellow senators to the oil company.')[0];
    expect(m.actors).toEqual(['harry-reid']);
    expect(m.rules).toContain('actors:legislature-in-office-title');
  });

  it('takes no actor from what a happening is compared with: "has surpassed the Exxon Valdez" (actors:compared-with)', () => {
    const m = events('On Monday, the Gulf oil spill surpassed the Exxon Valdez as the worst in the history of the country.')[0];
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:compared-with');
  });

  it('lists the participants of what was announced when the title tells it (participants:what-was-announced)', () => {
    // ("the Washington Post reported that the US Coast Guard had granted BP 74 requests to use dispersants": the counted
    // requests without what they were for give no title, complements.ts `title:counted-deed-needs-content`.)
    const m = events('GLX said so. On Sunday, the Washington Post reported that the US Coast Guard had fined GLX over its use of dispersants.')[0];
    expect(m.title).toContain('had fined GLX');
    expect(m.actors).toEqual(['washington-post', 'us-coast-guard', 'glx']);
    expect(m.rules).toContain('participants:what-was-announced');
  });

  it('takes no country from where a trip went: "the group that traveled with President Obama to Mexico"', () => {
    expect(events('A crew member, who flew out to Mexico on Monday, is understood to have shown symptoms of fever.')[0].actors).toEqual([]);
  });

  it('takes no country from its acronym before a body\'s name: "The U.S. Minerals Management Service conducted three inspections" (actors:country-before-body)', () => {
    const m = events('The U.S. Minerals Management Service, which regulates oil rigs, conducted three routine inspections on Monday.')[0];
    expect(m.actors).toEqual(['minerals-management-service']);
    expect(m.rules).toContain('actors:country-before-body');
  });

  it('lists the name in apposition to a participant that names no one (actors:named-in-apposition)', () => {
    const m = events(
      'GLX said so. The slick could eclipse the worst spill, the Kestrel Star, the grounded tanker that leaked 11 million gallons in 1989.',
    ).find((x) => x.title.includes('leaked'));
    expect(m?.actors).toEqual(['kestrel-star']);
    expect(m?.rules).toContain('actors:named-in-apposition');
    const n = events('GLX said so. On Monday, the firm sold its stake to the owner of the rig, GLX.')[0];
    expect(n.actors).toEqual(['glx']);
    expect(events('GLX said so. According to GLX, the slick that grew on Monday was large.').find((x) => x.title.includes('grew'))?.actors ?? []).toEqual([]);
  });

  it('lists a company the title shows after its verb, the object of an infinitive: "Apache Energy agreed to acquire Mariner" (actors:named-in-title)', () => {
    const m = events('GLX said so. Kestrel Energy said so. In April, Kestrel Energy agreed to acquire GLX, whose shares then more than doubled.').find((x) =>
      x.title.includes('acquire'),
    );
    expect(m?.title).toBe('Kestrel Energy agreed to acquire GLX');
    expect(m?.actors).toEqual(['kestrel-energy', 'glx']);
    expect(m?.rules).toContain('actors:named-in-title');
  });

  it('lists no name listed after a place in a phrase of where: "fell more than 6 percent in London and New York" (actors:listed-with-place)', () => {
    // ("New York" of the stock market, which a collection of business news may resolve as an organisation.)
    const text = 'BP stock on Friday fell more than 6 percent in London and New York.';
    const at = (w: string) => text.indexOf(w);
    const actors: ResolvedActor[] = [
      { id: 'bp', name: 'BP', kind: 'organization', start: at('BP'), end: at('BP') + 2 },
      { id: 'new-york', name: 'New York', kind: 'organization', start: at('New York'), end: at('New York') + 8 },
    ];
    const sentences = segmentSentences(text);
    const times = findTimeExpressions(text, '2010-06-26');
    const { candidates, subjects } = eventCandidates(analyseText(text, sentences), [], times);
    const [m] = extractEventMentions({ doc: 'a.txt', text, sentences, times, actors, excluded: [], candidates, subjects, published: '2010-06-26' });
    expect(m.title).toBe('BP stock fell more than 6 percent in London and New York');
    expect(m.actors).toEqual(['bp']);
    expect(m.rules).toContain('actors:listed-with-place');
  });

  it('lists no court the suit was filed in: "filed suit in U.S. District Court for the District of Columbia" (actors:venue-in-title)', () => {
    const m = events('The Center for Biological Diversity filed suit in U.S. District Court for the District of Columbia on Friday.')[0];
    expect(m.actors).toEqual(['center-for-biological-diversity']);
    expect(m.rules).toContain('actors:venue-in-title');
  });

  it('lists no last member of a list the apposition describes: "on its contractors, driller GLX and Halliburton, the company which cemented the well"', () => {
    const m = events(
      'Halliburton said so. GLX said so. On Wednesday, Bly presented the internal probe into the accident which laid the blame on its contractors, driller GLX and Halliburton, the company which cemented the well.',
    ).find((x) => x.title.includes('presented'));
    expect(m?.actors).not.toContain('halliburton');
    expect(m?.rules).not.toContain('actors:named-in-apposition');
  });

  it('lists no one of a "with" phrase and its -ing verb around the happening: "With the UK confirming two cases and the WHO raising its alert level" (participants:with-absolute)', () => {
    // (What the 1918 pandemic was caused by, a kind of thing, is no happening at all, `state:caused-by-a-thing`.)
    const ms = events(
      'The 1918 pandemic was caused by an H1N1 form of influenza A With the UK confirming two cases of swine flu and the World Health Organization raising its alert level, how serious is it?',
    );
    for (const m of ms) expect(m.actors).toEqual([]);
    // ("With 100 days having passed since the April 20 explosion that triggered the massive leak", Fox News of 4 August 2010.)
    const m = events(
      'In the Gulf: With 100 days having passed since the April 20 explosion that triggered the massive leak, oil has mostly stopped collecting at the surface.',
      '2010-08-04',
    ).find((x) => x.title === 'The explosion triggered the massive leak');
    expect(m?.rules).toContain('participants:with-absolute');
  });

  it('lists no country that only says whose a total is: "bringing the UK total to 244" (tag repair noun-after-name-in-determiner-phrase)', () => {
    const m = events('Another fifteen cases of swine flu were confirmed on Monday by the Health Protection Agency, bringing the UK total to 244.')[0];
    expect(m.actors).toEqual(['health-protection-agency']);
  });

  it('lists an organisation whose name runs past the phrase the parse cut at its head: "The Center for Biological Diversity filed suit" (actors:name-runs-past-phrase)', () => {
    const m = events('The Center for Biological Diversity filed suit in a federal court on Friday.')[0];
    expect(m.actors).toEqual(['center-for-biological-diversity']);
    expect(m.rules).toContain('actors:name-runs-past-phrase');
  });

  it('takes no country from where a flu spread, every country of the list: "has spread to Taiwan, Kuwait and Honduras" (actors:place-it-went-to)', () => {
    const m = events('The WHO said on Monday the flu has spread to Taiwan, Kuwait and Honduras.').find((x) => x.title.includes('spread'));
    expect(m?.actors).toEqual(['who']);
    expect(m?.rules).toContain('actors:place-it-went-to');
    expect(m?.rules).toContain('actors:source-of-report');
  });

  it('lists the organisation a person described by a role works for: "said Kent Wells, a BP senior vice president, referring to"', () => {
    const m = events(
      'GLX said so. "We are pleased," said Kent Wells, a GLX senior vice president, referring to the removal on Sunday of the top flange on the well.',
    )[0];
    expect(m.actors).toEqual(['kent-wells', 'glx']);
  });

  it('lists the person an apposition describes as the subject of its relative clause: "said Tim Howard, a Tallahassee lawyer who last week filed ..."', () => {
    const m = events('"We will sue," said Tim Howard, a Tallahassee lawyer who last week filed one of the first class-action suits over the spill.')[0];
    expect(m.actors).toEqual(['tim-howard']);
  });

  it('lists the owner a participle gives the shared subject of a coordinate clause: "a drilling rig leased by BP exploded ... and sank two days later"', () => {
    const ms = events('GLX said so. Oil has been spewing since a drilling rig leased by GLX exploded on 20 November and sank two days later.');
    expect(ms.map((m) => [m.title, m.actors])).toEqual([
      ['A drilling rig exploded', ['glx']],
      ['A drilling rig sank', ['glx']],
    ]);
  });

  it('lists what a blast befell: "the oil spill, which began with an explosion and fire on a BP deepwater rig in April"', () => {
    const m = events('GLX said so. Thousands of businesses were crippled by the oil spill, which began with an explosion and fire on a GLX rig in April.').find(
      (x) => x.title.startsWith('The oil spill began'),
    );
    expect(m?.actors).toEqual(['glx']);
  });

  it('lists the source of a reported happening that names no participant: "the World Health Organisation reported last Friday that only 145 had died" (actors:source-of-report)', () => {
    const m = events('The World Health Organisation reported last Friday that only 145 had died.').find((x) => x.rules.includes('title:with-sayer'));
    expect(m?.actors).toEqual(['world-health-organisation']);
    expect(m?.rules).toContain('actors:source-of-report');
  });

  it('lists no person as the source of a reported happening, nor the source of one dated in its own words', () => {
    const [m] = events('The explosion caused a massive gusher on Monday, GLX Chairman Carl-Henric Svanberg said.');
    expect(m.rules).not.toContain('actors:source-of-report');
    const n = events(
      'The World Health Organisation said on Monday that 42 countries had recorded cases since the outbreak was first noticed in Mexico last month.',
    );
    expect(n.find((x) => x.title.startsWith('The outbreak'))?.actors).toEqual([]);
    const [o] = events('A five-year-old girl has contracted the bird flu virus, the state news agency MENA reported on Sunday.');
    expect(o.rules).not.toContain('actors:source-of-report');
  });

  it('takes no institution from before an office: "White House press secretary Robert Gibbs underscored ..." (actors:institution-in-office-title)', () => {
    const [m] = events("In his daily briefing Monday, White House press secretary Robert Gibbs underscored the administration's commitment to residents.");
    expect(m.actors).toEqual(['robert-gibbs']);
    expect(m.rules).toContain('actors:institution-in-office-title');
  });

  it('lists the country that owns a subject naming no one else: "China\'s pork industry was racked by blue ear disease" (actors:owner-of-subject)', () => {
    const [m] = events("Two years ago, China's pork industry was racked by blue ear disease.");
    expect(m.actors).toEqual(['china']);
    expect(m.rules).toContain('actors:owner-of-subject');
    expect(events("US President Joe Biden's visit was postponed on Monday.")[0]?.rules).not.toContain('actors:owner-of-subject');
    const [g] = events('On Monday the British government launched a website to track protectionism.');
    expect(g.actors).toEqual(['united-kingdom']);
    // (the government itself: actors:government-named-by-country)
    expect(g.rules).toContain('actors:government-named-by-country');
  });

  it('lists no country whose own body acts: "Britain\'s safety regulator released documents" (actors:owner-of-body-not-actor)', () => {
    const [m] = events(
      "Britain's safety regulator released documents on Wednesday that showed it found, just three months before the Gulf of Mexico rig blast, that BP lacked a clear chain of command for dealing with a loss of well control on a North Sea oil rig.",
    );
    expect(m.title).toBe("Britain's safety regulator released documents");
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:owner-of-body-not-actor');
  });

  it('takes no country that qualified a noun named earlier: "The panel, which reported its findings on May 27" (qualifier:of-phrase-named-earlier)', () => {
    const m = events(
      "BP's credibility took a further hit early last week when an independent U.S. government-sponsored panel said that the oil leak was likely discharging between 12,000 and 19,000 barrels a day. The panel, which reported its findings on May 27, estimated that between 650,000 and 700,000 barrels of oil had already spilled into the Gulf.",
      '2010-06-01',
    ).find((e) => /reported its findings/.test(e.title));
    expect(m?.title).toBe('An independent U.S. government-sponsored panel reported its findings');
    expect(m?.actors).toEqual([]);
    expect(m?.rules).toContain('qualifier:of-phrase-named-earlier');
    expect(m?.rules).not.toContain('actors:government-named-by-country');
  });

  it('takes no host of the occasion one spoke at: "O\'Hare spoke at a White House briefing on Thursday" (actors:host-of-occasion)', () => {
    const [m] = events("Rear Admiral Sally Brice O'Hare spoke at a White House briefing on Thursday.", '2010-04-30');
    expect(m.title).toBe("Rear Admiral Sally Brice O'Hare spoke at a White House briefing");
    expect(m.actors).toEqual(['sally-brice-ohare']);
    expect(m.rules).toContain('actors:host-of-occasion');
  });

  it('lists a government named by its country as subject, object or agent: "the UK government sold British Petroleum" (actors:government-named-by-country)', () => {
    const [m] = events('The U.S. government sued the oil company GLX on Monday.');
    expect(m.actors).toEqual(['united-states', 'glx']);
    expect(m.rules).toContain('actors:government-named-by-country');
    expect(events("GLX's spill plan was approved by the US government last year.")[0].actors).toContain('united-states');
    expect(events('US oil production increased last year.')[0]?.actors ?? []).toEqual([]);
    // (a modifier of a noun, not the government itself)
    expect(events('The estimate was made by US government scientists in June.')[0]?.actors ?? []).toEqual([]);
  });

  it('takes no country that owns a company, no agency that wrote a story, no document (actors:country-owns-company, actors:outlet-of-story, actors:document-not-participant)', () => {
    const [m] = events("Last month, GLX sent out demands to Anadarko and Japan's Mitsui Oil Exploration Company.");
    expect(m.actors).not.toContain('japan');
    expect(m.actors).toContain('mitsui-oil-exploration');
    expect(m.rules).toContain('actors:country-owns-company');
    const [j] = events('Louisiana Gov. Bobby Jindal toured the marsh Wednesday after reading the AP story.');
    expect(j.actors).toEqual(['bobby-jindal']);
    expect(j.rules).toContain('actors:outlet-of-story');
    const [d] = events('Running to 582 pages, the Regional Spill Plan for the Gulf was approved by the Senate last year.');
    expect(d.actors).toEqual(['senate']);
    expect(d.rules).toContain('actors:document-not-participant');
  });

  it('lists the owner of a phrase in a relative clause on the subject: "methane gas that bubbled out of BP\'s broken well ... were eaten up" (actors:owner-in-relative-clause)', () => {
    const [m] = events("The huge quantities of methane gas that bubbled out of Shell's broken well in the Gulf of Mexico were eaten up by microbes in August.");
    expect(m.actors).toEqual(['shell']);
    expect(m.rules).toContain('actors:owner-in-relative-clause');
    expect(events("The oil that reached Louisiana's coast was cleaned up by crews in June.")[0]?.actors ?? []).toEqual([]);
  });

  it('lists a storm named in apposition: "the monster Katrina, a storm that in 2005 killed more than 1,800 people"', () => {
    const [m] = events('This disaster rides on the back of the monster Katrina, a storm that in 2005 killed more than 1,800 people.');
    expect(m.actors).toEqual(['katrina']);
  });

  it('lists a named storm: "The platform was damaged by Hurricane Ike in 2008" (named-storm)', () => {
    expect(events('An oil platform was damaged by Hurricane Orla on Monday.')[0].actors).toEqual(['hurricane-orla']);
    expect(events('Tropical Storm Bonnie idled the skimming fleet on Monday.')[0].actors).toEqual(['tropical-storm-bonnie']);
  });

  it('takes no country whose peoples are hit: "Flu hits Canada\'s native peoples" (actors:place-only-qualifies-noun)', () => {
    const [m] = events("The flu hit Canada's native peoples on Friday.");
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:place-only-qualifies-noun');
  });

  it('takes no country from before an office: "U.S. President Joe Biden authorized ..." (actors:place-only-qualifies-noun)', () => {
    // (Told on 25 November: the harness's default day, the first of a month, has no "earlier this month", time.ts `earlierOnFirstDay`.)
    const [m] = events('Earlier this month, U.S. President Joe Biden authorized the use of ATACMS missiles by Ukraine.', '2024-11-25');
    expect(m.actors).toContain('joe-biden');
    expect(m.actors).toContain('ukraine');
    expect(m.actors).not.toContain('united-states');
    expect(m.rules).toContain('actors:place-only-qualifies-noun');
  });

  it('takes no country from before a government or economy noun, but keeps a country that acts', () => {
    expect(events('US oil production increased last year.')[0]?.actors ?? []).toEqual([]);
    expect(events('Britain sent troops to the region on Monday.')[0].actors).toEqual(['united-kingdom']);
    expect(events('Russian missiles hit the port of Odesa on Friday.')[0].actors).toEqual(['russia']);
  });

  it('keeps a company that owns or modifies the subject: "Shares in GLX rose", "the GLX oil rig exploded"', () => {
    expect(events('The oil company GLX said on Monday it was confident. Shares in GLX rose 3% on Friday.').find((m) => m.time)?.actors).toEqual(['glx']);
    expect(events('The oil company GLX said on Monday it was confident. The GLX oil rig exploded on Friday.').find((m) => m.time)?.actors).toEqual(['glx']);
  });

  it('keeps the organisation a participant leaves: "Several traders have resigned from GLX" (from is a participant preposition)', () => {
    expect(events('The oil company GLX said on Monday it was confident. Several traders resigned from GLX last week.').find((m) => m.time)?.actors).toEqual([
      'glx',
    ]);
  });

  it('keeps the legislature in a by-phrase that ends with its date: "a bill passed by the Senate last week"', () => {
    const m = events('The senators welcomed an oil spill bill passed by the Senate last week.').find((x) => x.time);
    expect(m?.actors).toEqual(['senate']);
  });
});

describe('extractEventMentions: a "from" phrase takes part only after the verb or its object', () => {
  it('keeps "paid the fine" to the company, not the person whose pressure it was under', () => {
    const m = events('The oil company GLX paid the fine on Friday under pressure from Mr Smithfield.').find((x) => x.time);
    expect(m?.actors).toEqual(['glx']);
  });
});

describe('extractEventMentions: a background phrase names no participant', () => {
  it('keeps the people of "despite the phone call between ..." off "Shares in GLX fell"', () => {
    const text =
      'The oil company GLX said on Monday it was confident. Shares in GLX fell by 2% on Friday despite the phone call between David Cameron and Tom Fenwick.';
    expect(events(text).find((x) => x.time)?.actors).toEqual(['glx']);
  });

  it('still names whom a happening was with after its place and date: "set up camp in Houston on Tuesday with Energy Secretary Steven Chu"', () => {
    const m = events('Adm Thad Allen set up camp in Houston on Tuesday with Energy Secretary Steven Chu.').find((x) => x.time);
    expect(m?.actors).toContain('steven-chu');
  });
});

describe('extractEventMentions: titles keep what the verb needs, or make no event', () => {
  it("keeps the amount, the particle's object, what was begun and where the object went", () => {
    const text =
      'A strain of flu never seen before has killed up to 60 people in Mexico this week. ' +
      'BP was siphoning off oil on Friday. ' +
      'Kevin Costner, who 15 years ago began funding the work of a Louisiana firm, has offered his machines. ' +
      'Once part of Enron, it was caught up in the financial scandal that sent Enron into bankruptcy in 2001.';
    const titles = dated(events(text, '2010-06-01')).map((e) => e.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'A strain of flu has killed up to 60 people in Mexico',
        'BP was siphoning off oil',
        'Kevin Costner began funding the work of a Louisiana firm',
        'The financial scandal sent Enron into bankruptcy',
      ]),
    );
  });

  it('makes no event of a title cut before what it needs, and names the rule', () => {
    const text =
      'The flow has been declining from the 5,000 barrels per day the company had said the tube was siphoning off three days ago. ' +
      "Dennis Kelso's boat nudged up against the side of the Exxon Valdez on Friday, March 24, 1989. " +
      'Twelve months ago BP dismissed the possibility that a catastrophic accident could happen at its offshore rig. ' +
      'Let us compare figures, like how many people died of malaria last week?';
    const why = whyNot(text, '2010-06-01');
    expect(why).toEqual(
      expect.arrayContaining(['siphoning:object-before-relative-verb', 'dismissed:content-in-clause-after-object', 'died:embedded-question']),
    );
    // (The part's "of" phrase fits whole: "Transocean's" or "Kelso's" counts as one word to a reader.)
    expect(dated(events(text, '2010-06-01'))).toEqual([{ date: '1989-03-24', title: "Dennis Kelso's boat nudged up against the side of the Exxon Valdez" }]);
  });
});

describe('extractEventMentions: a date of another clause, a bound or a span dates nothing', () => {
  const rulesOf = (text: string, published: string) =>
    events(text, published).map((m) => `${m.title} @ ${m.time?.value}: ${m.rules.filter((r) => r.startsWith('date:')).join(',')}`);

  it('takes no date from "by", "before" or a bound counted back ("more than three months ago")', () => {
    expect(whyNot('By 2001, Rodney Dykes had joined Energy Partners Ltd.', '2010-07-31')).toContain('joined:date:bound');
    expect(whyNot('The Coast Guard said that before 2001, the Minerals Management Service was reorganized.', '2010-08-13')).toContain('reorganized:date:bound');
    expect(whyNot('Jerry Forte filed a business claim with the company more than a month ago.', '2010-06-20')).toContain('filed:date:bounded-offset');
    // ("nearly 570 years ago" in May 2009 is 1439 or 1440: no event dated 1439.)
    expect(whyNot('Eton College was founded by King Henry VI nearly 570 years ago.', '2009-05-28')).toContain('founded:date:approximate-years-ago');
    expect(
      whyNot(
        'But AP says Lutz, a sea turtle expert, left Miami two decades ago to head the marine biology department at a university in Boca Raton.',
        '2010-06-20',
      ),
    ).toContain('left:date:decades-ago');
    expect(events('Eton College was founded by King Henry VI nearly 570 years ago.', '2009-05-28').filter((m) => m.time)).toEqual([]);
    expect(whyNot('Classrooms at the school have been closed until at least Thursday.', '2009-04-30')).toContain('closed:date:bound');
  });

  it('takes no date from either end of a span: "between 2000 and 2008", "Between July and August", "May 28 to June 6"', () => {
    expect(whyNot('Between 2000 and 2008, agency staff members accepted tickets to sports events.', '2010-05-27')).toContain('accepted:date:span');
    expect(whyNot('Between July and August, researchers took 170 samples of gulf water.', '2011-01-11')).toContain('took:date:span');
    // ("June 3 to 6", inside one month, dates the poll by the month: date:month-of-span, events/background-and-spans.test.ts.)
    expect(whyNot('Researchers took samples from May 28 to June 6, officials said.', '2010-06-08')).toContain('took:date:span');
  });

  it('takes no date from the figure a change started from, nor from what it is compared with', () => {
    expect(whyNot('The swaps have jumped from around 100 basis points last Friday.', '2010-06-02')).toContain('jumped:date:baseline-of-change');
    // (Whose profit, "Profit fell" cannot say: it is dropped before its date is read; with its owner, the baseline dates nothing.)
    expect(whyNot('Profit fell to $715m from $806m a year earlier.', '2010-07-30')).toContain('fell:subject-cannot-be-placed:figure-without-owner');
    expect(whyNot("BP's profit fell to $715m from $806m a year earlier.", '2010-07-30')).toContain('fell:date:baseline-of-change');
    expect(whyNot("Amlin's profit before tax dropped £70m from a year ago to £107.6 m in the first six months of the year.", '2010-08-04')).toContain(
      'dropped:date:baseline-of-change',
    );
    expect(
      whyNot('Stripping out the spill costs, Acme made a second quarter profit of $5bn, compared with $2.9bn for the second quarter of 2009.', '2010-07-27'),
    ).toContain('compared:date:baseline-of-change');
    // (After "to 5", the date is the change's own.)
    expect(dated(events('The WHO hiked its pandemic alert level to 5 from 3 this week.', '2009-04-30')).map((m) => m.date)).toEqual(['2009-04-27']);
  });

  it('takes no date from a phrase of another happening: "After the well ruptured on April 20, ... Obama imposed the ban"', () => {
    expect(whyNot('After striking a major find in Alaska in 1969, BP grew its market share.', '2010-11-04')).toContain(
      'grew:date:of-happening-before-or-after',
    );
    // ("the rig three months ago": the time is a phrase of its own, and dates the explosion, not what Louisiana sustained.)
    expect(whyNot('Louisiana sustained the most damage following the explosion of the rig three months ago.', '2010-08-15')).toContain(
      'sustained:no-date-in-clause',
    );
    // ("before" an audience says where; "yesterday" dates the clause.)
    expect(rulesOf('For the first time, Svanberg stepped before the cameras this afternoon.', '2010-06-16')).toEqual([
      'Svanberg stepped before the cameras @ 2010-06-16: date:in-clause',
    ]);
  });

  it("takes no date that names a noun in a phrase after the verb, but keeps the subject's and what it took place in", () => {
    expect(whyNot('Feinberg oversaw payments to victims of the Sept. 11, 2001, terrorist attacks.', '2010-06-17')).toContain('oversaw:date:names-a-noun');
    expect(dated(events('An April 20 explosion killed 11 workers.', '2010-06-01'))).toEqual([{ date: '2010-04-20', title: 'An explosion killed 11 workers' }]);
    // (What the hearing was for places it: a bare "convened Thursday's hearing" is events/unplaced.ts `day-owned-thing`.)
    const hearing = "Markey convened Thursday's hearing to press government officials on the state of the BP oil cleanup.";
    expect(dated(events(hearing, '2010-06-20')).map((m) => m.date)).toEqual(['2010-06-17']);
    // (a participle's "Thursday's 13-year low" names the low, not the day the shares closed up)
    const rebound = "Shares in BP closed up 7.2 percent in London trading, rebounding from Thursday's 13-year low.";
    expect(dated(events(rebound, '2010-06-11'))).toEqual([]);
    expect(whyNot(rebound, '2010-06-11')).toContain('closed:no-date-in-clause');
  });

  it('dates neither a present-perfect happening by one step told in a participle, nor a past one by the report that tells it', () => {
    // (the -ing clause, the administration's own, keeps its date: it is no finite title, and merge shows none alone.)
    expect(
      whyNot(
        'The Obama administration has offered nearly 10 estimates of how much oil flowed from the well, coming up with a refined conclusion late last month of 206 million gallons.',
        '2010-12-03',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^offered:(?:no-date-in-clause|title-object-needs-its-phrase)$/)]));
    expect(rulesOf('The spill has surpassed the Exxon Valdez as the worst in US history, according to new estimates released Thursday.', '2010-05-28')).toEqual(
      ['The spill has surpassed the Exxon Valdez @ 2010-05-27: date:of-report-for-present-perfect'],
    );
  });

  it('dates a past perfect told by a named sayer by the saying, not a relative clause, a finding or a title that runs on', () => {
    expect(rulesOf('Yesterday, the chairman Carl Svanberg said Tony Hayward had been relieved of day-to-day control of the spill.', '2010-06-19')).toContain(
      'The chairman Carl Svanberg said Tony Hayward had been relieved of day-to-day control @ 2010-06-18: date:of-report-for-past-perfect',
    );
    // (The relative's "had returned" is not dated by the saying; the infection told is, with its sayer.)
    expect(
      dated(events('Canadian authorities said on Saturday a herd of swine was infected by a farmer who had returned from Mexico.', '2009-05-03')).map(
        (e) => e.title,
      ),
    ).toEqual(['Canadian authorities said a herd of swine was infected by a farmer']);
  });

  it('takes no saying day for a "where" clause that describes a place with a running tally', () => {
    expect(
      dated(
        events(
          'At a briefing earlier in the day, General Lee said the sick soldier had not been to Peru, where as many as 40 deaths have been linked to the virus.',
          '2009-04-30',
        ),
      ),
    ).toEqual([]);
  });

  it('takes no date after a colon, a noun\'s date after "with", the end of a period after "by the", nor a report read as a noun', () => {
    expect(whyNot('The senator later built a shipping empire: In 1931, he and his partners formed a company.', '2010-06-01')).toContain(
      'built:date:after-colon',
    );
    expect(whyNot('Ali Hassan was convicted in connection with the 1985 bombing of a ferry.', '2010-07-20')).toContain('convicted:date:names-a-noun');
    // (What a period began with has that noun's date.)
    expect(dated(events('The leak that began with the April 20 explosion on the rig went on for months.', '2010-06-01')).map((e) => e.date)).toContain(
      '2010-04-20',
    );
    // (Not a "with" aside after a comma: the crash's week is no date of the meeting.)
    expect(whyNot("The airlines' annual meeting began on a somber note, with last week's crash of a jet adding to the woes.", '2009-06-07')).toContain(
      'began:date:names-a-noun',
    );
    expect(whyNot('The gas was eaten up almost entirely by microbes by the end of August, a new study reports today.', '2011-01-07')).toEqual(
      expect.arrayContaining(['eaten:date:of-the-report']),
    );
    expect(dated(events('The gas was eaten up almost entirely by microbes by the end of August.', '2011-01-07'))).toEqual([]);
  });

  it('takes no date from "by the end of", a change "from April", nor the report an "according to" phrase names', () => {
    expect(whyNot('By the end of last week the narrative had taken a new direction.', '2010-06-06')).toContain('taken:date:bound');
    expect(whyNot('A poll released at the end of June showed his approval rating at 74 percent, a 10-point jump from April.', '2010-07-05')).not.toContain(
      'showed:date:in-clause',
    );
    expect(
      whyNot('Yet according to an eyewitness report broadcast on Sunday on 60 Minutes, BP managers made the decision to decrease pressure.', '2010-05-18'),
    ).toContain('made:date:of-the-report');
  });

  it('keeps a definite phrase after a preposition when a named subject places the happening ("was fired from the company")', () => {
    expect(dated(events('In 1984 Apple Computer launched the Macintosh. One year later Steve Jobs was fired from the company.', '2011-10-06'))).toContainEqual({
      date: '1985',
      title: 'Steve Jobs was fired from Apple Computer',
    });
    // (No company named before: which one, the title cannot say; object-cannot-be-placed:company-not-named, ref41.)
    expect(whyNot('In 1984 Steve Jobs launched the Macintosh. One year later he was fired from the company.', '2011-10-06')).toContain(
      'fired:object-cannot-be-placed:company-not-named',
    );
    expect(whyNot('Crews sprayed the material on Monday.', '2010-06-29')).toContain('sprayed:object-cannot-be-placed');
  });

  it('makes no event of an expectation reported, nor dates a relative clause by the report around it', () => {
    const why = whyNot(
      'The Wall Street Journal reported on Tuesday the Justice Department is expected to join the hundreds of civil lawsuits that have been filed as a result of the spill.',
      '2010-12-15',
    );
    expect(why).toEqual(expect.arrayContaining(['expected:belief-verb', 'filed:no-date-in-clause']));
    expect(why).not.toContain('reported:title:what-was-announced');
  });

  it('dates no present-perfect happening by what unnamed sources said', () => {
    expect(whyNot('Meanwhile BP has selected a new director of communications, sources familiar with the matter said on Thursday.', '2011-01-06')).toContain(
      'selected:no-date-in-clause',
    );
  });

  it('dates a past "when" clause by the clause it tells the moment of, and the infinitive a title keeps by its clause', () => {
    expect(rulesOf('A burn was last tried on 28 April when thousands of litres of oil were successfully removed.', '2010-05-05')).toContain(
      'Thousands of litres of oil were successfully removed @ 2010-04-28: date:of-the-clause-it-is-when-of',
    );
    expect(rulesOf('President Barack Obama moved to defuse a growing political row yesterday.', '2010-06-13')).toEqual([
      'President Barack Obama moved to defuse a growing political row @ 2010-06-12: date:in-clause',
    ]);
  });
});

describe('extractEventMentions: states, plans and a date that belongs to another part of the sentence', () => {
  it('makes no happening of "was part of" (be and a noun) nor of a present perfect after "until after" (a coming moment)', () => {
    expect(whyNot('In June, Amon was part of a Texas A&M team that made a tour around the well.', '2010-09-28')).toContain('part:state:copula');
    expect(
      whyNot(
        'But a source said a decision may not be made until after Chairman Carl-Henric Svanberg has met with Obama at the White House on Wednesday.',
        '2010-06-12',
      ),
    ).toContain('met:future');
  });

  it('makes no happening of a question raised: "raised the question of whether ..."', () => {
    expect(whyNot('The government this week raised the question of whether BP took shortcuts.', '2010-10-09')).toContain('raised:view-voiced');
  });

  it('takes no date from two dates joined by "and" ("The pandemics of 1957 and 1968") nor from the start of what runs on', () => {
    expect(whyNot('The pandemics of 1957 and 1968 killed about two million people.', '2009-06-11')).toContain('killed:date:one-of-several');
    // ("The fund" alone is placed by nothing, `subject-cannot-be-placed:definite`; whose fund says which.)
    expect(whyNot("BP's fund agreed to monthly payments starting in mid-June.", '2010-11-04')).toContain('agreed:date:start-of-span');
    expect(whyNot('Feinberg outlined a final settlement process starting Wednesday.', '2010-11-26')).toContain('outlined:date:start-of-span');
  });

  it('takes no date from a comparison point after the change\'s figure ("down 5 points from early last month")', () => {
    expect(whyNot("Obama's rating fell to 45 percent in the poll, down 5 points from early last month.", '2010-06-23')).toContain(
      'fell:date:baseline-of-change',
    );
    expect(whyNot("Overall Obama's rating fell to 45% in the poll, down five points from early last month.", '2010-06-23')).toContain(
      'fell:date:baseline-of-change',
    );
    // (A rating that stood at a figure is a level, candidates.ts `state:level-of-a-figure`, whatever its date.)
    expect(whyNot("Overall Obama's rating stood at 45% in the poll, down five points from early last month.", '2010-06-23')).toContain(
      'stood:state:level-of-a-figure',
    );
  });

  it('takes no date from the noun a relative clause describes ("a poll by CBS News yesterday which found"), but "today" dates the clause', () => {
    expect(whyNot("Obama's statement followed a poll by CBS News yesterday which found 70% disapproval.", '2010-05-27')).toContain(
      'followed:date:names-a-noun',
    );
    expect(dated(events('Senator Bill Nelson sent a letter to Admiral Thad Allen today which read in part.', '2010-06-10')).map((m) => m.date)).toEqual([
      '2010-06-10',
    ]);
  });

  it('takes no date from a reporting period, nor from the year of an output or a worth', () => {
    // (BP named before: "the energy giant" with no company before it makes no event at all, subj42's described-company.)
    expect(
      whyNot(
        'BP said it would pay. BP has set aside funds. The energy giant reported profits of $5.6 bn in the first three months of 2010, up from $2.4 bn.',
        '2010-04-27',
      ),
    ).toContain('reported:date:reporting-period');
    expect(whyNot('BP pumped 4.0 million barrels of oil equivalent in 2009.', '2010-07-23')).toContain('pumped:date:period-of-figure');
    // (a worth is a state, whatever its date: state:measure)
    expect(whyNot('U.S. landings of shrimp were valued at $442 million in 2008, the service said.', '2010-04-29')).toContain('valued:state:measure');
    // (A spill of a year is a happening of that year.)
    expect(dated(events('The Exxon Valdez spilled 11 million gallons of crude in 1989.', '2010-05-01')).map((m) => m.date)).toEqual(['1989']);
  });

  it("takes no date from a year whose figure comes after it, nor from a year's performance or reported amount (date:period-of-figure)", () => {
    expect(whyNot('In 2009, Acme generated more than $27 billion of operating cash flow.', '2010-06-10')).toContain('generated:date:period-of-figure');
    // (An amount of money is no counted object, events/counted-and-headed.ts; the year is the figure's period.)
    expect(whyNot('Acme reported about $27 billion of cash flow from operations in 2009.', '2010-06-10').filter((r) => r.startsWith('reported:'))).toEqual([
      'reported:date:period-of-figure',
    ]);
    expect(whyNot('Acme had outperformed its peers on the stock market last year, with a 24% increase in valuation.', '2010-05-01')).toContain(
      'outperformed:date:period-of-figure',
    );
    expect(whyNot('In 2009, Acme spent nearly $16m on lobbying the federal government.', '2010-06-10')).toContain('spent:date:period-of-figure');
  });

  it('takes no date from one of a list of dates, nor from the date that names a document (date:one-of-a-list, date:names-a-document)', () => {
    expect(
      whyNot('Inspectors found no violations on the rig when they carried out routine inspections in February, March and April this year.', '2010-05-10'),
    ).toContain('found:date:one-of-a-list');
    // Of two dates joined by "and", the first is when the happening first took place.
    expect(dated(events('Steve Jobs made an appearance in March and June to unveil the iPad 2.', '2011-08-25')).map((m) => m.date)).toEqual(['2011-03']);
    // (A date with its own preposition after "and" opens a phrase of its own.)
    expect(
      dated(events('The cap sealed the well since July 15, and on Friday, Acme replaced the failed equipment.', '2010-09-05')).map((m) => m.title),
    ).toContain('Acme replaced the failed equipment');
    expect(whyNot('The administration used the Aug. 4 report to claim that most of the oil is gone.', '2010-08-20')).toContain('used:date:names-a-document');
    expect(dated(events('NOAA released the Aug. 4 report on its website.', '2010-08-20')).map((m) => m.date)).toEqual(['2010-08-04']);
    // (Told in 2001: in 2010 the paper is Nordyke's biography, background:biography-in-who-clause.)
    expect(dated(events('Nordyke, who authored a detailed account of the blasts in a 2000 paper, retired.', '2001-08-20')).map((m) => m.date)).toEqual([
      '2000',
    ]);
  });

  it('takes no date from a bare weekday after a meeting arranged when the article says that weekday is ahead (date:weekday-ahead-in-article)', () => {
    const ahead = 'EU health ministers are to meet on Thursday to discuss the outbreak. ';
    const convened = 'Earlier, the European Commission convened an emergency meeting of the health ministers on Thursday to discuss the outbreak.';
    expect(whyNot(ahead + convened, '2009-04-28')).toContain('convened:date:weekday-ahead-in-article');
    // (Without a word of that weekday ahead, the last Thursday is read.)
    expect(dated(events(convened, '2009-04-28')).map((m) => m.date)).toEqual(['2009-04-23']);
  });

  it("sets aside a judgment of conduct (assessment), and takes no date from an example after 'such as' nor from a count's cut-off", () => {
    expect(whyNot('In 2005, President George W. Bush stumbled in dealing with Hurricane Katrina in the Gulf.', '2010-05-30')).toContain('stumbled:assessment');
    expect(
      whyNot(
        'Huge tragedies have changed the trajectory of the energy business before, such as the partial meltdown at Three Mile Island in 1979.',
        '2010-05-30',
      ),
    ).toContain('changed:date:of-an-example');
    expect(dated(events('The FWS report listed only 4,676 affected birds up to 14 September.', '2010-09-20'))).toEqual([]);
  });

  it('sets aside where something lay, a trip under way and a price level (state:position, state:under-way, state:price-level)', () => {
    expect(
      whyNot('As of 0200 local time (2200 GMT, Friday) the center of the depression was lying 125 miles west of Sarasota, the center said.', '2010-07-24'),
    ).toContain('lying:state:position');
    expect(whyNot('The hurricane was located about 255 miles south-east of Brownsville at 7am today.', '2010-06-30')).toContain('located:state:position');
    expect(whyNot('The president, who was headed to Chicago Thursday night, will not be at the ceremony.', '2010-05-27')).toContain('headed:state:under-way');
    expect(whyNot('Oil was trading around $74 a barrel Friday.', '2010-06-12')).toContain('trading:state:price-level');
    // (Headed by someone is who led it. "The panel" alone is placed by nothing: `subject-cannot-be-placed`.)
    expect(dated(events('The oil spill commission was headed by former Senator Bob Graham in June.', '2010-07-01')).map((m) => m.title)).toEqual([
      'The oil spill commission was headed by former Senator Bob Graham',
    ]);
  });

  it('takes no date before "on news" for the clause the news told, nor from a caption\'s participle ("shown at Monday\'s meeting")', () => {
    expect(whyNot('June 1 - BP shares plunge 17 percent in London trading, on news the latest attempt to plug the well has failed.', '2010-06-03')).toContain(
      'failed:date:of-what-the-news-moved',
    );
    expect(whyNot("The panel says firms were complacent. Mr Reilly, shown at Monday's meeting, cited a rush to completion.", '2010-11-09')).toContain(
      'shown:photo-caption',
    );
    expect(whyNot('Last week, Hayward was disputing the existence of the plumes.', '2010-06-08')).toContain('disputing:view-verb');
  });

  it('takes no date from the label of the next entry of a timeline run into one line, nor from a year that names a spill', () => {
    expect(
      whyNot('2 June: US government begins criminal inquiry 15 July: New cap brings temporary halt to spill 4 August: BP says the kill worked.', '2010-08-05'),
    ).toContain('brings:date:label-of-next-entry');
    expect(
      dated(events('Three oil executives agreed on a defence in a pair of Senate hearings Tuesday: Someone else was to blame.', '2010-05-12')).map(
        (m) => m.date,
      ),
    ).toEqual(['2010-05-11']);
    expect(dated(events('Crews deployed for the 1989 Exxon Valdez spill in Alaska reported symptoms.', '2010-06-01'))).toEqual([]);
  });
});

describe('extractEventMentions: views, demands, plans, the calendar and repute are no happenings (happen8)', () => {
  it('takes no feeling or opinion voiced, no call said again, no demand, no reading of news, no forecast given', () => {
    const why = whyNot(
      'Passengers held in a hotel expressed dismay on Saturday at the rules. The senator in an interview Thursday reiterated her call to end the ban. ' +
        "At a hearing in September, lawyers for the families pushed for a quicker schedule. Traders interpreted Wednesday's news as raising the risk. " +
        'A poll of 11 analysts on Monday gave an average forecast of $5 billion for the profits. Acme has given its considered opinion today.',
      '2010-10-06',
    );
    expect(why).toEqual(
      expect.arrayContaining([
        'expressed:view-voiced',
        'reiterated:said-again',
        'pushed:demand',
        'interpreted:view-verb',
        'gave:forecast',
        'given:view-voiced',
      ]),
    );
  });

  it('takes no plan told with "was set to" or "was poised to", but keeps "was set up"', () => {
    const why = whyNot('The case on Thursday was set to move back to the courts. On Wednesday, the House was poised to pass a bill.', '2010-07-07');
    expect(why).toEqual(expect.arrayContaining(['set:plan', 'poised:plan']));
    expect(dated(events('The claims office was set up in August to run the fund.', '2010-10-01')).map((e) => e.date)).toEqual(['2010-08']);
  });

  it('takes no season that starts, no repute that was hurt, no state told over a span of days', () => {
    const why = whyNot(
      "Hurricane season officially started on 1 June. Smith's star had already been tarnished by a 2005 explosion at the plant. " +
        'For 87 days, from April 20 until Thursday afternoon, the well defied all plans to close it.',
      '2010-07-18',
    );
    expect(why).toEqual(expect.arrayContaining(['started:calendar', 'tarnished:state:reputation', 'defied:state:over-a-span']));
  });
});

describe("extractEventMentions: a date that bounds, plans or covers a period is not the happening's (happen8)", () => {
  it('takes no date from a "since" phrase before the verb: what was lost builds up to the report', () => {
    const dropped: DroppedMention[] = [];
    const ms = events('Since the rig disaster on April 20, Acme shares have lost about $85 billion in value.', '2010-07-08', dropped);
    expect(dated(ms)).toEqual([]);
    expect(dropped.map((d) => d.rule)).toContain('date:since-bound');
    // (A relative clause in the "since" phrase keeps its antecedent's date.)
    const titles = dated(
      events(
        'Millions of gallons of oil, and possibly tens of millions, have leaked into the gulf since the April 20 explosion and fire that killed 11 crew members on the drilling rig Deepwater Horizon, which sank two days later.',
        '2010-06-01',
      ),
    );
    expect(titles).toContainEqual({ date: '2010-04-20', title: 'The explosion and fire killed 11 crew members' });
  });

  it('reads a comma inside a number as no end of the phrase a change starts from: "up from 250,000 on Friday"', () => {
    const text = 'Admiral John Smith reported that the cap was capturing 460,000 gallons of oil a day -- up from 250,000 on Friday.';
    expect(dated(events(text, '2010-08-04'))).toEqual([]);
    expect(whyNot(text, '2010-08-04')).toContain('capturing:date:baseline-of-change');
  });

  it('gives the date after the "to" of an invitation to the visit, not to the invitation', () => {
    const ms = events(
      'June 10 - The White House says that Obama has invited Acme Chairman John Smith to the White House on June 16 to discuss the spill.',
      '2010-06-16',
    );
    const m = ms.find((x) => /invited/.test(x.title));
    expect(m?.time?.value).toBe('2010-06-10');
    expect(m?.rules).toContain('date:of-the-happening-it-is-for');
  });

  it('dates no happening by the quarter or half a figure covers', () => {
    const dropped: DroppedMention[] = [];
    const ms = events('Oil production fell by 70,000 barrels per day in fourth quarter of 2010, with further drops expected this year.', '2011-01-11', dropped);
    expect(dated(ms)).toEqual([]);
    // (Whose production, "Oil production fell" cannot say; with its owner, the quarter dates nothing.)
    expect(dropped.map((d) => d.rule)).toContain('subject-cannot-be-placed:figure-without-owner');
    const owned: DroppedMention[] = [];
    const withOwner = events(
      "Britain's oil production fell by 70,000 barrels per day in fourth quarter of 2010, with further drops expected this year.",
      '2011-01-11',
      owned,
    );
    expect(dated(withOwner)).toEqual([]);
    expect(owned.map((d) => d.rule)).toContain('date:reporting-period');
    expect(whyNot("Acme's profits doubled in the first quarter this year.", '2010-05-01')).toContain('doubled:date:reporting-period');
  });
});

describe('extractEventMentions: what a named body said it did (issue 12, gold days without an event)', () => {
  const shown = (text: string, published: string) =>
    events(text, published)
      .filter((m) => m.time)
      .map((m) => ({ title: m.title, date: m.time!.value, rules: m.rules }));

  it('names the sayer for "it" right after a named organisation or country said it did something', () => {
    const [m] = shown('The Coast Guard said Saturday it had shut down two offshore platforms near the spill.', '2010-05-02');
    expect(m.title).toBe('The Coast Guard said it had shut down two offshore platforms');
    expect(m.date).toBe('2010-05-01');
    expect(m.rules).toEqual(expect.arrayContaining(['subject:sayer-of-it', 'date:of-report-for-past-perfect']));
    expect(shown('Mexico said on Sunday it had closed all schools in the capital.', '2009-04-27').map((e) => e.title)).toEqual([
      'Mexico said it had closed all schools in the capital',
    ]);
  });

  it('titles a past perfect dated by its saying with the sayer: the announcement is what happened that day (title:with-sayer)', () => {
    const [m] = shown('The Harbour Authority said on Tuesday it had closed two piers near the slick.', '2010-05-05');
    expect(m.title).toBe('The Harbour Authority said it had closed two piers');
    expect(m.date).toBe('2010-05-04');
    expect(m.rules).toEqual(expect.arrayContaining(['date:of-report-for-past-perfect', 'title:with-sayer']));
    // (A long sayer is cut to the name it ends with; an apposition is left out.)
    expect(
      shown('Acme Senior Vice-President John Marsh said on Monday the crews had finished pumping cement into the well.', '2010-08-03').map((e) => e.title),
    ).toEqual(['John Marsh said the crews had finished pumping cement into the well']);
    expect(shown('On Friday, retired Admiral John Marsh, the incident commander, said the valve had been replaced.', '2010-09-04').map((e) => e.title)).toEqual(
      ['Retired Admiral John Marsh said the valve had been replaced'],
    );
  });

  it('keeps the sayer over a relative clause between commas (title:sayer-over-relative-clause)', () => {
    // ("BP PLC, which leased the rig and took the lead in the cleanup, said Friday it has activated an extensive oil spill
    // response", Fox News of 23 April 2010: the sayer was lost over the relative clause, date:of-report-without-sayer.)
    const text = 'BP PLC, which leased the rig and took the lead in the cleanup, said Friday it has activated an extensive oil spill response.';
    const m = events(text, '2010-04-23').find((e) => e.time);
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-04-23', title: 'BP PLC said it has activated an extensive oil spill response' });
    expect(m?.rules).toEqual(expect.arrayContaining(['title:with-sayer', 'title:sayer-over-relative-clause']));
    // (Not a relative clause that runs to the saying verb with no comma closing it.)
    expect(events('BP, which said on Friday it had activated a response plan.', '2010-04-23').filter((e) => e.time)).toEqual([]);
    // (A country in the possessive before the sayer company's name takes no part: actors:sayer-country-qualifies-noun.)
    const mitsui =
      "Japan's Mitsui, which has a 10% stake in the well through its unit Mitsui Oil Exploration, said overnight that it has received a bill for $480m from BP.";
    const bill = events(mitsui, '2010-08-03').find((e) => e.rules.includes('title:sayer-over-relative-clause'));
    expect(bill?.rules).toContain('actors:sayer-country-qualifies-noun');
    expect(bill?.actors.some((x) => /japan/i.test(x))).toBe(false);
    // (Nor a progressive, an effort going on.)
    const doing = 'BP, which leased the rig, said last week that it was doing everything in its power to contain the spill.';
    expect(events(doing, '2010-04-26').filter((e) => e.rules.includes('title:sayer-over-relative-clause'))).toEqual([]);
  });

  it('gives a reported past perfect no date when no sayer can lead its title (date:of-report-without-sayer, title-too-long:with-sayer)', () => {
    // ("the ship's captain": which ship, the title cannot say, UNNAMED_THING_HEADS; that goes first.)
    expect(whyNot("Yesterday, it was announced that the ship's captain had also died.", '2009-06-30')).toContain(
      'died:subject-cannot-be-placed:definite-owner',
    );
    expect(whyNot('Officials said on Thursday the number of cases had risen to 40.', '2009-05-01')).toContain('risen:date:of-report-without-sayer');
    expect(whyNot('Acme and the Coast Guard said on Saturday that about two million gallons of an oily water mix had been collected.', '2010-05-09')).toContain(
      'collected:title-too-long:with-sayer',
    );
  });

  it('names "the company" that said "it" did something as the one organisation named before, or makes no event', () => {
    const text = 'Oil giant BP Plc has drilled a relief well. The company said on Friday that it has hired 500 workers.';
    // (The opening present perfect is the news of the article's day, `date:lede-present-perfect`.)
    expect(shown(text, '2010-05-02').map((e) => e.title)).toEqual(['Oil giant BP Plc has drilled a relief well', 'BP Plc said it has hired 500 workers']);
    expect(whyNot('The company said on Friday that it has hired 500 workers.', '2010-05-02')).toContain('hired:subject-cannot-be-placed');
  });

  it('does not date by the saying what was said with a date of its own, whatever clause the parse gives the date', () => {
    expect(
      shown(
        'BP said on Thursday that it had lobbied the British government to speed up a prisoner transfer agreement with Libya in late 2007.',
        '2010-07-16',
      ).map((e) => e.date),
    ).not.toContain('2010-07-15');
  });

  it('keeps "it" unnamed after a person, a spokesman, quoted words or another noun', () => {
    expect(whyNot('Tony Hayward said on Friday it had capped the second leak.', '2010-05-02')).toContain('capped:pronoun-subject:sayer-not-an-organisation');
    expect(whyNot('A BP spokesman said on Friday it had capped the second leak.', '2010-05-02')).toContain('capped:pronoun-subject');
    expect(whyNot('Energy giant BP said on Monday it had "turned the corner" in its effort to contain the spill.', '2010-05-18')).toContain(
      'turned:pronoun-subject',
    );
    expect(whyNot('BP said Tuesday that the well was capped and it had stopped leaking.', '2010-05-02')).toContain('stopped:pronoun-subject');
  });

  it('takes the phrase before a short name or a converted amount in brackets as the subject', () => {
    const [m] = shown('The World Health Organization (WHO) raised its alert level late on Tuesday from three to four.', '2009-04-29');
    // (with the levels it moved between, events/needed-phrase.ts `title:change-keeps-level`)
    expect(m.title).toBe('The World Health Organization raised its alert level from three to four');
    expect(m.date).toBe('2009-04-28');
    // (not over a relative clause the parse lost)
    expect(
      shown(
        'Earlier the WHO (World Health Organization) - which increased its pandemic alert to five on Wednesday - said it had no plans for a rise.',
        '2009-04-30',
      ),
    ).toEqual([]);
  });

  it('dates a toll told in a relative clause on the subject of what a named body said by the saying', () => {
    const [m] = shown(
      'A new flu that has killed up to 68 people, more than any before, could start a global epidemic, the World Health Organization warned on Saturday.',
      '2009-04-26',
    );
    expect(m.title).toBe('A new flu has killed up to 68 people, World Health Organization warned');
    expect(m.date).toBe('2009-04-25');
    expect(m.rules).toContain('date:of-report-for-present-perfect');
    expect(
      shown(
        'The new H1N1 virus, which has caused the first pandemic of the 21st century, appears to have been circulating among pigs for years, researchers reported on Thursday.',
        '2009-06-12',
      ),
    ).toEqual([]);
  });

  it('takes no year from the period a figure is compared with', () => {
    expect(whyNot('BP said it aired fewer TV spots between April and July than during a similar period last year.', '2010-08-02')).not.toContain(
      'aired:date:in-clause',
    );
    expect(shown('BP said it aired fewer TV spots between April and July than during a similar period last year.', '2010-08-02')).toEqual([]);
  });
  it('titles a simple or progressive past told by a named sayer with the sayer, dated by the saying (date:of-report-for-reported-past)', () => {
    const [m] = shown('BP said Tuesday it was speeding up payments for large commercial claims.', '2010-06-16');
    expect(m.title).toBe('BP said it was speeding up payments');
    expect(m.date).toBe('2010-06-15');
    expect(m.rules).toEqual(expect.arrayContaining(['date:of-report-for-reported-past', 'title:with-sayer']));
    expect(shown('The Philippines said on Sunday it recorded its second case of the new H1N1 flu virus.', '2009-05-25').map((e) => e.title)).toEqual([
      'Philippines said it recorded its second case of the new H1N1 flu virus',
    ]);
    // (A thing's part in what happened is the sayer's view: no event.)
    expect(
      dated(events('Kendra Barkoff, an Interior Department spokeswoman, said Saturday that the valve played no role in the accident.', '2010-07-18')),
    ).toEqual([]);
    // (People at work are doers.)
    expect(
      shown(
        'On Thursday, BP said engineers were preparing to lower a 98-ton metal chamber over a ruptured undersea oil well in the Gulf of Mexico.',
        '2010-05-07',
      ).map((e) => e.title),
    ).toEqual(['BP said engineers were preparing to lower a 98-ton metal chamber']);
    // (A stance is a view, said or not; "The company", naming no one, leaves the reader asking who.)
    expect(
      whyNot("In a statement on Tuesday, BP said it supported the commission's efforts to boost industry-wide safety measures.", '2011-01-12').some((w) =>
        w.startsWith('supported:view:stance'),
      ),
    ).toBe(true);
    expect(whyNot('Late Wednesday, the company said the cap was successfully reinstalled.', '2010-06-24')).toContain('reinstalled:title:sayer-unnamed');
    // (Told to someone: "Hayward told a Congressional committee the reservoir still held" has no room for whom.)
    expect(dated(events('Hayward told a Congressional committee on Thursday the reservoir still held 50m barrels.', '2010-06-18'))).toEqual([]);
  });

  it('keeps a reported past only as the sentence writes it, uncut (title-cut:reported-past)', () => {
    expect(
      whyNot('BP said on Tuesday it was managing to funnel the equivalent of 2,000 barrels a day of oil from the well to a tanker ship.', '2010-05-19').filter(
        // (Or the earlier cut of "the equivalent" before its "of" phrase, events/endings.ts.)
        (r) => r === 'managing:title-cut:reported-past' || r === 'managing:title-cut:definite-without-its-of-phrase',
      ),
    ).toHaveLength(1);
    expect(
      whyNot('The Shell Oil Company announced Wednesday that it was preparing to take all non-essential personnel off its platforms.', '2010-07-22'),
    ).toContain('preparing:title-cut:reported-past');
  });

  it('writes "he" the sayer said as written, not the sayer\'s name twice (title:sayer-pronoun-kept)', () => {
    const [m] = shown('Bob Dudley will take over. Dudley also said on Wednesday he was appointing a new safety guru, Mark Bly.', '2010-09-30');
    expect(m.title).toBe('Bob Dudley said he was appointing a new safety guru');
    expect(m.rules).toContain('title:sayer-pronoun-kept');
  });

  it('titles a deed quoted in its sayer\'s words after "it had" with the sayer (quoted:deed-in-sayer-words)', () => {
    const text =
      'Fearing a major spill, BP PLC said on Friday that it had "activated an extensive oil spill response", which included a 32-vessel clean-up flotilla.';
    const [m] = shown(text, '2010-04-24');
    expect(m.title).toBe('BP PLC said it had activated an extensive oil spill response');
    expect(m.date).toBe('2010-04-23');
    expect(m.rules).toEqual(expect.arrayContaining(['quoted:deed-in-sayer-words', 'title:with-sayer']));
    // (A few words quoted are a figure of speech, a view.)
    expect(dated(events('BP said on Monday it had "turned the corner" in its fight.', '2010-05-25'))).toEqual([]);
  });

  it('takes no name after "an aide to" as the sayer (title-sayer-is-another)', () => {
    const text = 'Lt. Commander Tony Russell, an aide to Coast Guard Adm. Thad Allen, said Thursday that the crews had pumped mud into the well.';
    expect(shown(text, '2010-05-28').map((e) => e.title)).not.toContainEqual(expect.stringMatching(/^Thad Allen said/));
    expect(whyNot(text, '2010-05-28')).toContain('pumped:title-sayer-is-another');
  });
});

describe('titles whole and faithful: never cut, garbled or unfaithful', () => {
  it('keeps the noun after a hyphenated modifier, and a passive measured by "a mile" has no object', () => {
    expect(title('BP said mud that was forced down the blown-out well on Wednesday was holding back the flow.', '2010-08-05')).toBe(
      'Mud was forced down the blown-out well',
    );
    // ("down its blown-out well": whose, a title with a bare noun of one as its subject cannot say; described-subjects.ts.)
    expect(whyNot('BP said mud that was forced down its blown-out well on Wednesday was holding back the flow.', '2010-08-05')).toContain(
      'forced:object-cannot-be-placed:whose',
    );
    expect(title('A device was lowered over the blown-out well a mile beneath the sea late Thursday.', '2010-06-04')).toBe(
      'A device was lowered over the blown-out well',
    );
  });

  it('takes no object past "when": "occurred when a pipeline ... burst" is no "occurred a pipeline"', () => {
    const text = 'The leak in 2009 occurred when a pipeline at the BP-operated Lisburne oil field burst.';
    expect(events(text, '2010-06-01').map((m) => m.title)).toEqual([]);
    expect(whyNot(text, '2010-06-01')).toContain('occurred:verb-without-what:object-not-parsed');
  });

  it('keeps "last" of the previous time: "last declared a pandemic 41 years ago" (`title:limiting-adverb-kept`)', () => {
    expect(title('The World Health Organization last declared a pandemic 41 years ago.', '2009-06-01')).toBe(
      'The World Health Organization last declared a pandemic',
    );
  });
});

describe('titles keep what the verb and the amount need', () => {
  it('keeps an object-control verb with its infinitive past a time, and sets it aside when the title cannot reach it', () => {
    const [m] = dated(events('Jackson directed the EPA last week to seek out alternative chemicals within 24 hours.', '2010-05-24'));
    expect(m.title).toBe('Jackson directed the EPA to seek out alternative chemicals');
    expect(whyNot('Jackson directed the EPA last week in a letter to seek out alternative chemicals.', '2010-05-24')).toContain(
      'directed:title-object-infinitive-cut',
    );
  });

  it('keeps what the object was prevented from (title:object-gerund)', () => {
    const ms = events('Weather and sea conditions Thursday prevented officials from trying another controlled burn of the oil.', '2010-04-30');
    expect(ms.map((m) => m.title)).toEqual(['Weather and sea conditions prevented officials from trying another controlled burn']);
    expect(ms[0].rules).toContain('title:object-gerund');
  });

  it('keeps a rate and a unit with what it measures (title:rate-kept, title:measure-of-phrase)', () => {
    // (On a day: a quarter's figure dates nothing, date:reporting-period.)
    const [rate] = events('U.S. Gulf of Mexico oil production fell by 70,000 barrels per day on Tuesday.', '2011-01-11');
    expect(rate.title).toBe('U.S. Gulf of Mexico oil production fell by 70,000 barrels per day');
    expect(rate.rules).toContain('title:rate-kept');
    const [unit] = events("In late May, the administration accepted Mexico's offer of two skimmers and 13,779 feet of boom.", '2010-06-01');
    expect(unit.title).toBe("The administration accepted Mexico's offer of two skimmers and 13,779 feet of boom");
    expect(unit.rules).toContain('title:measure-of-phrase');
  });

  it('keeps a year that an article needs: "by a 2005 explosion", not "by a explosion"', () => {
    const [m] = events("Acme's Texas City refinery was shut by a 2005 explosion at the site.", '2010-06-01');
    expect(m.title).toBe("Acme's Texas City refinery was shut by a 2005 explosion");
    expect(m.rules).toContain('title:date-kept-for-article');
  });
});

describe('views, moods, measures and general statements are no happenings', () => {
  it('sets aside a view received, a view measured out or taken, and a remark made', () => {
    expect(whyNot("The governor's quicker response brought rare praise today from a senior senator.", '2010-06-16')).toContain('brought:view-received');
    expect(whyNot('The actor also took some flak in the local press on Friday.', '2010-06-19')).toContain('took:view-received');
    expect(whyNot('A new pump offered a measure of optimism on Sunday.', '2010-06-07')).toContain('offered:view-voiced');
    expect(whyNot('Analysts at the bank took a gloomier view on Monday.', '2010-09-14')).toContain('took:view-voiced');
    expect(whyNot('The mayor made the same observation on Saturday on a radio show.', '2010-06-20')).toContain('made:statement-without-content');
  });

  it('sets aside a mood told by an idiom, a readiness, a general statement and a description', () => {
    expect(whyNot('Fishermen were crossing their fingers on Thursday.', '2010-05-28')).toContain('crossing:mood-idiom');
    expect(whyNot('Earlier on Friday, the firm was prepared to oppose the motion.', '2010-11-20')).toContain('prepared:plan');
    expect(whyNot('Earlier outbreaks have behaved in this way, such as the 1957 flu.', '2009-07-20')).toContain('behaved:state:verb');
    expect(whyNot('The hearing this week has focused on the cement job.', '2010-08-25')).toContain('focused:state:verb');
    const contrast =
      "Exxon Corp's refining earnings fell sharply in the first quarter, contrasting with the unusually strong margins prevailing in the first qtr of 1986.";
    expect(whyNot(contrast, '1987-04-24')).toContain('contrasting:state:verb');
    expect(events(contrast, '1987-04-24').filter((e) => e.title.includes('contrasting'))).toEqual([]);
  });

  it('takes no imperative that opens a sentence for its subject', () => {
    // ("Note, too, that ...": the "that" ends the search for a subject before the comma.)
    const text = 'Note, too, that this interim report (final report due in June) by the National Academy also pointed a lot of blame at the federal agency.';
    expect(events(text, '2010-06-20').filter((m) => m.title.startsWith('Note'))).toEqual([]);
    expect(whyNot(text, '2010-06-20')).toContain('pointed:subject-across-comma');
  });

  it('sets aside how long something took, not what was taken', () => {
    expect(whyNot('The 1978 spill, which by some estimates took three years and $1 billion to clean up, was cited.', '2010-06-01')).toContain(
      'took:duration-taken',
    );
    expect(whyNot('A similar leak last year took 10 weeks to bring under control.', '2010-06-01')).toContain('took:duration-taken');
    expect(dated(events('Crews took 12 samples from the beach on Monday.', '2010-09-14')).map((e) => e.title)).toEqual([
      'Crews took 12 samples from the beach',
    ]);
  });
});

describe('titles never make hearsay or a hypothetical a fact', () => {
  it('sets aside what unnamed reports tell (hearsay), not what a named teller reports', () => {
    expect(whyNot('But there were also reports that Hayward had held similar discussions in 2007.', '2010-07-20')).toContain('held:hearsay');
    expect(whyNot('Reports this week suggest that last year a senior BP executive lobbied against safety codes.', '2010-07-20')).toContain('lobbied:hearsay');
    expect(events('Reuters reports said on Sunday that BP had sold its Alaska assets.', '2010-07-20').map((m) => m.title)).toEqual([
      'Reuters reports said BP had sold its Alaska assets',
    ]);
  });

  it('sets aside a relative clause on what "you\'d have" imagines (hypothetical-antecedent)', () => {
    const text = "You'd have Shell executives who 17 years ago used super tankers to clean up the Middle East.";
    expect(events(text, '2010-07-20')).toEqual([]);
    expect(whyNot(text, '2010-07-20')).toContain('used:hypothetical-antecedent');
  });
});

describe('titles never take a subject that is not the one that did it', () => {
  it('sets aside a subject glued to a byline, half of a coordinated subject, or the object of a verb before it', () => {
    expect(whyNot('June 28, 2010 - 6:39 AM | by: Jonathan Serrie Gulf Coast states have launched multimillion dollar ad campaigns.', '2010-06-28')).toContain(
      'launched:subject-after-byline',
    );
    expect(whyNot('He and first lady Michelle Obama were holding a congressional picnic at the White House on Wednesday.', '2010-08-05')).toContain(
      'holding:subject-half-of-coordination',
    );
    expect(whyNot('Seven workers on a boat trying to scrub the oil from Breton Sound were taken to hospital on Wednesday.', '2010-05-27')).toContain(
      'taken:subject-is-object-of-verb-before',
    );
    expect(events('Obama and Hayward met on Tuesday.', '2010-06-28').map((m) => m.title)).toEqual(['Obama and Hayward met']);
  });
});

describe('titles that stop before what completes them', () => {
  it('keeps a share with its "of" phrase and a preposition the clause ends on (title:stranded-preposition)', () => {
    const [m] = events(
      'The Obama administration announced Wednesday that only about 26 percent of the oil spilled in the Gulf was unaccounted for.',
      '2010-08-05',
    );
    expect(m.title).toBe('The Obama administration announced that about 26 percent of the oil was unaccounted for');
    expect(m.rules).toEqual(expect.arrayContaining(['title:measure-of-phrase', 'title:stranded-preposition']));
  });

  it("keeps a relational noun's phrase after the verb (title:phrase-needs-its-phrase) and a comparison (title:comparison-kept)", () => {
    const [m] = events('On Friday, Megrahi was convicted in connection with the Lockerbie bombing.', '2010-08-05');
    expect(m.title).toBe('Megrahi was convicted in connection with the Lockerbie bombing');
    expect(m.rules).toContain('title:phrase-needs-its-phrase');
    const [c] = events('BP collected a smaller amount of oil than usual on Wednesday, about 969,000 gallons.', '2010-07-01');
    expect(c.title).toBe('BP collected a smaller amount of oil than usual');
    expect(c.rules).toContain('title:comparison-kept');
  });

  it('sets aside a content noun cut from its "that" clause, past a time or as the agent (content-in-clause-after-object)', () => {
    expect(whyNot('Earlier yesterday Gordon Brown offered reassurance that Britain was well-placed to deal with the outbreak.', '2009-05-02')).toContain(
      'offered:content-in-clause-after-object',
    );
    expect(whyNot("Executives were also alarmed by the White House's insistence last week that BP must pay the wages.", '2010-06-10')).toContain(
      'alarmed:content-in-clause-after-object',
    );
  });

  it('keeps no preposition before a quotation, and sets aside a verb of calling cut before its "as" (title-cut-before-as)', () => {
    expect(events('Argus Research on Monday downgraded both Transocean and BP to "hold" from "buy".', '2010-05-04').map((m) => m.title)).toEqual([
      'Argus Research downgraded both Transocean and BP',
    ]);
    expect(whyNot('In 2001, President Barack Obama referred to BP as "British Petroleum".', '2010-11-04')).toContain('referred:title-cut-before-as');
  });
});

describe('titles cut before what completes them, and titles that garble or change the claim', () => {
  const titles = (text: string, published: string) => dated(events(text, published)).map((e) => e.title);

  it('reads "said on" a quoted show as a saying, not a phrasal verb (saying-verb)', () => {
    expect(whyNot('The governor said on "Fox News Sunday" that the beaches were clean.', '2010-06-07')).toContain('said:saying-verb');
  });

  it('sets aside a verb whose told content is the clause after its object (content-in-clause-after-object)', () => {
    expect(whyNot('The president on Friday promised fishermen that the government would pay them.', '2010-06-07')).toContain(
      'promised:content-in-clause-after-object',
    );
  });

  it('sets aside a verb whose object is all quoted or bracketed words (verb-without-what:object-left-out)', () => {
    expect(whyNot('The rig owner released a May safety report that found "no (fire) alarms out of order."', '2010-07-07')).toContain(
      'found:verb-without-what:object-left-out',
    );
  });

  it('sets aside a verb whose object opens with a participle read as a verb (verb-without-what:object-not-parsed)', () => {
    expect(whyNot('Officials on Monday closed affected coastal waters to shrimping.', '2010-06-07')).toContain('closed:verb-without-what:object-not-parsed');
  });

  it('sets aside "used" cut before what it was used for (title-object-infinitive-cut)', () => {
    expect(whyNot('The senator today used his first trip to the coast hit by the slick to ask tourists to come back for the summer.', '2010-07-07')).toContain(
      'used:title-object-infinitive-cut',
    );
    expect(titles('The senator on Monday used a radio speech to push for new safety rules.', '2010-07-07')).toEqual([
      'The senator used a radio speech to push for new safety rules',
    ]);
  });

  it('keeps what a plan, a size or a sign is of or for (title:object-needs-its-phrase)', () => {
    expect(titles('When the minister unveiled his plans for Iraq and Syria in March, he promised talks.', '2010-07-07')).toEqual([
      'The minister unveiled his plans for Iraq and Syria',
    ]);
    expect(titles('Last month Acme formally challenged the official estimate of the size of the slick.', '2010-07-07')).toEqual([
      'Acme challenged the official estimate of the size of the slick',
    ]);
    expect(titles("Acme's damaged gas well showed signs of leaking on Monday.", '2010-07-07')).toEqual(["Acme's damaged gas well showed signs of leaking"]);
    expect(titles('Acme announced plans on Monday to sell its pipelines.', '2010-07-07')).toEqual(['Acme announced plans to sell its pipelines']);
    expect(titles('Acme announced plans Monday to try attaching another hose to the valve.', '2010-07-07')).toEqual([
      'Acme announced plans to try attaching another hose to the valve',
    ]);
    expect(whyNot('The parish had drafted plans as far back as 2008 to expand its barrier islands.', '2010-07-07')).toContain(
      'drafted:title-object-infinitive-cut',
    );
    expect(whyNot('The agency was announcing plans on Monday for the governor to review the permits.', '2010-07-07')).toContain(
      'announcing:title-object-infinitive-cut',
    );
  });

  it('sets aside a title cut after a superlative, a part or an infinitive verb (title-cut-inside-phrase)', () => {
    expect(whyNot('After the storm, the firm deployed six of its largest, ocean-going barges in 2005.', '2010-07-07')).toContain(
      'deployed:title-cut-inside-phrase',
    );
    expect(whyNot('The rig was hit by a storm in 2008 and output was halted for most of 2009.', '2010-07-07')).toContain('halted:title-cut-inside-phrase');
    expect(whyNot('June 24 - A judge refuses to put on hold his ruling on the ban.', '2010-07-07')).toContain('refuses:title-cut-inside-phrase');
    expect(whyNot('During the first attempt in May, the pipe was taking as much water as the crews were pumping into it.', '2010-07-07')).toContain(
      'taking:title-cut-inside-phrase',
    );
    // (An -ing verb after "to begin" is what was begun: the title keeps it, or is cut.)
    expect(titles('The EPA Thursday directed Acme to begin using a milder solvent within 72 hours.', '2010-05-21')).toEqual([
      'The EPA directed Acme to begin using a milder solvent',
    ]);
    expect(whyNot('A crash of two barges in 1977 released 30,000 tonnes of fuel and polluted just 40 seals.', '2010-07-07')).toContain(
      'released:title-cut-inside-phrase',
    );
    // (What was revealed, cut before its object, is no title: "BP had turned down".)
    expect(whyNot('The director also revealed last night that Acme had turned down his offer of help.', '2010-06-02')).toContain('revealed:verb-without-what');
  });

  it('sets aside a subject that is a bare number, a measure or a superlative (subject-without-noun)', () => {
    expect(whyNot('Thirty were found Monday and several more Tuesday.', '2010-06-10')).toContain('found:subject-without-noun:number');
    // (A number keeps its "of" phrase when the title is cut short; when it cannot, no title: not "Seven were hosted by ...".)
    expect(titles('Seven of the 12 dinners were hosted by lobbyist John Smith on Monday.', '2010-06-10')).toEqual([
      'Seven of the 12 dinners were hosted by lobbyist John Smith',
    ]);
    expect(whyNot('Seven of the 12 known dinners this year were hosted by lobbyist John Smith or other lobbyists for his firm.', '2010-06-10')).toContain(
      'hosted:title-too-long',
    );
    expect(whyNot('Three gallons were found Sunday on the beach.', '2010-06-10')).toContain('found:subject-without-noun:measure');
    // (a distance with where it is measured from is where, not who: not "A mile positioned the lid")
    const deep = 'Robots a mile beneath the sea positioned the dome over the broken pipe on Thursday night.';
    expect(titles(deep, '2010-05-08').filter((x) => /^A mile/.test(x))).toEqual([]);
    expect(whyNot(deep, '2010-05-08')).toContain('positioned:subject-is-a-distance');
    // (and after the object it says where the object is: not "found the wreck 200 feet", title:distance-dropped)
    expect(titles('Divers found the wreck 200 feet under the surface on Monday.', '2010-06-10')).toEqual(['Divers found the wreck']);
    expect(events('Divers found the wreck 200 feet under the surface on Monday.', '2010-06-10')[0].rules).toContain('title:distance-dropped');
    // (with a placing "below" phrase the distance is kept whole when the title has room: `title:placing-phrase:after-figure`)
    const below = events('Divers found the wreck 200 feet below the surface on Monday.', '2010-06-10')[0];
    expect(below.title).toBe('Divers found the wreck 200 feet below the surface');
    expect(below.rules).toContain('title:placing-phrase:after-figure');
    expect(titles('The oil slick moved 20 miles off the coast on Monday.', '2010-06-10')).toEqual(['The oil slick moved 20 miles off the coast']);
    expect(whyNot('The find of the field however the biggest in the region was made in 1970 by a geologist.', '2010-06-10')).toContain(
      'made:subject-without-noun',
    );
  });

  it('makes no subject of the first noun after what is left of a ticker or after a multiple (subject-cut-at-ticker, subject-after-multiplier)', () => {
    // ("Spill has degraded into tiny particles" from a line opening "N) spill is gone ... or has degraded")
    expect(whyNot('N) chairman apologized on Wednesday to the American people for the spill.', '2010-06-17')).toContain('apologized:subject-cut-at-ticker');
    expect(titles('L) Acme Labs biotechnology unit won an order from the government on Monday.', '2009-06-02')).toEqual([
      'Acme Labs biotechnology unit won an order from the government',
    ]);
    // ("The normal level of methane gas has been found" from "As much as 1 million times the normal level ...")
    expect(whyNot('As much as 1 million times the normal level of methane was found near the well on Tuesday.', '2010-06-23')).toContain(
      'found:subject-after-multiplier',
    );
  });

  it('titles a present perfect dated by the day of its saying with its sayer, or dates nothing (title:with-sayer-after)', () => {
    // ("Libyan authorities have reported an outbreak" dated by the day a WHO official spoke)
    const [m] = events('Acme authorities have reported two new cases, a WHO official said on Tuesday.', '2009-06-16');
    expect(m.title).toBe('Acme authorities have reported two new cases, a WHO official said');
    expect(m.rules).toEqual(expect.arrayContaining(['date:of-report-for-present-perfect', 'title:with-sayer-after']));
    expect(titles('BP said Wednesday that it has capped one of the three leaks in the pipe.', '2010-05-05')).toEqual([
      'BP said it has capped one of the three leaks',
    ]);
    // (a sayer no title can show: the child's death is not dated by the day the official spoke)
    const text = 'A 2-year-old child has died in Texas from the new flu, a U.S. Centers for Disease Control and Prevention official said on Wednesday.';
    expect(titles(text, '2009-04-29')).toEqual([]);
    expect(whyNot(text, '2009-04-29')).toContain('died:date:of-report-without-sayer');
    // ("who has since resigned": no date of the clause around it)
    expect(whyNot('In June, chief executive Tom Hall who has since resigned was forced to suspend dividend payments.', '2010-09-10')).toContain(
      'resigned:no-date-in-clause',
    );
  });

  it('keeps a hedge or an approximation the claim rests on (title:hedge-kept, title:approximation-kept)', () => {
    const [m] = events('Microbes ate the potentially heat-trapping gas that leaked from the broken pipe last year.', '2011-01-07');
    expect(m.title).toBe('Potentially heat-trapping gas leaked from the broken pipe');
    expect(m.rules).toContain('title:hedge-kept');
    expect(titles('Shares in Acme initially fell 2 percent on Tuesday, but closed higher.', '2010-07-07')).toEqual(['Shares in Acme initially fell 2 percent']);
    // ("Raymond James & Associates this week nearly tripled its estimate" titled "tripled")
    expect(titles('Acme Securities this week nearly tripled its estimate of costs to $7 billion.', '2010-06-06')).toEqual([
      'Acme Securities nearly tripled its estimate of costs',
    ]);
    const [n] = events('As many as 40 deaths were reported in the capital on Monday.', '2010-07-07');
    expect(n.title).toBe('As many as 40 deaths were reported in the capital');
    expect(n.rules).toContain('title:approximation-kept');
    // (The Guardian, 20 September 2010: an object's figure too.)
    const cost = events('BP oil spill cost hits nearly $10bn\nThe company revealed its costs today.', '2010-09-20').find((e) => e.time);
    expect(cost?.title).toBe('BP oil spill cost hits nearly $10bn');
    expect(cost?.rules).toContain('title:approximation-kept');
  });

  it('keeps an amount whole and a name with "of" whole in a short title', () => {
    expect(titles('Exxon, which announced a $2.5 bn cash purchase of the Texas shale gas producer Acme Oil last week, said nothing.', '2010-07-07')).toEqual([
      'Exxon announced a $2.5 bn cash purchase of Acme Oil',
    ]);
    expect(titles("HOUSTON (Reuters) - Acme Corp's crippled Gulf of Mexico gas well showed signs of leaking on Friday.", '2010-07-17')).toEqual([
      "Acme Corp's crippled Gulf of Mexico gas well showed signs of leaking",
    ]);
  });

  it('sets aside a subject that is the object of the past verb before it (subject-is-object-of-verb-before)', () => {
    expect(whyNot('Jane Doe: She rebuilt the city’s response to the floods in 2008 took charge of the cleanup a month later.', '2010-07-07')).toContain(
      'took:subject-is-object-of-verb-before',
    );
  });

  it('sets aside an imperative opening and a photo caption (subject-across-comma, photo-caption)', () => {
    expect(
      whyNot('Note, too, that this early report (final report due in June) by the academy also pointed a lot of blame at the agency in May.', '2010-07-07'),
    ).toContain('pointed:subject-across-comma');
    expect(whyNot('Adm. John Smith, left, and agency chief Mary Jones release cleaned pelicans off Grand Isle, La., last week.', '2010-07-07')).toContain(
      'cleaned:photo-caption',
    );
  });

  it('sets aside "diagnosed" without with what, and an office without whose (verb-without-what:needs-phrase, title:office-without-whose)', () => {
    expect(whyNot('The latest school hit is Hill School in Leeds, where four pupils were diagnosed on Monday.', '2009-05-07')).toContain(
      'diagnosed:verb-without-what:needs-phrase',
    );
    expect(titles('Three new cases were diagnosed in Wales on Monday.', '2009-05-07')).toEqual(['Three new cases were diagnosed in Wales']);
    expect(whyNot('John Smith joined the firm in 1990. When he became chief executive in 2005, he promised safety.', '2010-07-07')).toContain(
      'became:title-office-without-whose',
    );
    expect(titles("John Smith became Acme's chief executive in 2005.", '2010-07-07')).toEqual(["John Smith became Acme's chief executive"]);
  });

  it('sets aside a relative on "any" (antecedent-not-asserted) and keeps an infinitive whole: particle, idiom', () => {
    expect(whyNot('Investigators could not find any single error that caused the platform to catch fire on May 2.', '2010-07-07')).toContain(
      'caused:antecedent-not-asserted',
    );
    expect(titles('A gas leak caused the platform to blow up on May 2.', '2010-07-07')).toEqual(['A gas leak caused the platform to blow up']);
    expect(titles('The Coast Guard dropped a plan Wednesday to set fire to the slick.', '2010-07-07')).toEqual([
      'The Coast Guard dropped a plan to set fire to the slick',
    ]);
    expect(titles('Officials confirmed Thursday the first tar balls to reach land from the slick in the Gulf of Mexico.', '2010-05-08')).toEqual([
      'Officials confirmed the first tar balls to reach land',
    ]);
    // (An object the parse missed before the infinitive: "approved to build" is no title.)
    expect(whyNot('On Thursday the admiral - the top spill official - approved part of a plan to build sand berms.', '2010-05-08')).toContain(
      'approved:verb-without-what:needs-object',
    );
  });
});

describe('titles that were false, garbled or cut', () => {
  const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

  it('gives a verb after ", killing ..., and" to the participle\'s host: the platform capsized, not "The pipe began leaking gas capsized"', () => {
    const ts = titles(
      "The pipe began leaking gas into the bay after Acme's Sea Star platform exploded on 3 March, killing 4 workers, and capsized two days later.",
      '2010-03-10',
    );
    expect(ts).toContain("Acme's Sea Star platform capsized");
    expect(ts.some((x) => /began leaking/.test(x))).toBe(false);
  });

  it('makes no subject of the second of two bare nouns after one preposition ("Pulley began")', () => {
    expect(
      titles('It took two weeks to build the box, and the effort to lower it by rope and pulley to the seabed began late Monday night.', '2010-05-12'),
    ).not.toContain('Pulley began');
  });

  it('gives a "which" with no comma after a place the noun before the place, with that noun\'s date (restrictive-which-skips-proper-name)', () => {
    const [m] = events(
      'Acme has spent years rebuilding its name, after it took a big hit from a pipeline blast in 2007 in Ohio which killed 9 workers and gas and oil leaks in Alaska in 2008.',
      '2010-06-01',
    ).filter((x) => /killed/.test(x.title));
    expect(m.title).toBe('A pipeline blast killed 9 workers');
    expect(m.time?.value).toBe('2007');
    expect(m.rules).toContain('date-scope:antecedent-phrases');
    expect(m.rules).toContain('date-scope:not-past-the-object');
  });

  it('gives ", which" after the place of a blast the blast, named (which-skips-place-of-happening)', () => {
    const [m] = events(
      'The rig blast has revived memories of the Ocean Star oil platform explosion and fire in the Irish Sea, which killed nearly 40 people in 1979.',
      '2010-06-01',
    ).filter((x) => /killed/.test(x.title));
    expect(m.title).toBe('The Ocean Star explosion and fire killed nearly 40 people');
    expect(m.time?.value).toBe('1979');
    expect(m.rules).not.toContain('subject:list-before-relative');
  });

  it('makes no happening of a mood, a prophecy proclaimed or a question (belief-verb, forecast:proclaimed, wh-word-is-subject)', () => {
    expect(whyNot('Traders fretted about a Senate hearing on Wednesday between oil executives and the president.', '2010-06-15')).toContain(
      'fretted:belief-verb',
    );
    expect(whyNot('Three years ago, the senator declared that history will remember the bill as a turning point.', '2010-05-28')).toContain(
      'declared:forecast:proclaimed',
    );
    expect(whyNot('The relief well originally was slated for completion in mid-August.', '2010-08-04')).toContain('slated:plan:for');
    // (the sayer's own step, or a decision in the passive, stays)
    expect(whyNot('In 2008 the senator declared that he will retire from politics.', '2010-05-28')).not.toContain('declared:forecast:proclaimed');
    expect(whyNot('The report raises two questions about the leak in May: What happened to the oil that once covered the surface?', '2010-11-08')).toContain(
      'happened:no-subject',
    );
  });

  it('takes no date from a participle on another noun (date-scope:not-a-participle-of-another-noun) nor from a noun in a subject phrase (date-scope:not-a-subject-phrase-noun)', () => {
    const text = 'The good news was that GLX was collecting 9,000 barrels of oil a day through the dome installed last week.';
    expect(dated(events(text, '2010-06-05'))).toEqual([]);
    expect(whyNot(text, '2010-06-05')).toContain('collecting:no-date-in-clause');
    const { candidates } = eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, '2010-06-05'));
    expect(candidates.find((c) => c.verb === 'collecting')?.rules).toContain('date-scope:not-a-participle-of-another-noun');
    // (A speech verb after its words, with no object, is a saying, no event: "Its chief indicated in an interview" failed
    // the audit's happening, readable and actors; events/sentence-shapes.ts `attributionRule`.)
    expect(whyNot('The agency is set to raise its alert, its chief indicated in an interview published on Monday.', '2009-05-05')).toContain(
      'indicated:saying:attribution-after-the-words',
    );
    // (the clause's own day at its end stays)
    expect(
      dated(events('Acme idled seven rigs and took a $56 million charge related to the drilling ban on Thursday.', '2010-07-30')).map((e) => e.date),
    ).toContain('2010-07-29');
    // (nor from anywhere in a comma-set passive participle on another noun: the split was in January, not the buying)
    const aside =
      'As of December 31, CPC had bought about 15 mln of its common shares, adjusted for a 2-for-1 split in January, for a total cost of 621.8 mln dlrs, according to its 1986 annual report.';
    expect(dated(events(aside, '1987-03-24')).map((e) => e.date)).not.toContain('1987-01');
    const asideCandidates = eventCandidates(analyseText(aside, segmentSentences(aside)), [], findTimeExpressions(aside, '1987-03-24')).candidates;
    expect(asideCandidates.find((c) => /bought/.test(c.verb))?.rules).toContain('date-scope:not-a-participle-aside-on-another-noun');
    const [m] = events('Damages against Acme for the 1989 tanker spill were originally set at $5 billion in 1994.', '2010-05-11').filter((x) => x.time);
    expect(m.time?.value).toBe('1994');
    expect(m.rules).toContain('date-scope:not-a-subject-phrase-noun');
  });

  it('sets aside a relative after a list of people (subject:list-before-relative) and a conjunct of a "since" clause (subject:since-clause-conjunct)', () => {
    expect(
      whyNot("Signatories include the Rev John Smith, a former MP, and the Rev Paul Jones, who drafted the church's 2006 report on poverty.", '2010-05-01'),
    ).toContain('drafted:subject:list-before-relative');
    expect(whyNot('Shares of Acme have been battered since the crisis began and fell another 5 percent to a 10-year low on Friday.', '2010-06-30')).toContain(
      'fell:subject:since-clause-conjunct',
    );
    // (Not when the conjunct has no amount: the rig sank.)
    expect(titles('Oil has been gushing into the sea since an offshore drilling rig exploded and sank last month.', '2010-05-10')).toContain(
      'An offshore drilling rig sank',
    );
  });

  it('sets aside a content noun whose "that" clause comes past a time, and a phrase after the verb that opens with a weekday', () => {
    expect(whyNot('Forecasters gave their first confirmation on Tuesday that some of the gas has stayed below the surface.', '2010-06-10')).toContain(
      'gave:title-cut:content',
    );
    expect(whyNot('The agency has been testing the water; readings posted Friday show mostly clean water.', '2010-06-20')).toContain(
      'posted:object-opens-with-time',
    );
  });

  it('completes a title: a second object past a dash aside, a particle after the object, an office after "as", a passive\'s state', () => {
    expect(
      titles("Officials on Tuesday gave Acme's newest attempt -- a valve that has stopped the leak -- another 48 hours for tests on the seal.", '2010-07-22'),
    ).toContain("Officials gave Acme's newest attempt another 48 hours");
    expect(titles('Greenpeace put the original photo back on Monday after a blogger wrote about it.', '2010-07-21')).toContain(
      'Greenpeace put the original photo back',
    );
    expect(titles('Governor Bob Smith appointed Jane King as attorney general in 2004.', '2010-07-21')).toContain(
      'Governor Bob Smith appointed Jane King as attorney general',
    );
    const dead = events('Forty sea birds were found dead along the Alabama coast on Monday.', '2010-06-02');
    expect(dead.map((m) => m.title)).toContain('Forty sea birds were found dead');
    expect(dead[0].rules).toContain('title:passive-complement');
  });

  it('sets aside a title that stops at the person told or at a content noun (title-cut:content), and a subject a quote split off', () => {
    expect(
      whyNot('President Obama on Saturday reassured Prime Minister David Cameron that his anger over the spill is no attack on Britain.', '2010-06-14'),
    ).toContain('reassured:title-cut:content');
    expect(
      whyNot('Fishing in federal waters was restricted on Sunday to avoid any chance that contaminated seafood will reach stores.', '2010-05-03'),
    ).toContain('restricted:title-cut:content');
    // (The chunker now holds 'a "top kill" technique' whole, nlp/noun-phrases.ts `quoted-words-in-phrase`; the present
    // perfect of a past day is no title either way.)
    expect(
      events('The failure on Saturday of a "top kill" technique tried by Acme has unleashed a wave of anger.', '2010-05-31').filter((m) => m.time),
    ).toEqual([]);
    expect(whyNot('A quick search on the words "swine flu" late on Tuesday yielded about 5 million hits.', '2009-04-29')).toContain(
      'yielded:subject:split-by-quote',
    );
    // (Not a quoted modifier that opens the subject: "when \"Hong Kong\" flu killed", kept with it,
    // `title:subject-cut-at-quote`.)
    expect(titles('The last pandemic was in 1968 when "Hong Kong" flu killed about a million people.', '2009-04-28')).toContain(
      'Hong Kong flu killed about a million people',
    );
  });

  it('keeps a role said with "as" and a restrictive "that" on the last member of a list; "Dozens" alone is no subject', () => {
    expect(titles('The Senate confirmed Kathleen Sebelius as health secretary in a 65-31 vote earlier in the day.', '2009-04-29')).toContain(
      'The Senate confirmed Kathleen Sebelius as health secretary',
    );
    expect(titles('The name covered one of the seasonal strains and the strain that swept the world in 1918.', '2009-04-28')).toContain(
      'The strain swept the world',
    );
    // (With no later telling in the sentence, the causing is the effect's time: not `date:of-what-it-caused`.)
    expect(titles('The name covered one of the seasonal strains and the strain that caused the 1918 influenza pandemic.', '2009-04-28')).toContain(
      'The strain caused the 1918 influenza pandemic',
    );
    // (Under a present that says what a name covers, the 1918 strain is background: events/background-clauses.ts.)
    expect(whyNot('The name covers one of the seasonal strains and the strain that swept the world in 1918.', '2009-04-28')).toContain(
      'swept:background:past-under-present-state',
    );
    expect(
      titles('Dozens of ships were preparing Thursday to pull out of the Gulf of Mexico as a storm brewed.', '2010-06-25').some((x) => /^Dozens were/.test(x)),
    ).toBe(false);
    // (An organisation's name stays whole: not "confirmed by Protection Agency".)
    expect(titles('Another fifteen cases of swine flu were confirmed by the Health Protection Agency on Friday.', '2009-05-09')[0]).toMatch(
      /Health Protection Agency$/,
    );
  });

  it('keeps the phrase of a role in what was announced (title:role-keeps-its-phrase)', () => {
    const [m] = events("An official revealed on Monday that Acme's manager on the rig was fired.", '2010-10-06');
    expect(m.title).toBe("An official revealed that Acme's manager on the rig was fired");
    expect(m.rules).toContain('title:role-keeps-its-phrase');
  });

  it('sets aside a title cut before what it needs: title-cut:content, title-cut:restrictive-relative, title-cut:broken-word, a notification', () => {
    expect(whyNot('Mayor Bob Jones on Saturday offered to prove to Smith that there is still oil off the coast.', '2010-08-02')).toContain(
      'offered:title-cut:content',
    );
    expect(whyNot('Acme unveiled a new plan on Monday to boost the amount of gas it is collecting from the well.', '2010-06-16')).toContain(
      'unveiled:title-cut:restrictive-relative',
    );
    expect(whyNot('In 2005, an explosion at Acme s refinery killed 15 workers.', '2010-06-16')).toContain('killed:title-cut:broken-word');
    expect(whyNot('Officials were first notified Wednesday night about the oil on the island.', '2010-05-07')).toContain(
      'notified:verb-without-what:needs-phrase',
    );
  });
  it('dates a beginning by the date in the -ing verb the title keeps (date-scope:title-ing-verb), not an idiom cut or an object past a dash', () => {
    const [m] = events('Acme began pumping grout into the old mine shaft on Tuesday, in order to hold back the water.', '2011-03-04').filter((x) => x.time);
    expect(m.title).toBe('Acme began pumping grout into the old mine shaft');
    expect(m.time?.value).toBe('2011-03-01');
    expect(m.rules).toContain('date-scope:title-ing-verb');
    expect(dated(events('Water stopped flowing into the valley on 3 March for the first time since the storm.', '2011-03-10'))).toContainEqual({
      date: '2011-03-03',
      title: 'Water stopped flowing into the valley',
    });
    expect(whyNot('Acme engineers began putting pumps and hoses in place this week after the first attempt failed.', '2011-03-10')).toContain(
      'began:no-date-in-clause',
    );
    expect(whyNot('The town draws water out of a pipe that began leaking around March 2 -- a fraction of the total flow.', '2011-03-10')).toContain(
      'began:no-date-in-clause',
    );
  });
  it('leaves out of an announced title a phrase after "and" (title:announced-object-of-another-conjunct)', () => {
    const [m] = events(
      'On May 5, Jones announced that 13 international offers had been received and that decisions on what to accept would be made soon.',
      '2010-05-20',
    ).filter((x) => x.time);
    expect(m.title).toBe('Jones announced that 13 international offers had been received');
    expect(m.time?.value).toBe('2010-05-05');
    expect(m.rules).toContain('title:announced-object-of-another-conjunct');
  });
  it('takes no scene for a happening (ongoing:being-done) nor a demand cut before what was demanded (title-cut:content)', () => {
    expect(whyNot('Yesterday, a slick 20 miles long was being swept towards the coast of the island.', '2011-03-10')).toContain('swept:ongoing:being-done');
    const demand =
      "Smith, who has been criticized by some for not being tough enough on Acme, demanded in Tuesday's White House meeting that the company set aside money in an independent fund to pay for claims.";
    expect(whyNot(demand, '2011-03-10')).toContain('demanded:title-cut:content');
  });
  it('reads back the date of a past clause that a future cue elsewhere in the sentence read ahead (date:past-clause-reads-back)', () => {
    const [m] = events(
      'Smith said Acme is already preparing for the next attempt to stop the leak that began after the Acme platform exploded on April 20, killing 11 people.',
      '2010-05-10',
    ).filter((x) => /exploded/.test(x.title));
    expect(m.time?.value).toBe('2010-04-20');
    expect(m.rules).toContain('date:past-clause-reads-back');
    // (A cue in the clause's own words, or before the date it takes, keeps it ahead: "a House hearing was scheduled for
    // Wednesday", "postponed a hearing on the matter, scheduled for Thursday".)
    expect(
      events('Senator Jones postponed a hearing on the matter, scheduled for Thursday, and accused Acme of stonewalling.', '2010-07-20').some((x) =>
        x.rules.includes('date:past-clause-reads-back'),
      ),
    ).toBe(false);
    expect(
      events('Two Senate hearings were set for Tuesday, and a House hearing was scheduled for Wednesday.', '2010-05-10').some((x) =>
        x.rules.includes('date:past-clause-reads-back'),
      ),
    ).toBe(false);
  });
  it('reads back a timeline entry told in the present whose line holds a promise (date:past-clause-reads-back)', () => {
    // A Reuters timeline of 28 June 2010: the "will" is what BP promised on 16 June 2010, not a day of 2011.
    const text =
      "Below is a timeline of the disaster and its impact.\nJune 16 - BP agrees to set up a $20 billion fund for damage claims from the spill, suspends dividend payments to shareholders and says it will pay $100 million to workers idled by the six-month moratorium on deep-sea drilling.\nJune 22 - Hayward is handing day-to-day control of the spill operation to Bob Dudley -- a reflection, says BP, of the need for the chief executive to return to other aspects of the energy giant's business.";
    const m = events(text, '2010-06-28').find((x) => /agrees/.test(x.title));
    expect(m?.title).toBe('BP agrees to set up a $20 billion fund');
    expect(m?.time?.value).toBe('2010-06-16');
    expect(m?.rules).toEqual(expect.arrayContaining(['timeline-present', 'date:past-clause-reads-back']));
    expect(whyNot(text, '2010-06-28')).not.toContain('agrees:date:after-publication');
    // (A cue in the line's own words is told from the line's day: "the next procedure" of 2 June, BBC of 15 June 2010.)
    const next =
      '2 June: BP starts the next procedure - to lower a cap over the blowout preventer to capture the leaking oil and funnel it to a surface vessel.';
    expect(whyNot(next, '2010-06-15')).not.toContain('starts:date:after-publication');
  });
  it("reads back a past clause's day without a year that the nearest year put months ahead (date:past-clause-reads-back-far-day)", () => {
    // BBC of 25 October 2010: the coming 20 April is nearer than the last one, but the rig exploded before the article.
    const [m] = events(
      "BP's Deepwater Horizon rig exploded on 20 April, killing 11 workers, and ultimately leaking an estimated 4.9 million barrels of oil into the Gulf.",
      '2010-10-25',
    ).filter((x) => /exploded/.test(x.title));
    expect(m.title).toBe("BP's Deepwater Horizon rig exploded");
    expect(m.time?.value).toBe('2010-04-20');
    expect(m.rules).toContain('date:past-clause-reads-back-far-day');
    // (A day a few weeks ahead is a day to come, told of a noun: the redemption, not a day of 1986.)
    const redemption =
      'Chrysler Overseas Capital Corp said it authorized redemption on April 17 of its 4-3/4 pct and five pct convertible debentures due 1988.';
    expect(whyNot(redemption, '1987-03-05')).toContain('authorized:date:after-publication');
    // (Nor when another date of the sentence may give the year, nor a day after "before": Guardian of 15 July 2010, and
    // of 29 October 2010.)
    const lobbied = 'Straw was lobbied on 15 October and 9 November that year by Sir Mark Allen, a former MI6 officer, who then worked for BP as a consultant.';
    expect(whyNot(lobbied, '2010-07-15')).toContain('lobbied:date:after-publication');
    const tests =
      'In a letter to the commission, the investigator, Fred Bartlit, said the cement mixture used on the well did not meet industry standards, and failed three out of four laboratory tests before the Deepwater Horizon explosion on 20 April.';
    expect(events(tests, '2010-10-29').some((x) => x.rules.includes('date:past-clause-reads-back-far-day'))).toBe(false);
  });
});

describe('titles that were false or cut', () => {
  const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

  it('reads "said if" as a condition: no "Acme failed to seal the pipe" (if-after-saying-is-condition, subordinate-verb-before-comma)', () => {
    const text = 'Senator Jane Roe said if Acme failed to seal the pipe this week, the state must take over the work at once.';
    expect(titles(text, '2010-05-26').some((x) => /failed/.test(x))).toBe(false);
    expect(whyNot(text, '2010-05-26')).toContain('failed:conditional');
    // (A negated saying still asks: "did not say if".)
    const a = analyseText('The company did not say if the pipe was sealed.');
    expect(a.clauses.some((c) => c.rules.includes('if-complement'))).toBe(true);
  });

  it('gives "who" after a place phrase to the person before it (who-skips-place-phrase), and to a noun before "from"', () => {
    const ts = titles(
      '"Seeps are common," said Lars Berg of the Institute for Ocean Studies in Oslo, who led a U.N. study of the effects in 1980.',
      // (Told within a year of the study: later it is Berg's biography, background:biography-in-who-clause.)
      '1980-10-20',
    );
    expect(ts.some((x) => /^Oslo/.test(x))).toBe(false);
    expect(ts.some((x) => /^Lars Berg .*led a U\.N\. study/.test(x))).toBe(true);
    expect(titles('It involves a man from Leeds who flew from Cancun to Manchester on 2 May.', '2009-05-05')).toContain(
      'A man from Leeds flew from Cancun to Manchester',
    );
  });

  it('starts a new clause at ", and the X" after a place phrase: no "an outbreak was sending a team" (new-subject-after-comma-and)', () => {
    const text =
      'Egyptian officials have reported an outbreak of cholera in the coastal town of Rafah, and the World Health Organization was sending a team to help, a WHO official said on Tuesday.';
    const ts = titles(text, '2009-06-17');
    expect(ts.some((x) => /outbreak was sending/.test(x))).toBe(false);
    // (its title stops before "in the coastal town", away from the comma before its sayer: no title, no date)
    expect(ts).toEqual([]);
    expect(whyNot(text, '2009-06-17')).toContain('reported:title-not-next-to-sayer');
  });

  it('sets aside a happening joined to a state in a "that" clause (subject:conjunct-of-embedded-state)', () => {
    expect(
      whyNot('Ana Ruiz fled Peru for Spain when she discovered that her name was on a death list and was granted asylum there in 2003.', '2010-06-01'),
    ).toContain('granted:subject:conjunct-of-embedded-state');
  });

  it('keeps a state put before the object ("left open the door", fronted-state) and a door or a shareholding with its phrase', () => {
    const a = analyseText('Acme officials on Friday left open the door to drilling again.');
    expect(a.verbGroups[0].some((v) => v.rules.includes('fronted-state'))).toBe(true);
    expect(whyNot('Acme officials on Friday left open the door to someday drilling again into the same field.', '2010-08-07')).toContain(
      'left:title-object-needs-its-phrase',
    );
    expect(titles('Acme announced its plans to sell its 20% shareholding in Petrol last August.', '2010-12-01')).toContain(
      'Acme announced its plans to sell its 20% shareholding in Petrol',
    );
  });

  it("keeps where a thing was placed (title:object-needs-its-phrase:placement), or what for; sets aside an infinitive past the object's participle", () => {
    const [m] = events('Acme placed a containment cap on the well last week, stopping the flow for the first time.', '2010-07-20');
    expect(m.title).toBe('Acme placed a containment cap on the well');
    expect(m.rules).toContain('title:object-needs-its-phrase:placement');
    expect(titles('Last week, Acme inserted a mile-long tube to siphon some of the oil into a tanker.', '2010-05-24')).toContain(
      'Acme inserted a mile-long tube to siphon some of the oil',
    );
    expect(
      whyNot(
        'President Barack Obama on Tuesday ordered the heads of an independent panel investigating the leak to thoroughly examine the disaster.',
        '2010-06-02',
      ),
    ).toContain('ordered:title-object-infinitive-past-participle');
  });

  it('reads "that" before a plural as opening a clause, sets aside an object cut by a quote and people lost without how', () => {
    expect(
      titles('However, the Wildlife Trust reported in August that cases of birds affected by oil appear to be increasing.', '2010-09-01').some((x) =>
        /that cases affected/.test(x),
      ),
    ).toBe(false);
    expect(whyNot('The last flight on Thursday had situated the thin surface "rainbow sheen" of the slick near the reserve.', '2010-05-15')).toContain(
      'situated:object:split-by-quote',
    );
    expect(whyNot('"It is simple," said Smith, who lost many constituents in the December 21, 1988, bombing.', '2010-07-20')).toContain(
      'lost:title-cut:loss-without-how',
    );
  });

  it('reads "no suspected or confirmed cases" as a noun phrase (coordinated-ed-modifier), and no infinitive past "took Saturday off"', () => {
    const a = analyseText('Two other bases reported no suspected or confirmed cases of swine flu on Wednesday.');
    expect(a.retags.some((r) => r.rule === 'coordinated-ed-modifier' && a.tokens.norm[r.token] === 'confirmed')).toBe(true);
    expect(
      titles('Two other bases reported no suspected or confirmed cases of swine flu on Wednesday.', '2009-04-30').some((x) => /bases confirmed/.test(x)),
    ).toBe(false);
    expect(whyNot('Reed took Saturday off to see his yacht compete in a race.', '2010-06-21')).toContain('took:verb-without-what:needs-object');
  });

  it('keeps what "the way", "the blame", "the effect" are for or on, past a time too, or sets the title aside', () => {
    expect(whyNot('Acme cleared the way on Thursday for an attempt to cap the runaway leak.', '2010-06-04')).toContain('cleared:title-object-needs-its-phrase');
    expect(titles('A month ago, Tom Reed attempted to shift the blame for the accident to the rig owner.', '2010-07-01')).toContain(
      'Tom Reed attempted to shift the blame for the accident',
    );
    // (Put with a particle needs no place: "put out some excerpts".)
    expect(titles('NBC aired portions and put out some excerpts Monday night.', '2010-06-16')).toContain('NBC put out some excerpts');
  });

  it('keeps the name of the subject\'s "in" phrase in a short title, and writes a measure without "the" before a bare past', () => {
    // (the date is the recommendation's own: "at Mass this Sunday" would date the Mass, date:past-time-with-present-perfect)
    const [m] = events('The Roman Catholic Church in Mexico has recommended measures to avoid further contagion this week.', '2009-04-25');
    expect(m.title).toBe('Roman Catholic Church in Mexico has recommended measures to avoid further contagion');
    expect(m.rules).toContain('title:short-keeps-naming-phrase');
    const [g] = events(
      'The leak could eclipse the worst spill in U.S. history -- the 11 million gallons that leaked from the tanker Exxon Valdez in 1989 -- within weeks.',
      '2010-05-01',
    );
    expect(g.title).toBe('11 million gallons leaked from the tanker Exxon Valdez');
    expect(g.rules).toContain('title:measure-without-the');
  });
});

describe('no happening, or a date of another clause or noun', () => {
  it('sets aside a past date in the words of a present perfect (date:past-time-with-present-perfect), not one that holds the report day', () => {
    expect(whyNot('Acme Corp has already paid damages for a separate flood in Ohio in 2007 that destroyed 40 homes.', '2011-03-02')).toContain(
      'paid:date:past-time-with-present-perfect',
    );
    // (A time between the article and the noun a verb takes back is that noun's first, whatever the tense.)
    expect(whyNot('The Transport Ministry has postponed a Monday safety luncheon for its inspectors.', '2011-03-02')).toContain(
      'postponed:date:of-what-it-takes-back',
    );
    expect(dated(events('Mayor John Ellis has apologised today for the delays.', '2011-03-02'))).toEqual([
      { date: '2011-03-02', title: 'Mayor John Ellis has apologised' },
    ]);
    expect(dated(events('Engineers have put new pumps in place this week.', '2011-03-02')).map((d) => d.date)).toEqual(['2011-02-28']);
    // "yesterday" is the clause's own day, even with a present perfect
    expect(dated(events('Acme founder John Ellis has died yesterday at the age of 56.', '2011-10-06')).map((d) => d.date)).toEqual(['2011-10-05']);
    // (not the other side of a change: "up from one yesterday")
    expect(dated(events('Health officials said five people in Ohio have been hospitalised, up from one yesterday.', '2009-04-28'))).toEqual([]);
  });

  it("gives a year after a disaster in a phrase after the verb to the disaster (date:names-a-noun), not the verb's own object's", () => {
    expect(whyNot('Dr Lena Varga led a study of a huge blowout on a Norwegian platform in 1977.', '2010-06-01')).toContain('led:date:names-a-noun');
    expect(dated(events('The refinery suffered an explosion in Ohio in 2005.', '2010-06-01'))).toEqual([
      { date: '2005', title: 'The refinery suffered an explosion in Ohio' },
    ]);
  });

  it('takes an amount earned in the first months of this year as the period its figure covers (date:reporting-period)', () => {
    expect(
      whyNot(
        "Analysts said the airline could cope; SkyAir is the region's largest carrier and made more than $2 billion in the first six months of this year.",
        '2010-08-01',
      ),
    ).toContain('made:date:reporting-period');
  });

  it("takes a figure undergone in a year as that year's statistic (date:period-of-figure)", () => {
    expect(whyNot('Tourist regions experienced drops in hotel bookings of 10-15 percent in early 2009.', '2010-05-01')).toContain(
      'experienced:date:period-of-figure',
    );
  });

  it("sets aside a news outlet's getting its material (report-sourcing)", () => {
    expect(whyNot('Copies of the draft budget, obtained Monday by The Associated Press, showed deep cuts to schools.', '2011-03-02')).toContain(
      'obtained:report-sourcing',
    );
    expect(whyNot('The Washington Post obtained a copy of the memo late Tuesday.', '2011-03-02')).toContain('obtained:report-sourcing');
  });

  it('sets aside a posture, a status still going on and a market shut for the day', () => {
    expect(whyNot('Maria Lopez, 51, sat on the steps of her shop in Galveston on Saturday, watching the water rise.', '2011-03-02')).toContain(
      'sat:state:posture',
    );
    expect(
      whyNot('The Senate could vote on the measure as early as Thursday, though leaders were still working Tuesday to secure the votes.', '2011-03-02'),
    ).toContain('working:state:still-going-on');
    expect(whyNot("Japanese markets were closed on Monday but the company's shares fell in New York.", '2011-03-02')).toContain('closed:state:market-closed');
  });

  it('sets aside a measurement, a naming, an argued case and the weather at work', () => {
    expect(
      whyNot(
        'The rainbow-colored sheen of oil stretched 20 miles by 20 miles on Saturday -- about 25 times larger than it appeared to be a day earlier, Landry said.',
        '2010-04-25',
      ),
    ).toContain('stretched:state:measure');
    expect(
      whyNot('The first box sent down last week weighed 100 tons and company officials had hoped it could contain 85 percent of the oil.', '2010-05-12'),
    ).toContain('weighed:state:measure');
    expect(whyNot('At the start of last week, the company was valued at £122bn.', '2010-05-04')).toContain('valued:state:measure');
    expect(
      whyNot(
        'Similarly, the partial meltdown of a Pennsylvania nuclear power plant in 1979 was named after the facility where the incident occurred, Three Mile Island.',
        '2010-05-06',
      ),
    ).toContain('named:state:named-after');
    expect(
      whyNot(
        'Federal probation officer Mary Frances Barnes argued in an Anchorage federal court yesterday that a second spill in Alaska in November last year constituted a violation of its probation.',
        '2010-11-20',
      ),
    ).toContain('constituted:claim:argued');
    expect(
      whyNot(
        'The documents also criticize Carol Browner, director of the White House Office of Energy and Climate Change Policy, saying that during a series of morning-show appearances on Aug. 4, she misrepresented the findings of a federal analysis of where the oil went.',
        '2010-10-07',
      ),
    ).toContain('misrepresented:claim:criticism');
    expect(whyNot('Forecasters said south-westerly winds on Monday were pushing the slick towards Florida.', '2010-05-03')).toContain(
      'pushing:state:weather-at-work',
    );
    expect(whyNot('Hayward on Sunday alluded to the role BP has unwillingly adopted.', '2010-05-31')).toContain('alluded:saying-verb');
    // What was said, an extent changed, a thing covered and a person pushing: happenings.
    expect(dated(events('Rear Adm. Mary Landry said the rig sank on Thursday.', '2010-04-25'))).toEqual([{ date: '2010-04-22', title: 'The rig sank' }]);
    expect(dated(events('BP extended the deadline on Friday.', '2010-06-01'))).toEqual([{ date: '2010-05-28', title: 'BP extended the deadline' }]);
    expect(dated(events('Crews were pushing the boom towards the shore on Monday.', '2010-05-04')).map((d) => d.title)).toEqual([
      'Crews were pushing the boom',
    ]);
  });

  it("gives a date written inside a noun phrase past the title's end to that noun (date:names-a-noun)", () => {
    expect(
      whyNot('Cameron made two documentaries about the wreck of the ocean liner Titanic as well as the blockbuster 1997 Hollywood movie.', '2010-06-01'),
    ).toContain('made:date:names-a-noun');
    // (What the title's verb took place in keeps it.)
    expect(dated(events('Eleven workers were killed in the April 20 explosion.', '2010-05-01'))).toEqual([
      { date: '2010-04-20', title: 'Eleven workers were killed in the explosion' },
    ]);
  });

  it('sets aside a scene, a difficulty met, a document urging, a reminder to the reader and a beginning without what', () => {
    expect(whyNot('At a hotel near the airport, a ballroom was packed Thursday with lawyers from three states.', '2011-03-02')).toContain('packed:state:scene');
    expect(whyNot('The company confronted a fresh dilemma yesterday.', '2011-03-02')).toContain('confronted:state:facing');
    expect(whyNot('A World Bank study on Monday urged governments to take more account of their water reserves.', '2011-03-02')).toContain(
      'urged:view:urged-by-document',
    );
    expect(whyNot('Please also remember that a refinery owned by the firm caught fire near Tacoma in 2001 and injured 4 workers.', '2011-03-02')).toContain(
      'caught:imperative-frame',
    );
    expect(whyNot('"We had never seen anything like it," said Dunleavy, who began in 1961.', '2011-03-02')).toContain('began:title-cut:begun-what');
    expect(whyNot('Even more shameful was the moment a month earlier when Governor Hale used his office to punish the unions.', '2011-03-02')).toContain(
      'used:view:evaluated-moment',
    );
    expect(whyNot("The country's worst flood in 1953 was handled disastrously, officials now admit.", '2011-03-02')).toContain('handled:assessment');
    // A person urging, a common noun beginning: happenings.
    // ("the company" of the real sentence, no company named before it: object-cannot-be-placed:company-not-named, ref41.)
    expect(dated(events('A state senator on Monday urged BP to release more data about the leak.', '2011-03-02')).map((e) => e.title)).toEqual([
      'A state senator urged BP to release more data',
    ]);
    expect(whyNot('A state senator on Monday urged the company to release more data about the leak.', '2011-03-02')).toContain(
      'urged:object-cannot-be-placed:company-not-named',
    );
    expect(dated(events('Work on the new pipeline began Saturday with the removal of the old valve.', '2011-03-02')).map((e) => e.title)).toEqual([
      'Work on the new pipeline began',
    ]);
  });

  it('reads a past form after "if" and its noun as the condition, not a participle describing the noun', () => {
    expect(whyNot('Senator Jane Hill said if the company failed to fix the pipe this week, the governor must take over the repairs.', '2011-03-02')).toContain(
      'failed:conditional',
    );
  });

  it('gives a date after ", and" and before a comma to the clause coordinated after it', () => {
    expect(
      dated(
        events(
          'Shelters filled up in 12 counties, and on Tuesday 4 May, Governor Tom Reed announced a state of emergency in response to the floods.',
          '2010-05-06',
        ),
      ),
    ).toEqual([{ date: '2010-05-04', title: 'Governor Tom Reed announced a state of emergency' }]);
  });

  it('reads "had sustained winds" as a storm having them, a state', () => {
    expect(whyNot('Hurricane Bella had sustained winds of about 70 mph this morning.', '2011-03-02')).toContain('had:state:verb');
  });

  describe('titles cut before the words that complete them', () => {
    it('keeps the noun a declared object was declared (title:object-complement)', () => {
      const m = events('The World Health Organization declared H5N1 an epidemic in March 2006.', '2011-05-02').find((x) => x.time);
      expect(m?.title).toBe('The World Health Organization declared H5N1 an epidemic');
      expect(m?.rules).toContain('title:object-complement');
    });

    it('keeps what an object was exempted from (title:object-needs-its-phrase:placement)', () => {
      const m = events("The Energy Department exempted Acme Oil's pipeline project from a full safety review last year.", '2011-05-02').find((x) => x.time);
      expect(m?.title).toContain('from a full safety review');
      expect(m?.rules).toContain('title:object-needs-its-phrase:placement');
    });

    it('keeps a rate past a bracket in other units (title:rate-kept)', () => {
      expect(title('Government scientists issued a figure of 20,000-40,000 barrels (0.8-1.6 million gallons) per day on 10 June.', '2011-06-12')).toBe(
        'Government scientists issued a figure of 20,000-40,000 barrels per day',
      );
    });

    it('keeps "ever" and the phrase a superlative object needs (title:superlative-ever)', () => {
      const m = events(
        'The Senate on Thursday approved the strictest reforms ever to coastal fishing practices, as members rushed to respond.',
        '2011-07-29',
      ).find((x) => x.time);
      expect(m?.title).toBe('The Senate approved the strictest reforms ever to coastal fishing practices');
      expect(m?.rules).toContain('title:superlative-ever');
    });

    it('sets aside a bare number, a bare "began" of a person or an "of" phrase, a "much different" thing and an office after "as"', () => {
      expect(
        whyNot(
          'Earlier this month, the journal Newsline revealed that Acme\'s own internal maintenance reports had documented that at least 120 its tanks on the East Coast received an "F-rank" because of rust.',
          '2011-11-20',
        ),
      ).toContain('revealed:title-cut:bare-number');
      expect(whyNot('"I never thought the water could reach us," said Johnson, who began in 1961.', '2011-07-02')).toContain('began:title-cut:begun-what');
      expect(whyNot('The building of three new bridges, which began in March, is a costly way to ease traffic.', '2011-05-30')).toContain(
        'began:title-cut:begun-what',
      );
      expect(whyNot('But Smith sang a much different tune to reporters on Saturday when the two men spoke.', '2011-06-12')).toContain(
        'sang:title-cut:compared-with-what',
      );
      expect(whyNot('But since John Baker took over as CEO in 2008, the firm has doubled its spending on lobbying.', '2011-05-06')).toContain(
        'took:title-office-without-whose',
      );
      expect(whyNot("Anna Lee, an American executive, today became the new woman in charge of handling the firm's recall crisis.", '2011-06-23')).toContain(
        'became:title-object-needs-its-phrase',
      );
    });

    it('keeps a happening that began (no title-cut:begun-what)', () => {
      expect(title('The leak began on 20 April.', '2010-06-01')).toBe('The leak began');
    });
  });
});

describe('extractEventMentions: titles keep what the verb needs, or are set aside', () => {
  const titles = (text: string, published: string) =>
    events(text, published)
      .filter((m) => m.time)
      .map((m) => m.title);
  const rulesOf = (text: string, published: string) => events(text, published).find((m) => m.time)?.rules ?? [];

  it('keeps the infinitive of a verb whose object does it: advise, tap; a negation and an age between stay out of the way', () => {
    expect(titles('The minister advised tourists on Monday not to visit Mexico.', '2009-04-29')).toEqual(['The minister advised tourists not to visit Mexico']);
    expect(rulesOf('The minister advised tourists on Monday not to visit Mexico.', '2009-04-29')).toContain('title:object-infinitive-negated');
    expect(titles('Obama tapped Allen last month to be national incident commander.', '2010-06-01')).toEqual([
      'Obama tapped Allen to be national incident commander',
    ]);
    const r = rulesOf('In June, Governor Ann Holt tapped lawyer Ann Reed, 64, to oversee the relief fund.', '2010-07-10');
    expect(r).toContain('title:object-infinitive-past-apposition');
    // ("to go to north or central America": an object after "or" is a conjunct the parse did not read; no title.)
    expect(whyNot('On Monday the commissioner advised tourists not to go to north or central America.', '2009-04-29')).toContain(
      'advised:title-object-infinitive-cut',
    );
  });

  it('keeps what "used" was for past the object\'s "of" phrase, and a date\'s possessive that is the object\'s determiner', () => {
    const r = rulesOf("Senators used Tuesday's hearing of the energy committee to criticise oil companies.", '2010-06-16');
    expect(r).toEqual(expect.arrayContaining(['title:object-infinitive-past-of', 'title:date-possessive-kept']));
    expect(titles("Senators used Tuesday's hearing of the energy committee to criticise oil companies.", '2010-06-16')[0]).toMatch(
      /^Senators used Tuesday's hearing .*to criticise oil companies$/,
    );
  });

  it('sets aside "sent word" before its "that" clause, and a phrasal verb whose object was left out', () => {
    expect(whyNot('Acme sent word early this morning that the new seal is holding.', '2010-09-30')).toContain('sent:title-cut:content');
    expect(
      whyNot(
        "U.S. District Judge Martin Feldman of New Orleans last month struck down the Obama administration's first six-month drilling moratorium.",
        '2010-08-01',
      ),
    ).toContain('struck:verb-without-what:particle-object-left-out');
  });

  it('keeps an adverb of direction, a hyphenated modifier\'s noun "well" and a spaced plural possessive', () => {
    const a = rulesOf('Tony Hayward yesterday sharply scaled upwards his estimate of the leak.', '2010-05-27');
    expect(a).toContain('title:direction-adverb');
    expect(titles('Tony Hayward yesterday sharply scaled upwards his estimate of the leak.', '2010-05-27')[0]).toMatch(/scaled upwards his estimate/);
    expect(titles('The relief well intersected the blown-out well Thursday.', '2010-09-19')).toEqual(['The relief well intersected the blown-out well']);
    expect(titles("The newspaper's website passed 186 readers ' ideas to Acme last week.", '2010-06-14')[0]).toMatch(/186 readers' ideas/);
  });

  it('takes no participle with its agent for a verb, no subject across a colon, and no change cut before its end', () => {
    expect(
      whyNot('The timeline in the report released by Acme today, along with the catalogue of errors the report details, paints a vivid picture.', '2010-09-08'),
    ).toContain('released:participle-read-as-verb');
    expect(events("Acme's shares plummeted by 13% on Tuesday.", '2010-06-02').map((m) => m.title)).toEqual(["Acme's shares plummeted by 13%"]);
    // (the question after the colon has its own subject, "What": wh-word-is-subject in the clause layer, and
    // subject-across-colon here, if a parse ever took the phrase before the colon again)
    const study = 'The new study sheds light on two questions about the spill in April: What happened to the oil that covered the surface?';
    expect(events(study, '2010-09-08').map((m) => m.title)).toEqual([]);
    expect(whyNot(study, '2010-09-08').some((w) => w.startsWith('happened:'))).toBe(true);
    expect(
      whyNot('The only exception is the army, which has increased from a 54 percent rating in the 1970s to 82 percent this year.', '2010-06-07'),
    ).toContain('increased:title-cut:change-without-end');
  });

  it('keeps an amount\'s "of" phrase past its conversion, and sets aside a sayer after what was announced', () => {
    expect(rulesOf('Acme allocated 93% ($20bn) of its total investment fund in 2008 to oil.', '2010-06-07')).toContain('title:of-past-converted-amount');
    expect(titles('Acme allocated 93% ($20bn) of its total investment fund in 2008 to oil.', '2010-06-07')[0]).toMatch(
      /^Acme allocated 93% of its total investment fund/,
    );
    expect(whyNot('Acme was able to cap one of the three leaks overnight, officials confirmed to a local TV station on Wednesday.', '2010-05-05')).toContain(
      'confirmed:verb-without-what:content-before-sayer',
    );
  });

  it('takes no object from "spent two hours grilling ..." nor from a day with an aside, and keeps "of" past a conversion in an infinitive', () => {
    expect(whyNot('On April 27, Salazar spent two hours grilling chief executive Tony Hayward on details.', '2010-05-01')).toContain(
      'spent:title-object-after-duration-gerund',
    );
    expect(titles('Off the coast, another storm raged Wednesday, this one political and involving the state of Louisiana.', '2010-05-01')).toEqual([]);
    expect(titles('On Tuesday, the cap had managed to capture 16,668 barrels (700,056 gallons) of oil.', '2010-06-10')[0]).toMatch(/16,668 barrels of oil$/);
  });

  it('shows no meeting alone whose sides are not named, and keeps "barely" before its verb', () => {
    const m = events(
      'After a lengthy meeting between government scientists and company engineers Saturday afternoon, the admiral gave Acme permission to go on.',
      '2010-07-18',
    );
    expect(m.find((x) => x.title.startsWith('Meeting'))?.rules).not.toContain('nominal:both-sides-named');
    // ("barely raised" is all but a negation: no happening, events/backdrop.ts `near-negation`.)
    expect(whyNot('Monday morning shops barely raised their prices.', '2009-05-18')).toContain('raised:near-negation');
  });
});

describe('extractEventMentions: days the articles report, read (coverage round 14)', () => {
  it('tells an obligation in the simple past as what was done that day (had-to:done), not a reported one', () => {
    const text = 'A containment device lowered over the well had to be moved on Saturday after crystals began accumulating inside it.';
    const [m] = events(text, '2010-05-09').filter((e) => e.time);
    expect({ date: m.time?.value, title: m.title }).toEqual({ date: '2010-05-08', title: 'A containment device had to be moved' });
    expect(m.rules).toContain('had-to:done');
    expect(whyNot('BP said on Monday that it had to pay the claims.', '2010-05-11')).toContain('pay:modal');
  });

  it('reads a passive before "and" and a new subject as whole (passive-before-and), not one before a second verb', () => {
    const text = 'BP said on Monday that almost 95,000 claims for compensation have been submitted and more than 47,000 payments have been made.';
    expect(dated(events(text, '2010-07-06')).map((e) => e.title)).toContain('BP said almost 95,000 claims have been submitted');
    const or = 'The government said on Monday that three-quarters of the oil had been cleaned up or broken down by natural forces.';
    expect(dated(events(or, '2010-08-03')).map((e) => e.title)).toEqual([]);
  });

  it('dates a "when" clause hung on an infinitive by the past clause of that infinitive (date-scope:when-clause-of-infinitive)', () => {
    const text =
      "The government moved to quell suggestions of indifference today when both David Cameron and the chancellor, George Osborne, spoke to BP's chairman, Carl-Henric Svanberg, urging all sides to find a solution.";
    const m = events(text, '2010-06-11').find((e) => e.title.includes('spoke'));
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-06-11', title: "Both David Cameron and the chancellor spoke to BP's chairman" });
    expect(m?.rules).toContain('date-scope:when-clause-of-infinitive');
    // (Only after a verb of doing or trying: "took to rat meat" is no infinitive.)
    expect(dated(events('The poor took to rat meat last year when the price of other meat soared.', '2009-05-01')).map((e) => e.title)).not.toContain(
      'The price of other meat soared',
    );
  });

  it('leaves a surname as written when its full name makes the title with its sayer too long (title:name-as-written-with-sayer)', () => {
    const text =
      "BP's chief executive Tony Hayward faced questions. Yesterday, BP's chairman Carl-Henric Svanberg said Hayward had been relieved of day-to-day control of the spill.";
    const m = events(text, '2010-06-19').find((e) => e.title.includes('relieved'));
    expect({ date: m?.time?.value, title: m?.title }).toEqual({
      date: '2010-06-18',
      title: 'Carl-Henric Svanberg said Hayward had been relieved of day-to-day control of the spill',
    });
    expect(m?.rules).toContain('title:name-as-written-with-sayer');
  });

  it('makes no "X and Y met" of two people who met someone else (reciprocal:with-someone-else)', () => {
    // (The "with" phrase past the time is what they did, `title:phrase-past-time`; "met" alone would need its object,
    // `verb-without-what:needs-object`.)
    const text = 'Tony Hayward and Lamar McKay met on Monday with top administration officials.';
    const m = events(text, '2010-05-04');
    expect(dated(m).map((e) => e.title)).toEqual(['Tony Hayward and Lamar McKay met with top administration officials']);
    expect(m[0].rules).toEqual(expect.arrayContaining(['reciprocal:with-someone-else', 'title:phrase-past-time']));
  });

  it('sets aside a list after the verb with a member no reader can place (object-cannot-be-placed)', () => {
    expect(whyNot('In 2008, Bob Dudley had to leave the post and the country after a conflict.', '2010-06-24')).toContain('leave:object-cannot-be-placed');
    // ("the site" as the object only: "on the site" says where.)
    expect(whyNot('Crews had to evacuate the site on Friday because of the storm.', '2010-07-26')).toContain('evacuate:object-cannot-be-placed');
    // ("on the site" places nothing out of context, as "near the site" did not: the title is left without it,
    // events/candidates.ts `title:placing-phrase-points-back`.)
    expect(dated(events('Engineers began pumping dispersant on the site on Monday morning.', '2010-05-11')).map((e) => e.title)).toEqual([
      'Engineers began pumping dispersant',
    ]);
  });

  it('reads the subject after a fronted time and comma, and the object after a past verb (time-before-comma-not-in-list, noun-after-past-verb)', () => {
    expect(dated(events('On Tuesday, BP and other oil industry executives traded blame in Congress.', '2010-05-12'))).toEqual([
      { date: '2010-05-11', title: 'BP and other oil industry executives traded blame in Congress' },
    ]);
  });

  it('reads "returned to full force yesterday" as a verb and its phrase (adjective-read-as-verb-after-to)', () => {
    expect(dated(events('The gusher in the Gulf of Mexico returned to full force yesterday after BP removed a cap.', '2010-06-24'))[0]).toEqual({
      date: '2010-06-23',
      title: 'The gusher in the Gulf of Mexico returned to full force',
    });
  });

  it('titles an object whose adjectives a comma divides whole (title:coordinate-adjectives-comma)', () => {
    // ("The administration issued a new, more limited ban today", the Guardian of 13 July 2010, was cut at the comma:
    // title-cut-inside-phrase.)
    const m = events('The administration issued a new, more limited ban today.', '2010-07-13').find((e) => e.time);
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-07-13', title: 'The administration issued a new, more limited ban' });
    expect(m?.rules).toContain('title:coordinate-adjectives-comma');
  });

  it("dates a headline's own present by the day of publication its first lines name (date:headline-of-lede-publication-day)", () => {
    const text = 'Gulf oil spill: BP resumes top kill operation\nBP engineers were pumping mud into the well this morning, the oil company BP said.';
    const m = events(text, '2010-05-28').find((e) => e.time);
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-05-28', title: 'BP resumes top kill operation' });
    expect(m?.rules).toContain('date:headline-of-lede-publication-day');
    // (First lines that name no day leave the headline undated: "US sues BP over Gulf of Mexico oil disaster", the BBC
    // of 16 December 2010, over "The United States is to sue BP"; it goes, date:headline-names-no-day.)
    const undated = 'US sues BP over Gulf of Mexico oil disaster\nThe United States is to sue BP and eight other companies over a huge oil spill.';
    expect(events(undated, '2010-12-16').filter((e) => e.time && e.title.startsWith('US sues'))).toEqual([]);
    expect(whyNot(undated, '2010-12-16').some((r) => r.endsWith('date:headline-names-no-day'))).toBe(true);
    // (A page's timestamp names the day the page was made, not a day of the news.)
    const stamped = 'Gulf oil spill: BP resumes top kill operation\nFriday 28 May 2010 08.57 BST BP engineers were pumping mud into the well.';
    expect(events(stamped, '2010-05-28').filter((e) => e.time && e.title.startsWith('BP resumes'))).toEqual([]);
    // (Not a capitalised first word, a feature's subject, nor a title run into the standfirst.)
    expect(events('Announcement follows White House report\nThe report found exemptions.', '2010-08-16').filter((e) => e.time)).toEqual([]);
    expect(events('Gulf oil spill offers a lesson in capitalism\nA sign marks the closed beach.', '2010-05-27').filter((e) => e.time)).toEqual([]);
    // (The standfirst run into it is cut off, segment.ts `headline-before-standfirst`: "lump sum" is written small.)
    const glued =
      'BP offers one-off payouts to stem lawsuits Lump-sum compensation offered in return\nBP will pay a lump sum from today to those who waive the right to sue.';
    expect(dated(events(glued, '2010-08-01'))).toEqual([{ date: '2010-08-01', title: 'BP offers one-off payouts to stem lawsuits' }]);
  });

  it('dates a headline by the day before publication its first lines name (date:headline-of-lede-day), and sets aside a reaction (headline:reaction)', () => {
    const text =
      'United States sues BP over Gulf oil disaster\nThe Obama administration has sued BP and several of its partners in the oil well disaster in the Gulf of Mexico.\nThe action, filed in a New Orleans court yesterday, accuses them of violating safety regulations.';
    const m = events(text, '2010-12-16').find((e) => e.title.startsWith('United States sues'));
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-12-15', title: 'United States sues BP' });
    expect(m?.rules).toContain('date:headline-of-lede-day');
    // (a wire dateline names the day too)
    const wire = 'United States sues BP over Gulf oil disaster\nNEW ORLEANS, Dec 15 - The Obama administration has sued BP and several of its partners.';
    const w = events(wire, '2010-12-16').find((e) => e.title.startsWith('United States sues'));
    expect(w?.rules).toContain('date:headline-of-lede-day');
    // (first lines that name the day of publication too: the publication day, as before)
    const today =
      'United States sues BP over Gulf oil disaster\nThe Obama administration has sued BP and several of its partners today.\nThe action, filed in a New Orleans court yesterday, accuses them of violating safety regulations.';
    expect(events(today, '2010-12-16').find((e) => e.title.startsWith('United States sues'))?.rules).toContain('date:headline-of-lede-publication-day');
    const palin = "Palin Reacts to Obama's Oval Office Address on Gulf Disaster\nSarah Palin appears on 'The O'Reilly Factor' from Wasilla, Alaska.";
    expect(events(palin, '2010-06-16').filter((e) => e.time)).toEqual([]);
    expect(whyNot(palin, '2010-06-16')).toContain('Reacts:headline:reaction');
  });

  it('dates a headline run into its standfirst and caption as the headline it is (headline-before-standfirst)', () => {
    // The Guardian's first line of 23 July 2010: headline, standfirst and photo caption with no stop between them.
    const text =
      'BP posts originals of doctored oil spill images Oil giant tries to win back credibility after admitting staff used Photoshop to alter photographs of command center BP acknowledges this photo of its Gulf oil spill command center in Houston was altered by a contract photographer.\n' +
      'Trying to win back some credibility for corporate transparency, BP today posted a Flickr set of its doctored images.\n' +
      'Earlier this week BP admitted some of the oil spill photographs posted on its website had been altered by staff, the oil giant said.';
    const m = events(text, '2010-07-23').find((e) => e.time);
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-07-23', title: 'BP posts originals of doctored oil spill images' });
    expect(m?.rules).toContain('date:headline-of-lede-publication-day');
  });

  it('tells a figure that is hit from an attack (class:figure-reached)', () => {
    // (The Guardian, 14 June 2010: read as an attack, the headline joined "The energy and commerce committee attacked BP
    // last night" of the same day.)
    const m = events(
      'BP oil spill costs hit $1.6 bn\nBP updated its shareholders this morning.\nBP said the total bill had risen by $350m in the last week.',
      '2010-06-14',
    ).find((e) => e.time);
    expect({ title: m?.title, date: m?.time?.value, classes: m?.classes }).toEqual({
      title: 'BP oil spill costs hit $1.6 bn',
      date: '2010-06-14',
      classes: ['verb:hit'],
    });
    expect(m?.rules).toContain('class:figure-reached');
    // ("Twenty people died when Russian Iskander missiles hit Odesa": a place that is hit is attacked.)
    expect(
      events('Twenty people died when Russian Iskander missiles hit Odesa on March 15.', '2024-03-16').find((e) => e.title.includes('hit'))?.classes?.[0],
    ).toBe('attack');
  });

  it("sets aside a first line's caption verb, a name after a noun and an '-ings' noun in a headline (headline:caption-verb, headline:name-after-noun, headline:ings-noun)", () => {
    const headlineRules = (text: string) => {
      const sentences = splitHeadlineFromStandfirst(text, segmentSentences(text));
      const { candidates } = eventCandidates(analyseText(text, sentences), [], findTimeExpressions(text, '2010-07-16'));
      return candidates.filter((c) => c.sentence === 0).flatMap((c) => c.rules.filter((r) => r.startsWith('headline:')));
    };
    const caption = 'Environmental activist Dave Janka shows Rajesh Mirchandani oil from the Valdez still in local waters\nThe spill was in 1989.';
    expect(events(caption, '2010-07-16').filter((e) => e.time)).toEqual([]);
    expect(headlineRules(caption)).toEqual(['headline:caption-verb']);
    const glued =
      'Deepwater Horizon oil spill: Obama attempts to limit political fallout White House lists actions taken to contain the di\nThe Obama administration took defensive action today.';
    expect(events(glued, '2010-05-05').filter((e) => e.time && e.title.startsWith('Obama attempts'))).toEqual([]);
    expect(headlineRules(glued)).toEqual(['headline:runs-into-standfirst', 'headline:name-after-noun']);
    // (The Guardian, 15 June 2010: "ratings" is no verb.)
    const fitch = 'Fitch ratings agency concerned about short-term costs\nFitch cut BP rating from AA to BBB.';
    expect(headlineRules(fitch)).toEqual(['headline:ings-noun']);
    expect(events(fitch, '2010-06-15').filter((e) => e.time && e.title.startsWith('Fitch ratings'))).toEqual([]);
  });

  it('dates a headline whose subject is people or a body named by a common noun (headline:group-subject)', () => {
    // The Guardian, 6 January 2011, and the BBC, 11 January 2011.
    // (The Guardian's "MPs publish report on lessons from BP's Gulf of Mexico oil spill disaster" is dated so too, but
    // its lessons' source does not fit a title: events/needed-phrase.ts `title-cut:noun-without-its-complement`.)
    const mps = "MPs publish report on lessons from BP's Gulf of Mexico oil spill disaster\nThe committee's final report is published today.";
    expect(events(mps, '2011-01-06').filter((e) => e.title.startsWith('MPs'))).toEqual([]);
    expect(whyNot(mps, '2011-01-06')).toContain('publish:title-cut:noun-without-its-complement');
    const panel = events('Gulf of Mexico oil spill: Panel urges major reforms\nThe commission reported its findings today.', '2011-01-11').find((e) => e.time);
    expect({ date: panel?.time?.value, title: panel?.title }).toEqual({ date: '2011-01-11', title: 'Panel urges major reforms' });
    expect(panel?.rules).toEqual(expect.arrayContaining(['headline:group-subject', 'date:headline-of-lede-publication-day']));
    // (One company the line does not name is no group: the Guardian of 27 April 2010, "Energy firm beats expectations"
    // says not which firm.)
    const firm =
      'Energy firm beats expectations with £3.6 bn quarterly profit but performance is overshadowed by Deepwater Horizon rig disaster\nThe company made a profit.';
    expect(events(firm, '2010-04-27').filter((e) => e.time && e.title.startsWith('Energy firm'))).toEqual([]);
    // (A thing or an idea is no group: the Guardian's feature of 20 May 2010.)
    expect(events('Strange and dangerous hydrocarbon offers no room for human error\nOil is a complex mixture.', '2010-05-20').filter((e) => e.time)).toEqual(
      [],
    );
  });

  it('titles "go" with the state it enters (title:go-into-state)', () => {
    // The Guardian, 16 July 2010.
    const dillon = events(
      "Former BP contractor Adam Dillon went public last Friday, telling a local news station in New Orleans that he was fed up with BP's handling of the spill response, not least of all its information clampdown.",
      '2010-07-16',
    ).find((e) => e.time);
    expect({ date: dillon?.time?.value, title: dillon?.title }).toEqual({ date: '2010-07-09', title: 'Former BP contractor Adam Dillon went public' });
    expect(dillon?.rules).toContain('title:go-into-state');
    // (A judgement is no state entered.)
    expect(events('The talks went well on Monday.', '2010-07-16').filter((e) => e.time)).toEqual([]);
  });

  it('dates a headline whose subject is one person named by an office or a trade (headline:person-by-role)', () => {
    // The Guardian, 19 August 2010.
    const retracts = events(
      'BP oil spill: US scientist retracts assurances over success of cleanup\nNOAA experts told Congress today the oil was still in the Gulf.',
      '2010-08-19',
    ).find((e) => e.time);
    // ("retracts assurances" alone was judged cut off: over what, `title:bare-plural-keeps-its-phrase`.)
    expect({ date: retracts?.time?.value, title: retracts?.title }).toEqual({
      date: '2010-08-19',
      title: 'US scientist retracts assurances over success of cleanup',
    });
    expect(retracts?.rules).toEqual(expect.arrayContaining(['headline:person-by-role', 'date:headline-of-lede-publication-day']));
    // (A bare office says too little.)
    expect(events('Scientist retracts assurances over success of cleanup\nThe oil was still in the Gulf.', '2010-08-19').filter((e) => e.time)).toEqual([]);
  });

  it('dates a headline of a thing reaching a place, a people or a figure (headline:thing-reaches)', () => {
    // The BBC, 28 April 2009 and 12 June 2009.
    const europe = events('Swine flu outbreak reaches Europe\nA case was confirmed in Spain today.', '2009-04-28').find((e) => e.time);
    expect({ date: europe?.time?.value, title: europe?.title }).toEqual({ date: '2009-04-28', title: 'Swine flu outbreak reaches Europe' });
    expect(europe?.rules).toEqual(expect.arrayContaining(['headline:thing-reaches', 'date:headline-of-lede-publication-day']));
    const canada = events("Flu hits Canada's native peoples\nDoctors said today they are worried.", '2009-06-12').find((e) => e.time);
    expect(canada?.title).toBe("Flu hits Canada's native peoples");
    // (A feature's thesis is no arrival: the Washington Post, 27 May 2010.)
    expect(events('Gulf oil spill offers a lesson in capitalism\nA sign marks the closed beach.', '2010-05-27').filter((e) => e.time)).toEqual([]);
  });

  it("reads a headline's invariant verb as its present (headline:invariant-form)", () => {
    // The Guardian, 7 June 2010: "hit" is past and present alike; on a headline's line it is the day's news.
    const m = events("BP's Deepwater Horizon costs hit $1.25 bn\nBP said this morning the cost of the oil spill has risen.", '2010-06-07').find((e) => e.time);
    expect({ date: m?.time?.value, title: m?.title }).toEqual({ date: '2010-06-07', title: "BP's Deepwater Horizon costs hit $1.25 bn" });
    expect(m?.rules).toEqual(expect.arrayContaining(['headline:invariant-form', 'date:headline-of-lede-publication-day']));
  });
});

describe('titles cut before their end, or saying other than the sentence', () => {
  const rulesOf = (text: string, published: string) => events(text, published).find((m) => m.time)?.rules ?? [];

  it('keeps the direction of a price after a verb that says none (title:direction-complement)', () => {
    const s = 'Shares in Acme opened higher on Thursday despite a presidential commission criticising its contractors.';
    expect(title(s, '2011-01-06')).toBe('Shares in Acme opened higher');
    expect(rulesOf(s, '2011-01-06')).toContain('title:direction-complement');
  });

  it('keeps the part of the session a move is told for (title:session-phrase)', () => {
    const s =
      'U.S.-listed shares of Acme rose about 3 percent in morning trade on Monday, the first session after a sell-off, but faded in the afternoon to close just 0.3 percent higher.';
    expect(title(s, '2010-06-28')).toBe('U.S.-listed shares of Acme rose about 3 percent in morning trade');
    expect(rulesOf(s, '2010-06-28')).toContain('title:session-phrase');
    // (A number's "%" stays in the short form: "some 3" is another figure.)
    expect(
      title(
        'US oil company Anadarko, the third partner in the rig, saw its share price plummet 20% on Tuesday, but recovered some 3% in early New York trading on Wednesday.',
        '2010-06-02',
      ),
    ).toBe('Anadarko recovered some 3% in early New York trading');
  });

  it('sets aside a title that runs into a verb with no subject of its own (title-cut:runs-into-verb)', () => {
    // ("alluded" is a saying verb: the clause is set aside as one, `saying-verb`, before its title is made)
    expect(whyNot('Hayward on Sunday alluded to the role Acme has unwillingly adopted: "I\'m sorry.', '2010-05-31')).toContain('alluded:saying-verb');
    const memoir =
      "And because of the oil spill he doesn't have enough time to finish writing his biography: A Jindal spokesman confirmed Tuesday that the governor's upcoming memoir, titled Real Hope, Real Change: New Conservative Solutions to Rescue America, won't be released in July as planned.";
    expect(events(memoir, '2010-05-28').filter((m) => m.time)).toEqual([]);
    expect(whyNot(memoir, '2010-05-28')).toContain('confirmed:title-cut:runs-into-verb');
    // (Not after a relative, whose antecedent the verb after it has.)
    // ("BP said Wednesday mud that was forced ...": a day right after the saying is the saying's, and the relative has
    // none of its own, events/clause-part-dates.ts `date:of-the-telling`; here the relative's own "yesterday".)
    expect(title('BP said mud that was forced down the blown-out well yesterday was holding back the flow of crude.', '2010-08-04')).toBe(
      'Mud was forced down the blown-out well',
    );
  });

  it('sets aside a title that stops on an office before its name (title-cut:inside-name)', () => {
    const s =
      'The decision to begin the evacuation was made late Thursday by retired Coast Guard Adm. Thad Allen, the national incident commander, after concluding that the storm would hit the site.';
    expect(whyNot(s, '2010-07-23')).toContain('made:title-cut:inside-name');
  });

  it('sets aside a demand cut before what was demanded (title-cut:demanded-what)', () => {
    const s =
      'Also on Friday, Louisiana Governor Bobby Jindal demanded the federal government and Acme commit to long-term clean up efforts until the tainted beaches have been restored.';
    expect(events(s, '2010-05-21').filter((m) => m.time)).toEqual([]);
    expect(whyNot(s, '2010-05-21')).toContain('demanded:title-cut:demanded-what');
    // (An infinitive after the object is the object's: "ordered the development of a long-term plan to restore"; a plan
    // without what it is for says nothing, and the title cannot hold it: events/complements.ts.)
    const plan = 'Also on Wednesday, Obama ordered the development of a long-term plan to "restore the unique beauty" of the Gulf Coast.';
    expect(title(plan, '2010-07-01')).toBeUndefined();
    expect(whyNot(plan, '2010-07-01')).toContain('ordered:title-cut:deed-without-content');
  });

  it('sets aside one verb of a list joined by "or" (title-cut:one-of-alternatives)', () => {
    const s =
      'Earlier this month, government scientists reported that about 75% of the oil had been captured, burned off, evaporated or broken down in the Gulf.';
    expect(events(s, '2010-08-18').filter((m) => m.time)).toEqual([]);
    expect(whyNot(s, '2010-08-18').some((w) => w.endsWith('title-cut:one-of-alternatives'))).toBe(true);
    const or =
      'At the beginning of August, the US government announced that almost three-quarters of the oil had been cleaned up or broken down by natural forces.';
    expect(whyNot(or, '2010-09-01')).toContain('announced:title-cut:one-of-alternatives');
    // (A list joined by "and" asserts each member: the same sentence with "and" keeps its title.)
    expect(title(s.replace(' or ', ' and '), '2010-08-18')).toMatch(/75% of the oil had been captured$/);
  });

  it('sets aside a clause whose amount or object is asked (embedded-question:amount, embedded-question:what)', () => {
    const s = 'Another part of the equation is how much more oil started to leak last week after the riser pipe was cut.';
    expect(events(s, '2010-06-11').filter((m) => m.time)).toEqual([]);
    expect(whyNot(s, '2010-06-11')).toContain('started:embedded-question:amount');
    const what =
      'The disparity between what Acme promised in its March 24 filing with federal regulators and the amount of oil recovered underscores the problem.';
    expect(whyNot(what, '2010-06-01')).toContain('promised:embedded-question:what');
    // ("memories of how SARS started in Hong Kong": how it started is told, and kept.)
    expect(title('The order brought back memories of how SARS started in Hong Kong in February 2003.', '2009-05-01')).toBe('SARS started in Hong Kong');
  });

  it('reads the verb before an "of" phrase\'s participle as the clause\'s own (later-participle-no-head)', () => {
    const s = 'Together with rival Shell, Acme accounted for 25% of the total dividends of £50bn paid in the UK market last year.';
    expect(events(s, '2010-06-03').map((m) => m.title)).not.toContain('Acme paid in the UK market');
    // ("combined" is the clause's verb; its title, cut before the participle that says which strain, is none:
    // events/complements.ts `title-cut:bare-noun-without-participle`.)
    const strain = 'In the case of the 1957 Asian flu outbreak, a human H2N2 virus combined with the genes of a strain found in wild ducks.';
    expect(whyNot(strain, '2009-04-29')).toContain('combined:title-cut:bare-noun-without-participle');
  });
});

describe('a relative on an office after a name tells of that name', () => {
  it('writes the name for "the U.S. president who lost" after "Jimmy Carter," (subject:person-in-apposition)', () => {
    const s =
      'Washington Post columnist David Broder wrote on Thursday that Obama "will have to hope he doesn\'t end up as Jimmy Carter," the U.S. president who lost his 1980 reelection bid after failing to secure the release of hostages.';
    const m = events(s, '2010-06-04').find((e) => e.time);
    expect(m?.title).toBe('Jimmy Carter lost his reelection bid');
    expect(m?.rules).toContain('subject:person-in-apposition');
  });
});

describe('titles that keep what their words need', () => {
  const first = (text: string, published: string) => events(text, published).find((m) => m.time);
  const candidatesOf = (text: string, published: string) => {
    const sentences = splitHeadlineFromStandfirst(text, segmentSentences(text));
    return eventCandidates(analyseText(text, sentences), [], findTimeExpressions(text, published)).candidates;
  };

  it('fills in a conjunct of a coordination of modifiers the short form dropped (title:coordinated-modifiers-whole)', () => {
    const s = 'Energy giant BP vowed Monday to pay "all necessary and appropriate clean-up costs" from the massive oil spill in the Gulf of Mexico.';
    const m = first(s, '2010-04-29');
    // (The whole quotation keeps its marks, events/quoted-title.ts.)
    expect(m?.title).toBe('BP vowed to pay "all necessary and appropriate clean-up costs"');
    expect(m?.rules).toContain('title:coordinated-modifiers-whole');
  });

  it('keeps the -ing verb after a subject that says nothing without its "of" (title:subject-keeps-of-gerund)', () => {
    const s = "The cost of protecting BP's debt against default hit new highs on Wednesday.";
    const m = first(s, '2010-06-09');
    expect(m?.title).toBe("The cost of protecting BP's debt hit new highs");
    expect(m?.rules).toContain('title:subject-keeps-of-gerund');
  });

  it('writes no owner of the object that the subject names already (object:owner-is-subject)', () => {
    const text =
      "Efforts to plug BP's oil leak for good were being hampered as Tropical Storm Bonnie approached.\n" +
      'July 15 - BP says it has stopped the leak -- at least during testing -- with the new tight-sealing containment cap.';
    const c = candidatesOf(text, '2010-07-23').find((x) => x.rules.includes('subject:sayer-of-it'));
    expect(c?.rules).toContain('object:owner-is-subject');
    expect(c?.objectNamed).toBeUndefined();
  });

  it('keeps what a reported number counts (title:announced-amount-keeps-of-phrase)', () => {
    // ("four of the polka-dotted creatures": "the creatures" alone points back, and makes no event, events/unplaced.ts.)
    const s =
      'Officials at the National Oceanic and Atmospheric Administration reported this week that four of the whale sharks, stretching about 40 feet (12 metres) in length, had been spotted swimming in oily water in search of food.';
    const m = first(s, '2010-07-04');
    expect(m?.title).toBe('Officials reported that four of the whale sharks had been spotted swimming');
    expect(m?.rules).toContain('title:announced-amount-keeps-of-phrase');
  });

  it('keeps a name that runs on past "for" (title:name-runs-past-preposition)', () => {
    const s =
      'The Center for Biological Diversity filed suit in U.S. District Court for the District of Columbia Friday, charging that Interior Secretary Ken Salazar violated the National Environmental Policy Act.';
    const m = first(s, '2010-10-22');
    expect(m?.title).toBe('The Center for Biological Diversity filed suit in U.S. District Court');
    expect(m?.rules).toContain('title:name-runs-past-preposition');
  });

  it('keeps the direction a verb sent its object past an aside (title:direction-past-aside)', () => {
    const s =
      'The court ruling pushed shares of Transocean Ltd (RIGN.VX), the owner of the rig that exploded on April 20, triggering the spill, up more than 5 percent on the Zurich stock exchange on Friday.';
    const m = events(s, '2010-07-09').find((x) => x.time?.value === '2010-07-09');
    expect(m?.title).toBe('The court ruling pushed shares of Transocean Ltd up');
    expect(m?.rules).toContain('title:direction-past-aside');
    // (With room, the amount too.)
    const short = 'The ruling pushed shares of Transocean (RIGN.VX), the owner of the rig, up more than 5 percent on Friday.';
    expect(events(short, '2010-07-09').find((x) => x.time?.value === '2010-07-09')?.title).toBe(
      'The ruling pushed shares of Transocean up more than 5 percent',
    );
  });

  it('keeps what an activity was done on, past the time (title:activity-phrase-past-time)', () => {
    const s = 'Drilling was suspended last week on a second relief well begun May 16 while the top kill was in progress, but that rig resumed drilling Sunday.';
    const m = first(s, '2010-06-02');
    expect(m?.title).toBe('Drilling was suspended on a second relief well');
    expect(m?.rules).toContain('title:activity-phrase-past-time');
  });

  it('keeps the words of a subject before its quotation mark (title:subject-cut-at-quote)', () => {
    const s =
      'The attempted "top kill" of the well was abandoned late Saturday afternoon, leaving the huge Macondo field deep beneath the sea floor once again free to pump at least half a million gallons of crude a day into the gulf.';
    const m = first(s, '2010-05-30');
    expect(m?.title).toBe('The attempted "top kill" of the well was abandoned');
    // (The chunker holds the quoted words in the subject, nlp/noun-phrases.ts; no cut to mend.)
    expect(m?.rules).toContain('title:quoted-words-in-phrase');
    // (A quoted name right before the noun: "Flu killed about a million people" was every flu.)
    const flu = 'The last flu pandemic was in 1968 when "Hong Kong" flu killed about a million people globally.';
    expect(first(flu, '2009-05-01')?.title).toBe('Hong Kong flu killed about a million people');
  });

  it('makes no title of a verb whose object ran into the day after it (title:object-glued-to-time)', () => {
    const s =
      '-- The Environmental Protection Agency gave the go-ahead Monday to use oil dispersing chemicals near the sea bottom where the oil is leaking, although the agency acknowledged ecological effects of the chemical are not yet fully known.';
    expect(events(s, '2010-05-10').filter((m) => m.title.includes('gave'))).toEqual([]);
    expect(whyNot(s, '2010-05-10')).toContain('gave:title-object-glued-to-time');
    const hours =
      'With so much about to happen at the blowout site, the Obama administration on Thursday gave BP officials 24 hours to provide a detailed description of what they will do in the weeks ahead and how they will do it.';
    expect(whyNot(hours, '2010-07-09')).toContain('gave:title-object-glued-to-time');
    // (A time alone before the infinitive is no object: "agreed Thursday night to suspend their strike".)
    expect(title('Dockworkers agreed Thursday night to suspend their strike.', '2010-05-10')).toBe('Dockworkers agreed to suspend their strike');
  });
});

describe('extractEventMentions: names that take no part in the happening', () => {
  it('lists no one named only in what a happening is set beside by "unlike" (participants:what-it-is-unlike)', () => {
    const m = events(
      "Transocean said so. The initial reports of Thursday's platform fire triggered a collective panic, but unlike the April explosion of the Deepwater Horizon rig -- which killed 11 people and led to the largest offshore oil spill in the nation's history -- this fire killed no one and sent no crude gushing into the water.",
      '2010-09-03',
    ).find((x) => x.title.includes('panic'))!;
    expect(m.title).toBe("The initial reports of Thursday's platform fire triggered a collective panic");
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('participants:what-it-is-unlike');
  });

  it('lists no one named deep in the phrase that opens the sentence before its subject (participants:deep-in-opening-phrase)', () => {
    const m = events(
      'Just a few minutes into his comments about the damage from the gulf oil leak to the House Energy Committee on Thursday, Louisiana congressman Charlie Melancon was overcome.',
      '2010-05-28',
    ).find((x) => x.title.includes('overcome'))!;
    expect(m.title).toBe('Louisiana congressman Charlie Melancon was overcome');
    expect(m.actors).toEqual(['charlie-melancon']);
    expect(m.rules).toContain('participants:deep-in-opening-phrase');
  });

  it("lists no scholar's school as a participant of what he did (actors:school-of-scholar)", () => {
    const m = events(
      'Among those testifying will be Samantha Joye, a University of Georgia marine sciences professor who last month reported finding a plume roughly 20 miles (32 km) long, six miles (10 km) wide, and 100 feet (30 metres) thick.',
      '2010-06-08',
    ).find((x) => x.title.includes('plume'))!;
    expect(m.title).toBe('Samantha Joye reported finding a plume');
    expect(m.actors).toEqual(['samantha-joye']);
    expect(m.rules).toContain('actors:school-of-scholar');
  });

  it('lists no one named in what an "-ing" participle on the noun of an "of" phrase says (participants:participle-of-phrase-noun)', () => {
    const m = events(
      "Monday morning newspapers ' editorials raised the usual spectre of Taiwan sacrificing its democratic self-rule to Communist China in exchange for lucrative trade deals.",
      '2009-05-19',
    ).find((x) => x.title.includes('spectre'))!;
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('participants:participle-of-phrase-noun');
  });

  it('lists no company whose spill names the thing shown apart (actors:name-of-happening-in-apart-phrase)', () => {
    const filler = 'Crews worked through the night. Boats waited in the harbour. Officials met in the town hall. Fishermen stayed home. ';
    const m = events(
      `The cap was lowered on to the well on Monday. ${filler}The BP oil spill cap was new. BP said the BP oil spill cap held.`,
      '2010-07-13',
    ).find((x) => x.title.includes('lowered'))!;
    expect(m.title).toBe('The BP oil spill cap was lowered on to the well');
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:name-of-happening-in-apart-phrase');
  });
});

describe('titles cut or garbled inside a phrase', () => {
  const first = (text: string, published: string) => events(text, published).find((m) => m.time);

  it("writes a spaced plural's apostrophe against its word (title:possessive-apostrophe-joined)", () => {
    const s =
      "Monday morning newspapers ' editorials raised the usual spectre of Taiwan sacrificing its democratic self-rule to Communist China in exchange for lucrative trade deals.";
    const m = first(s, '2009-05-19');
    expect(m?.title).toBe("Newspapers' editorials raised the usual spectre of Taiwan");
    expect(m?.rules).toContain('title:possessive-apostrophe-joined');
  });

  it('keeps the noun after a measure and its conversion in brackets (noun-ending-a-noun-phrase)', () => {
    const s = 'On Friday, remote-controlled submersibles guided the 40ft (12m) funnel above the wellhead, 5,000 ft (1,500 m) below the surface.';
    expect(title(s, '2010-05-08')).toBe('Remote-controlled submersibles guided the 40ft funnel');
    const stack =
      'On Wednesday night, a leak was discovered in part of the 75-tonne capping stack fixed on top of the broken well, forcing a delay in proceedings.';
    expect(title(stack, '2010-07-16')).toBe('A leak was discovered in part of the 75-tonne capping stack');
  });

  it('keeps the head noun wink tags an adjective after a noun (noun-ending-a-noun-phrase)', () => {
    const s =
      'A massive oil slick in the Gulf of Mexico threatened the U.S. coastline Friday, and Louisiana Gov. Bobby Jindal (R) expressed alarm that prevention efforts so far have been ineffective.';
    expect(events(s, '2010-04-30').map((m) => m.title)).not.toContain('A massive oil in the Gulf of Mexico threatened the U.S. coastline');
    expect(events(s, '2010-04-30').some((m) => m.title.startsWith('A massive oil slick'))).toBe(true);
  });

  it('makes no title ending on a word whose noun is elsewhere (title-cut:noun-elsewhere)', () => {
    const s =
      'Former President Bill Clinton, though, attended every year and George W. Bush missed only one, in 2002, when he was in Normandy, France, visiting the American cemetery.';
    expect(events(s, '2010-05-31').filter((m) => m.title.includes('missed'))).toEqual([]);
    expect(whyNot(s, '2010-05-31')).toContain('missed:title-cut:noun-elsewhere');
    const ninth =
      'Pacitti, 24, was the 10th confirmed case of swine flu in the UK, while earlier yesterday a Merseyside woman who had recently returned from Mexico was confirmed as the ninth.';
    expect(whyNot(ninth, '2009-05-02')).toContain('confirmed:title-cut:noun-elsewhere');
    // (An amount of change is no such word: "had risen by one".)
    expect(title("Mexico's flu death toll rose by one to 78 on Thursday, officials said.", '2009-05-01')).toBe("Mexico's flu death toll rose by one");
  });

  it('reads an invariant participle after a phrase as describing its noun (invariant-participle-in-phrase)', () => {
    const s =
      "He said all 33 claims offices would remain open and be used by Kenneth Feinberg, administrator of the new $20 billion escrow fund set up at the White House's behest last week.";
    expect(events(s, '2010-06-27').map((m) => m.title)).not.toContain("Administrator set up at White House's behest");
  });

  it('makes no event of how the subject came to be, between commas (participle:background-origin)', () => {
    const s =
      'Public Citizen, founded in 1971 by consumer advocate Ralph Nader, recently launched an online BP Boycott Pledge that has collected more than 11,000 signatures from people promising to forgo all BP products for three months.';
    expect(events(s, '2010-05-26').filter((m) => m.title.includes('founded'))).toEqual([]);
    expect(whyNot(s, '2010-05-26')).toContain('founded:participle:background-origin');
  });
});

describe('titles that stop on a modifier or a preposition', () => {
  it('sets aside a title ending on a modifier before more modifiers or an aside (title-cut:modifier-without-noun)', () => {
    const s =
      'The crystals caused BP PLC problems in May, when hydrates formed on a 100-ton, four-story dome the company tried to place over the leak to contain it.';
    expect(events(s, '2010-09-04').filter((m) => m.title.endsWith('100-ton'))).toEqual([]);
    // (With room, the noun after the comma's modifiers is kept: events/cut-heads.ts `title:modifiers-keep-their-noun`.)
    const [formed] = events(s, '2010-09-04').filter((m) => m.title.startsWith('Hydrates formed'));
    expect(formed.title).toBe('Hydrates formed on a 100-ton, four-story dome');
    expect(formed.rules).toContain('title:modifiers-keep-their-noun');
    const aside =
      'About 4 p.m. Friday, authorities began the long-awaited - and now, rather anti-climactic - "bottom kill," filling in that empty space with cement.';
    // (past an aside to a short quoted noun, the title skips the aside: title:aside-skipped)
    const [began] = events(aside, '2010-09-18').filter((m) => m.title.startsWith('Authorities began'));
    expect(began.title).toBe('Authorities began the long-awaited bottom kill');
    expect(began.rules).toContain('title:aside-skipped');
    // (A noun the tagger read as an adjective, with no comma or dash after it, stays.)
    expect(title('Urged by political strategists to act more angrily, Barack Obama shed his uncharacteristic cool this week.', '2010-06-11')).toBe(
      'Barack Obama shed his uncharacteristic cool',
    );
  });

  it('reads "amidst" as a preposition (closed-class-preposition)', () => {
    const s = 'Ushahidi was built amidst the post-election violence in Kenya in 2008 to document the trouble.';
    expect(title(s, '2010-05-05')).not.toBe('Ushahidi was built amidst');
  });
});

describe('a web address in a title', () => {
  it('leaves out an address the tagger split at its dots (title:link-left-out)', () => {
    const s =
      'The World Bank has also been tracking protectionist moves, and on Monday the British government launched a website www.globaltradealert.org to provide live updates on protectionism.';
    const m = events(s, '2009-06-12').find((x) => x.time);
    expect(m?.title).toBe('The British government launched a website');
    expect(m?.rules).toContain('title:link-left-out');
  });

  it('leaves out the names of another clause: a participle of its own time, a participle on the object, what follows "but a"', () => {
    // participants:participle-of-its-own-time
    const d = events('Mr Dudley began his career with the oil company Amoco in 1979, moving to BP when it took over Amoco in 1998.', '2010-06-23').find((x) =>
      x.title.includes('began'),
    )!;
    expect(d.actors).not.toContain('bp');
    expect(d.rules).toContain('participants:participle-of-its-own-time');
    // participants:agent-of-object-participle
    const f = events(
      'A federal court last week lifted a six-month drilling ban imposed by the Obama administration as a result of the spill.',
      '2010-07-04',
    ).find((x) => x.title.includes('lifted'))!;
    expect(f.title).toBe('A federal court lifted a six-month drilling ban');
    expect(f.actors).toEqual([]);
    expect(f.rules).toContain('participants:agent-of-object-participle');
    // (on the subject the agent still takes part: "a drilling rig leased by BP exploded")
    const r = events('A drilling rig leased by BP exploded on April 20.', '2010-05-01').find((x) => x.title.includes('exploded'))!;
    expect(r.actors).toEqual(['bp']);
    // (what follows "but a" is a clause of its own, `finite-verb-after-year-of-subject`: the first clause has neither its
    // names nor its year, and no date of its own)
    const e = events(
      "Exxon was originally assessed punitive damages of $5 billion but a US Supreme Court ruling in 2003 imposed limits on punitive damages, helping reduce Exxon's liability, Fitch said.",
      '2010-04-30',
    ).find((x) => x.title.includes('assessed'));
    expect(e).toBeUndefined();
  });

  it('names the thing whose disaster a "when" clause tells (actors:name-of-disaster-before-when)', () => {
    const text =
      'The tanker Exxon Valdez ran aground in Alaska. In the 1989 Exxon Valdez spill, when about 250,000 barrels of crude oil were spilled into Prince William Sound, Alaska, cleanup costs were an estimated $2 billion, Fitch said.';
    const m = events(text, '2010-04-30').find((x) => x.title.includes('spilled'))!;
    expect(m.title).toBe('About 250,000 barrels of crude oil were spilled into Prince William Sound');
    expect(m.actors).toEqual(['exxon-valdez']);
    expect(m.rules).toContain('actors:name-of-disaster-before-when');
  });

  it('keeps the principal of unnamed aides who act as her staff (actors:principal-of-unnamed-aides)', () => {
    const text =
      'Republicans are demanding an investigation into the White House energy and climate adviser, Carol Browner. Between 2am and 3am on 27 May, aides to Browner produced two different edits of the executive summary to a report on recommendations for drilling safety.';
    const m = events(text, '2010-11-10').find((x) => x.title.includes('edits'))!;
    expect(m.actors).toEqual(['carol-browner']);
    expect(m.rules).toContain('actors:principal-of-unnamed-aides');
  });

  it('lists a pipeline named by its place (facility-noun-in-name) and the city of "Mexico City" (city-named-for-its-country)', () => {
    const p = events('In 2006, the Prudhoe Bay pipeline leaked 200,000 gallons of oil into the Alaskan tundra.', '2011-01-20').find((x) =>
      x.title.includes('leaked'),
    )!;
    expect(p.title).toBe('The Prudhoe Bay pipeline leaked 200,000 gallons of oil');
    expect(p.actors).toEqual(['prudhoe-bay-pipeline']);
    const c = events(
      'Mexico City lowers swine flu alert\nMexico City lowered its swine flu alert level from yellow to green late last night.',
      '2009-05-22',
    ).find((x) => x.title.includes('lower'))!;
    expect(c.actors).toEqual(['mexico-city']);
  });
});

describe('titles that keep what the sentence qualifies or completes', () => {
  const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

  it('makes no event of a war declared on no one the title can write (title-cut:target-left-out, formerly title:hedge-kept)', () => {
    // (The judges failed "Anadarko Petroleum effectively declared war" as unreadable: war on whom? The hedge is kept
    // where the title stands, events.test.ts `title:hedge-kept` above; here the title goes, events/needed-phrase.ts.)
    const s =
      'Anadarko Petroleum, a Houston-based exploration firm, employs a lobbyist. The company, which kept a low profile during the early weeks of the crisis, effectively declared war Friday by calling the tragedy "preventable and the direct result of BP\'s reckless decisions and actions."';
    expect(whyNot(s, '2010-06-19')).toContain('declared:title-cut:target-left-out');
  });

  it('gives no title to a noun that is the subject of the verb after its relative (title-cut:object-has-predicate)', () => {
    const s =
      'China suspended flights to Mexico after Hong Kong authorities on Friday confirmed a Mexican man who flew via the Chinese mainland was infected with the flu strain.';
    expect(titles(s, '2009-05-02').filter((x) => x.includes('confirmed'))).toEqual([]);
    expect(whyNot(s, '2009-05-02')).toContain('confirmed:title-cut:object-has-predicate');
  });

  it('keeps the thing given in a "with" phrase (title:given-with)', () => {
    const s =
      'The Health and Safety Executive issued Transocean with an improvement notice in 2006, criticising the testing of a so-called blow out preventer (BOP).';
    const m = events(s, '2010-05-06').find((x) => x.title.includes('issued'))!;
    expect(m.title).toBe('The Health and Safety Executive issued Transocean with an improvement notice');
    expect(m.rules).toContain('title:given-with');
  });

  it('keeps what a unit with its adjective measures, or gives no title (title:measure-of-phrase)', () => {
    const s = 'Also Friday, the National Oceanic and Atmospheric Administration announced the reopening of 5,628 square miles of the gulf for fishing.';
    expect(titles(s, '2010-10-01').filter((x) => x.endsWith('square miles'))).toEqual([]);
    const short = 'Also Friday, NOAA announced the reopening of 5,628 square miles of the gulf for fishing.';
    const m = events(short, '2010-10-01').find((x) => x.title.includes('reopening'))!;
    expect(m.title).toBe('NOAA announced the reopening of 5,628 square miles of the gulf');
    expect(m.rules).toContain('title:measure-of-phrase');
  });

  it('writes a subject with a stray "of" before its verb without the noun after its unit (title:stray-of-before-verb)', () => {
    const s = 'According to the US coast guard, around 25,000 barrels oil of were recovered from the sea on Thursday.';
    const [m] = events(s, '2010-06-18');
    expect(m.title).toBe('Around 25,000 barrels were recovered from the sea');
    expect(m.rules).toContain('title:stray-of-before-verb');
  });
});

describe('extractEventMentions: actors of a sayer (actors19)', () => {
  it('takes no country that only says whose the sayers are (actors:sayer-country-qualifies-noun)', () => {
    const [m] = events(
      'U.S. forecasters reported late on Wednesday that a tropical depression had formed over the southern Gulf and was set to slam into the Gulf Coast.',
      '2010-07-08',
    ).filter((e) => e.rules.includes('title:with-sayer'));
    expect(m.title).toBe('U.S. forecasters reported a tropical depression had formed over the southern Gulf');
    expect(m.actors).toEqual([]);
    expect(m.rules).toContain('actors:sayer-country-qualifies-noun');
    // (a government is the country's own)
    const [g] = events('The U.S. government said on Friday that GLX had paid $71 million.', '2010-06-20').filter((e) => e.rules.includes('title:with-sayer'));
    expect(g.actors).toEqual(['united-states']);
  });
});
