import { describe, expect, it } from 'vitest';
import { attachUndated, clusterMentions, datesAgree, localeRanks, namesIn, placeable, subjectKeys, toEventRecords, type DatedMention } from './merge';
import type { DraftMention } from './events';
import type { Precision } from '../schema/timeline';

const PEOPLE = new Set(['kim-jong-un', 'andrei-belousov', 'vladimir-putin']);
const isPerson = (id: string) => PEOPLE.has(id);

let offset = 0;
function draft(doc: string, sentence: string, actors: string[], classes: string[], extra: Partial<DraftMention> = {}): DraftMention {
  offset += 1000;
  return {
    doc,
    sentence: { start: offset, end: offset + sentence.length, text: sentence },
    time: null,
    title: sentence.replace(/\s+(?:on|in)\s+.*$/, ''),
    actors,
    attribution: null,
    classes,
    recentCue: false,
    rules: [],
    ...extra,
  };
}

function dated(doc: string, sentence: string, date: string, precision: Precision, actors: string[], classes: string[], dateText = date): DatedMention {
  const d = draft(doc, sentence, actors, classes);
  const at = sentence.indexOf(dateText);
  return {
    ...d,
    time: {
      text: dateText,
      start: d.sentence.start + Math.max(0, at),
      end: d.sentence.start + Math.max(0, at) + dateText.length,
      value: date,
      precision,
      basis: 'explicit',
      rules: ['chronoCalendar:absolute'],
    },
    value: date,
    precision,
    basis: 'explicit',
    explanation: `'${dateText}', as written`,
  };
}

const KIM_BELOUSOV = ['kim-jong-un', 'andrei-belousov'];

describe('datesAgree', () => {
  it('lets "in November 2024" and "November 29, 2024" agree, but not November and June', () => {
    expect(datesAgree('2024-11', '2024-11-29')).toBe(true);
    expect(datesAgree('2024-06', '2024-11-29')).toBe(false);
  });
  it('lets a week (its Monday) agree with its seven days and the months and years it touches, and with nothing else', () => {
    // the week of Monday 31 May 2010 runs to Sunday 6 June
    expect(datesAgree('2010-05-31', '2010-06-03', 'week', 'day')).toBe(true);
    expect(datesAgree('2010-06-06', '2010-05-31', 'day', 'week')).toBe(true);
    expect(datesAgree('2010-05-31', '2010-06-07', 'week', 'day')).toBe(false);
    expect(datesAgree('2010-05-31', '2010-05-30', 'week', 'day')).toBe(false);
    expect(datesAgree('2010-05-31', '2010-05', 'week', 'month')).toBe(true);
    expect(datesAgree('2010-05-31', '2010-06', 'week', 'month')).toBe(true);
    expect(datesAgree('2010-05-31', '2010-07', 'week', 'month')).toBe(false);
    expect(datesAgree('2010-05-31', '2010', 'week', 'year')).toBe(true);
    expect(datesAgree('2009-12-28', '2010', 'week', 'year')).toBe(true);
    expect(datesAgree('2010-05-31', '2010-05-31', 'week', 'week')).toBe(true);
    expect(datesAgree('2010-05-31', '2010-06-07', 'week', 'week')).toBe(false);
  });
});

describe('clusterMentions', () => {
  it('merges one meeting reported by three articles at day and month precision into one event dated to the day', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Kim Jong Un met Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet'], 'November 29, 2024'),
        dated('b.txt', 'Kim held talks with Belousov on Friday.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet'], 'Friday'),
        dated('c.txt', 'Belousov visited Pyongyang in November.', '2024-11', 'month', ['andrei-belousov', 'kim-jong-un'], ['visit'], 'November'),
      ],
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(clusters[0].value).toBe('2024-11-29');
    expect(clusters[0].mentions.map((m) => m.doc).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('merges "last week" into the meeting on a day of that week, dated to the day, and keeps another week apart', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Kim Jong Un met Andrei Belousov on June 9, 2010.', '2010-06-09', 'day', KIM_BELOUSOV, ['meet'], 'June 9, 2010'),
        dated('b.txt', 'Kim met Belousov last week.', '2010-06-07', 'week', KIM_BELOUSOV, ['meet'], 'last week'),
        dated('c.txt', 'Kim met Belousov again two weeks ago.', '2010-06-14', 'week', KIM_BELOUSOV, ['meet'], 'two weeks ago'),
      ],
      isPerson,
    );
    expect(clusters.map((c) => [c.value, c.precision, c.mentions.map((m) => m.doc)])).toEqual([
      ['2010-06-09', 'day', ['a.txt', 'b.txt']],
      ['2010-06-14', 'week', ['c.txt']],
    ]);
    expect(clusters[0].mentions[1].rules).toContain('merge:dates-agree');
    expect(clusters[0].conflicts).toEqual([]);
  });

  it('merges reports that tell a happening with no named participant in the same words on the same day', () => {
    const box = 'When engineers removed the LMRP cap on 10 July, oil began to flow again.';
    const clusters = clusterMentions(
      [
        { ...dated('a.txt', box, '2010-07-10', 'day', [], ['remove'], '10 July'), title: 'Engineers removed the LMRP cap' },
        { ...dated('b.txt', box, '2010-07-10', 'day', [], ['remove'], '10 July'), title: 'Engineers removed the LMRP cap' },
        {
          ...dated('c.txt', 'Engineers removed the LMRP cap on 12 July.', '2010-07-12', 'day', [], ['remove'], '12 July'),
          title: 'Engineers removed the LMRP cap',
        },
        { ...dated('d.txt', 'Engineers fitted a new cap on 10 July.', '2010-07-10', 'day', [], ['fit'], '10 July'), title: 'Engineers fitted a new cap' },
      ],
      isPerson,
    );
    // One entry for the two reports of 10 July; another day or other words stay apart.
    expect(clusters.map((c) => c.mentions.map((m) => m.doc))).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['d.txt']]);
    expect(clusters[0].mentions[1].rules).toContain('merge:same-wording');
  });

  it("merges one day's happening told in other words when it shares a participant, but not over a whole month", () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', "BP's Deepwater Horizon rig exploded on 20 April.", '2010-04-20', 'day', ['bp', 'deepwater-horizon'], ['explode'], '20 April'),
        dated('b.txt', 'The explosion of the rig on 20 April killed 11 workers.', '2010-04-20', 'day', ['deepwater-horizon'], ['explode'], '20 April'),
        dated('c.txt', 'BP killed the well in September.', '2010-09', 'month', ['bp'], ['kill'], 'September'),
        dated('d.txt', 'BP killed the well on 19 September.', '2010-09-19', 'day', ['bp'], ['kill'], '19 September'),
        dated('e.txt', 'BP shares rose in September.', '2010-09', 'month', ['bp'], ['rise'], 'September'),
      ],
      isPerson,
    );
    const groups = clusters.map((c) => c.mentions.map((m) => m.doc).sort());
    expect(groups).toContainEqual(['a.txt', 'b.txt']);
    expect(groups).toContainEqual(['e.txt']);
    expect(clusters.find((c) => c.mentions.some((m) => m.doc === 'b.txt'))!.mentions[1].rules).toContain('merge:same-day+same-happening+actor');
  });

  it('keeps a share rise apart from the end of the flow told the same day: one actor and a broad kind are not enough when the subjects differ', () => {
    const withSubject = (m: DatedMention, subject: string): DatedMention => {
      const at = m.sentence.start + m.sentence.text.indexOf(subject);
      return { ...m, subjectRuns: [{ start: at, end: at + subject.length }] };
    };
    const clusters = clusterMentions(
      [
        withSubject(
          dated(
            'a.txt',
            'BP shares rose in New York trading on Thursday after the flow was stopped, having already performed well over the day.',
            '2010-07-15',
            'day',
            ['bp'],
            ['business'],
            'on Thursday',
          ),
          'BP shares',
        ),
        withSubject(
          dated('b.txt', 'The flow ended on 15 July, when BP put a temporary cap on the well.', '2010-07-15', 'day', ['bp'], ['business'], 'on 15 July'),
          'The flow',
        ),
        withSubject(
          dated(
            'c.txt',
            "The British energy firm's shares fell 3.4% on Thursday over worries about the cost.",
            '2010-07-15',
            'day',
            ['bp'],
            ['business'],
            'on Thursday',
          ),
          "The British energy firm's shares",
        ),
        withSubject(
          dated('d.txt', 'The company had only siphoned off 2,200 barrels on 15 July.', '2010-07-15', 'day', ['bp'], ['business'], 'on 15 July'),
          'The company',
        ),
      ],
      isPerson,
    );
    const groups = clusters.map((c) => c.mentions.map((m) => m.doc).sort());
    // The flow is its own event; the shares of BP told twice are one; "the company" stands for a name and is not held to a noun.
    expect(groups).toContainEqual(['b.txt']);
    expect(groups.find((g) => g.includes('a.txt'))).toEqual(expect.arrayContaining(['a.txt', 'c.txt']));
    expect(groups.find((g) => g.includes('d.txt'))).toContain('a.txt');
  });

  it('keeps two happenings of one pair apart when their months differ: the June summit and the November visit', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Vladimir Putin met Kim Jong Un in June 2024.', '2024-06', 'month', ['vladimir-putin', 'kim-jong-un'], ['meet']),
        dated('a.txt', 'Kim Jong Un met Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet']),
      ],
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('does not chain weak links: one shared country does not make two happenings one', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Russia signed a grain deal on November 29, 2024.', '2024-11-29', 'day', ['russia'], ['agree']),
        dated('b.txt', 'Russia struck Kyiv on November 29, 2024.', '2024-11-29', 'day', ['russia', 'ukraine'], ['attack']),
      ],
      isPerson,
    );
    expect(clusters).toHaveLength(2);
  });

  it('keeps a conflict visible when two reports of one meeting give days two apart', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Kim Jong Un met Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet']),
        dated('b.txt', 'Kim Jong Un met Andrei Belousov on December 1, 2024.', '2024-12-01', 'day', KIM_BELOUSOV, ['meet']),
      ],
      isPerson,
    );
    expect(clusters).toHaveLength(1);
    expect(clusters[0].conflicts).toEqual([{ value: '2024-12-01', precision: 'day', doc: 'b.txt', text: '2024-12-01' }]);
    const [event] = toEventRecords(clusters, (id) => id);
    expect(event.conflicts).toHaveLength(1);
  });

  it('does not call a report published the next day a conflict with the meeting it reports', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Kim Jong Un met Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet']),
        dated('a.txt', 'KCNA reported the meeting of Kim and Belousov on November 30, 2024.', '2024-11-30', 'day', KIM_BELOUSOV, ['report']),
      ],
      isPerson,
    );
    expect(clusters).toHaveLength(2);
    expect(clusters.every((c) => c.conflicts.length === 0)).toBe(true);
  });
});

describe('toEventRecords: the report shown', () => {
  it("shows a page's first line that runs a title-case headline into its sentence only when no other report is (representative:not-under-a-glued-headline)", () => {
    // Fox News, 1 June 2010, and 17 June 2010.
    const teaser = dated(
      'a.txt',
      'Massive Oil Spill Washes Ashore in the Gulf Millions of gallons of oil have leaked from the Deepwater Horizon, which sank on April 22.',
      '2010-04-22',
      'day',
      ['deepwater-horizon'],
      ['sink'],
      'April 22',
    );
    const shift = teaser.sentence.start;
    const first = {
      ...teaser,
      title: 'The Deepwater Horizon sank',
      sentence: { ...teaser.sentence, start: 0, end: teaser.sentence.end - shift },
      time: { ...teaser.time!, start: teaser.time!.start - shift, end: teaser.time!.end - shift },
    };
    const story = {
      ...dated(
        'b.txt',
        'Even before the Deepwater Horizon sank on April 22, a Unified Command structure was established.',
        '2010-04-22',
        'day',
        ['deepwater-horizon'],
        ['sink'],
        'April 22',
      ),
      title: 'The Deepwater Horizon sank',
    };
    const [event] = toEventRecords(clusterMentions([first, story], isPerson), (id) => id);
    expect(event.mentions[0].doc).toBe('b.txt');
    expect(event.mentions[0].rules).toContain('representative:not-under-a-glued-headline');
    // (Alone, it is shown.)
    const [alone] = toEventRecords(clusterMentions([first], isPerson), (id) => id);
    expect(alone.mentions[0].doc).toBe('a.txt');
  });

  it('shows a report whose own date is the event day, not a week written as the same Monday (own-date-at-its-precision)', () => {
    // "Last week, the White House oil spill commission also unveiled its preliminary findings" (Reuters, 17 Nov
    // 2010) was shown dated Monday 8 November at day precision, the day another report gives.
    const week = {
      ...dated(
        'a.txt',
        'Last week, the White House oil spill commission also unveiled its preliminary findings, tying the accident to errors.',
        '2010-11-08',
        'week',
        ['white-house-oil-spill-commission'],
        ['unveil'],
        'Last week',
      ),
      title: 'The White House oil spill commission unveiled its preliminary findings',
    };
    const day = {
      ...dated(
        'b.txt',
        "The White House's oil spill commission presented preliminary findings on Monday on the events that led to the blowout.",
        '2010-11-08',
        'day',
        ['white-house-oil-spill-commission'],
        ['unveil'],
        'on Monday',
      ),
      title: "The White House's oil spill commission presented preliminary findings",
    };
    const [event] = toEventRecords(clusterMentions([week, day], isPerson), (id) => id);
    expect(event.date).toMatchObject({ value: '2010-11-08', precision: 'day', text: 'on Monday' });
    expect(event.mentions[0].doc).toBe('b.txt');
    expect(event.mentions[0].rules).toContain('representative:own-date-at-its-precision');
  });

  it('does not take a lede that opens with a title and a name for a glued headline (not-under-a-glued-headline does not fire)', () => {
    // "Senate Majority Leader Harry Reid said on Tuesday that the Senate would vote next week."
    const lede = dated(
      'a.txt',
      'Senate Majority Leader Harry Reid said on Tuesday that the Senate would vote on the oil spill bill next week.',
      '2010-07-27',
      'day',
      ['harry-reid'],
      ['vote'],
      'on Tuesday',
    );
    const shift = lede.sentence.start;
    const first = {
      ...lede,
      sentence: { ...lede.sentence, start: 0, end: lede.sentence.end - shift },
      time: { ...lede.time!, start: lede.time!.start - shift, end: lede.time!.end - shift },
    };
    const other = dated(
      'b.txt',
      'Harry Reid said on July 27 that the Senate would vote on the bill next week.',
      '2010-07-27',
      'day',
      ['harry-reid'],
      ['vote'],
      'July 27',
    );
    const [event] = toEventRecords(clusterMentions([first, other], isPerson), (id) => id);
    expect(event.mentions.flatMap((m) => m.rules ?? [])).not.toContain('representative:not-under-a-glued-headline');
  });
});

describe('attachUndated', () => {
  it('joins "In a recent meeting between Kim Jong-un and Belousov" to the dated meeting of other articles', () => {
    const clusters = clusterMentions(
      [dated('a.txt', 'Kim Jong Un met Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet'])],
      isPerson,
    );
    const recent = draft('b.txt', 'In a recent meeting between Kim Jong-un and Andrei Belousov, the two sides agreed to deepen ties.', KIM_BELOUSOV, ['meet'], {
      recentCue: true,
    });
    attachUndated(clusters, [recent], isPerson, () => '2024-12-02');
    const [event] = toEventRecords(clusters, (id) => id);
    expect(event.mentions.map((m) => [m.doc, m.date])).toEqual([
      ['a.txt', { value: '2024-11-29', precision: 'day' }],
      ['b.txt', null],
    ]);
  });

  it('does not attach a "recent" meeting to a happening months before the article', () => {
    const clusters = clusterMentions(
      [dated('a.txt', 'Kim Jong Un met Andrei Belousov on March 3, 2024.', '2024-03-03', 'day', KIM_BELOUSOV, ['meet'])],
      isPerson,
    );
    const recent = draft('b.txt', 'In a recent meeting between Kim Jong-un and Andrei Belousov, the sides agreed.', KIM_BELOUSOV, ['meet'], {
      recentCue: true,
    });
    attachUndated(clusters, [recent], isPerson, () => '2024-12-02');
    expect(clusters[0].undated).toEqual([]);
  });
});

describe('toEventRecords', () => {
  it('gives the same input the same ids, sorted by date', () => {
    const make = () =>
      toEventRecords(
        clusterMentions(
          [
            dated('b.txt', 'Kim Jong Un met Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet']),
            dated('a.txt', 'Vladimir Putin met Kim Jong Un in June 2024.', '2024-06', 'month', ['vladimir-putin', 'kim-jong-un'], ['meet']),
          ],
          isPerson,
        ),
        (id) => id,
      );
    const first = make();
    expect(first.map((e) => e.date.value)).toEqual(['2024-06', '2024-11-29']);
    expect(make().map((e) => e.id)).toEqual(first.map((e) => e.id));
  });
});

describe('toEventRecords: a headline has a subject and a verb', () => {
  it('titles an event by a report with a verb, never by a noun phrase of the same happening', () => {
    const noun = {
      ...dated('a.txt', 'Talks between Kim Jong Un and Andrei Belousov on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet']),
      // (Shorter than the clause's title: titleScore alone would choose it.)
      title: 'Kim-Belousov talks',
      rules: ['nominal-happening'],
    };
    const clause = {
      ...dated('b.txt', 'Kim Jong Un met Andrei Belousov in Pyongyang on November 29, 2024.', '2024-11-29', 'day', KIM_BELOUSOV, ['meet']),
      title: 'Kim Jong Un met Andrei Belousov in Pyongyang',
      rules: ['clause-happening', 'past'],
    };
    const [event] = toEventRecords(clusterMentions([noun, clause], isPerson), (id) => id);
    expect(event.title).toBe('Kim Jong Un met Andrei Belousov in Pyongyang');
    expect(event.mentions.map((m) => m.doc)).toEqual(['b.txt', 'a.txt']);
  });

  it('still shows a happening that only a noun phrase tells', () => {
    const noun = {
      ...dated('a.txt', 'The report, published by KCNA on November 30, 2024, described the talks.', '2024-11-30', 'day', ['kcna'], ['report']),
      title: 'The report published by KCNA',
      rules: ['participle-describes-noun', 'participle:between-commas-named'],
    };
    expect(toEventRecords(clusterMentions([noun], isPerson), (id) => id).map((e) => e.title)).toEqual(['The report published by KCNA']);
    // ("compounded by thunderstorms expected in the area Friday": dated only by the clause it holds, it is not shown.)
    const dependent = { ...noun, rules: [...noun.rules, 'date:in-nonfinite-dependent'] };
    expect(toEventRecords(clusterMentions([dependent], isPerson), (id) => id)).toEqual([]);
  });

  it('shows no happening that only a participle between commas without its agent tells ("BP\'s own exploration plan submitted to federal regulators")', () => {
    const noun = {
      ...dated(
        'a.txt',
        "BP's own exploration plan, submitted to federal regulators in February 2009, minimized the danger of a spill.",
        '2009-02',
        'month',
        ['bp'],
        ['verb:submit'],
        'February 2009',
      ),
      title: "BP's own exploration plan submitted to federal regulators",
      rules: ['participle-describes-noun', 'participle:between-commas-no-agent'],
    };
    expect(toEventRecords(clusterMentions([noun], isPerson), (id) => id)).toEqual([]);
  });

  it('shows a birth told only by a participle between commas ("Steve Jobs born in San Francisco")', () => {
    const born = {
      ...dated(
        'a.txt',
        'Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world.',
        '1955-02-24',
        'day',
        ['steve-jobs'],
        ['verb:bear'],
        'February 24, 1955',
      ),
      title: 'Steve Jobs born in San Francisco',
      rules: ['participle-describes-noun', 'participle:between-commas-agentless-verb'],
    };
    expect(toEventRecords(clusterMentions([born], isPerson), (id) => id).map((e) => e.title)).toEqual(['Steve Jobs born in San Francisco']);
  });

  it('shows no happening that only a noun phrase naming one side tells ("A document filed by BP", "BP\'s announcement")', () => {
    const participle = {
      ...dated('a.txt', 'The creatures are listed in a document filed by BP in June 2009.', '2009-06', 'month', ['bp'], ['verb:file']),
      title: 'A document filed by BP',
      rules: ['participle-describes-noun'],
    };
    const noun = {
      ...dated('b.txt', "BP's announcement on Wednesday came as a relief.", '2010-08-04', 'day', ['bp'], ['announce']),
      title: "BP's announcement",
      rules: ['nominal-happening'],
    };
    expect(toEventRecords(clusterMentions([participle, noun], isPerson), (id) => id)).toEqual([]);
    // A participle that reads as a past clause has its verb: "The Mexican man arrived in Hong Kong".
    const past = { ...participle, title: 'The Mexican man arrived in Hong Kong', rules: ['participle-describes-noun', 'participle:reads-as-past'] };
    expect(toEventRecords(clusterMentions([past], isPerson), (id) => id).map((e) => e.title)).toEqual(['The Mexican man arrived in Hong Kong']);
  });

  it('shows no happening told only without a verb and by no one named', () => {
    const noun = {
      ...dated('a.txt', 'The effort, launched on Wednesday by engineers, has pumped enough fluid.', '2010-05-26', 'day', [], ['begin']),
      title: 'Effort launched by engineers',
      rules: ['participle-describes-noun'],
    };
    expect(toEventRecords(clusterMentions([noun], isPerson), (id) => id)).toEqual([]);
  });
});

describe('clusterMentions: one thing doing one thing on one day', () => {
  const withSubject = (doc: string, sentence: string, subject: string, title: string, actors: string[]): DatedMention => {
    const m = dated(doc, sentence, '2010-04-20', 'day', actors, ['explode'], 'April 20');
    const at = sentence.indexOf(subject);
    return { ...m, title, subjectRuns: [{ start: m.sentence.start + at, end: m.sentence.start + at + subject.length }] };
  };

  it('merges "The rig exploded" with "Acme\'s Horizon rig exploded" of the same day, titled by the report that names it', () => {
    const a = withSubject('a.txt', 'Robots failed to close a valve before the rig exploded on April 20.', 'the rig', 'The rig exploded', []);
    const b = withSubject('b.txt', "Oil has leaked since Acme's Horizon rig exploded on April 20.", "Acme's Horizon rig", "Acme's Horizon rig exploded", [
      'acme',
    ]);
    const [event, ...rest] = toEventRecords(clusterMentions([a, b], isPerson), (id) => id);
    expect(rest).toEqual([]);
    expect(event.title).toBe("Acme's Horizon rig exploded");
    expect(event.mentions.flatMap((m) => m.rules)).toContain('merge:same-day+same-happening+same-subject-noun');
  });

  it('keeps apart "the company" or "a rig" of two reports: one of many, or no particular one', () => {
    const a = withSubject('a.txt', 'The company exploded a charge on April 20.', 'The company', 'The company exploded a charge', []);
    const b = withSubject('b.txt', 'The company exploded a charge on April 20.', 'The company', 'The company exploded a mine', []);
    expect(clusterMentions([a, b], isPerson)).toHaveLength(2);
    const c = withSubject('c.txt', 'A rig exploded on April 20.', 'A rig', 'A rig exploded', []);
    const d = withSubject('d.txt', 'Another rig exploded on April 20.', 'Another rig', 'Another rig exploded', []);
    expect(clusterMentions([c, d], isPerson)).toHaveLength(2);
  });
});

describe('clusterMentions: one happening at one named place', () => {
  it('merges "withdrew from Avdiivka on Feb. 17" with "the fall of ... Avdiivka in February", not with another town', () => {
    const a = dated(
      'h1.html',
      'Ukrainian troops have been under heavy pressure since they withdrew from Avdiivka on Feb. 17 after months of fighting.',
      '2024-02-17',
      'day',
      ['ukraine'],
      ['leave'],
      'Feb. 17',
    );
    const b = dated(
      'w1.txt',
      "The meeting came as Ukraine's forces struggle with shortages of artillery shells after the fall of the eastern town of Avdiivka in February.",
      '2024-02',
      'month',
      ['ukraine'],
      ['attack'],
      'February',
    );
    const c = dated('w2.txt', 'Russian forces struck the town of Kupiansk in February, killing two.', '2024-02', 'month', ['ukraine'], ['attack'], 'February');
    const clusters = clusterMentions([a, b, c], isPerson);
    expect(clusters.map((k) => k.mentions.map((m) => m.doc).sort())).toEqual([['h1.html', 'w1.txt'], ['w2.txt']]);
  });

  it('reads names of places, not states, titles or months: "Russian Iskander missiles hit Odesa on March 15"', () => {
    expect([...namesIn('Twenty people died when Russian Iskander missiles hit Odesa on March 15, said President Zelenskyy.')]).toEqual([
      'iskander',
      'odesa',
      'zelenskyy',
    ]);
  });
});

describe('clusterMentions: one named thing, one incident a year', () => {
  const THINGS = new Set(['exxon-valdez', 'hurricane-katrina']);
  const isThing = (id: string) => THINGS.has(id);
  const people = (id: string) => id === 'mike-brewer';

  it('merges the 1989 grounding and spill of the Exxon Valdez told with other verbs into one background entry', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'The Exxon Valdez tanker ran aground in 1989.', '1989', 'year', ['exxon-valdez'], ['verb:run'], '1989'),
        dated('b.txt', 'In 1989 the tanker Exxon Valdez hit a reef off Alaska.', '1989', 'year', ['exxon-valdez'], ['attack'], '1989'),
        dated('c.txt', 'Exxon Valdez spilled 11 million gallons in 1989.', '1989', 'year', ['exxon-valdez'], ['verb:spill'], '1989'),
      ],
      people,
      isThing,
    );
    expect(clusters.map((c) => c.mentions.map((m) => m.doc))).toEqual([['a.txt', 'b.txt', 'c.txt']]);
    expect(clusters[0].mentions[2].rules).toContain('merge:same-year+same-thing');
  });

  it("keeps a person's own happening apart from the storm's, and another year apart", () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'Hurricane Katrina decimated the coast in 2005.', '2005', 'year', ['hurricane-katrina'], ['verb:decimate'], '2005'),
        dated(
          'b.txt',
          'Mike Brewer lost his company to Hurricane Katrina in 2005.',
          '2005',
          'year',
          ['mike-brewer', 'hurricane-katrina'],
          ['verb:lose'],
          '2005',
        ),
        dated('c.txt', 'The Exxon Valdez ran aground in 1989.', '1989', 'year', ['exxon-valdez'], ['verb:run'], '1989'),
        dated('d.txt', 'The Exxon Valdez was renamed in 1990.', '1990', 'year', ['exxon-valdez'], ['verb:rename'], '1990'),
      ],
      people,
      isThing,
    );
    expect(clusters.map((c) => c.mentions.map((m) => m.doc))).toEqual([['a.txt'], ['b.txt'], ['c.txt'], ['d.txt']]);
  });

  it('lets a report by month join the day that shares its happening and thing rather than a month-old entry', () => {
    const clusters = clusterMentions(
      [
        dated('a.txt', 'The Exxon Valdez ran aground on March 24, 1989.', '1989-03-24', 'day', ['exxon-valdez', 'exxon'], ['verb:run'], 'March 24, 1989'),
        dated('b.txt', 'The Exxon Valdez spilled oil in March 1989.', '1989-03', 'month', ['exxon-valdez'], ['verb:spill'], 'March 1989'),
        dated('c.txt', 'In March 1989 Exxon and the Exxon Valdez ran aground.', '1989-03', 'month', ['exxon-valdez', 'exxon'], ['verb:run'], 'March 1989'),
      ],
      people,
      isThing,
    );
    // c shares the happening and two actors with the day: it joins the day, not the month entry b began.
    expect(clusters.map((c) => c.mentions.map((m) => m.doc))).toEqual([['a.txt', 'c.txt'], ['b.txt']]);
  });
});

describe('localeRanks', () => {
  it('orders document ids as localeCompare does, so mentions are clustered in the same order as before', () => {
    const ids = ['b.txt', 'A.txt', 'a.txt', 'é.txt', 'e.txt', '10.txt', '9.txt', 'b.txt'];
    const ranks = localeRanks(ids);
    const byRank = [...new Set(ids)].sort((x, y) => ranks.get(x)! - ranks.get(y)!);
    expect(byRank).toEqual([...new Set(ids)].sort((x, y) => x.localeCompare(y)));
    for (const x of ids) for (const y of ids) expect(Math.sign(ranks.get(x)! - ranks.get(y)!)).toBe(Math.sign(x.localeCompare(y)));
  });
});

describe('clusterMentions: a blast and the thing it befell', () => {
  const withSubject = (doc: string, sentence: string, subjectParts: string[], title: string, actors: string[], classes: string[]): DatedMention => {
    const m = dated(doc, sentence, '2010-04-20', 'day', actors, classes, 'April 20');
    const subjectRuns = subjectParts.map((part) => {
      const at = sentence.indexOf(part);
      return { start: m.sentence.start + at, end: m.sentence.start + at + part.length };
    });
    return { ...m, title, subjectRuns };
  };

  it('reads a subject written in two runs around its date: "an April 20 rig explosion" / "the April 20 rig explosion"', () => {
    const m = withSubject(
      'a.txt',
      'Oil has leaked since the April 20 rig explosion killed 11 workers.',
      ['the', 'rig explosion'],
      'The rig explosion killed 11 workers',
      [],
      ['attack'],
    );
    expect(subjectKeys(m)).toEqual(['s:attack|explosion', 's:attack|rig']);
    expect(subjectKeys({ ...m, subjectRuns: [m.subjectRuns![0]] })).toEqual([]);
    // "an April 20 rig explosion": the day inside the subject says which one; "an oil rig exploded" does not.
    const dayInside = withSubject(
      'b.txt',
      'Oil has leaked since an April 20 rig explosion killed 11 workers.',
      ['an', 'rig explosion'],
      'An rig explosion killed 11 workers',
      [],
      ['attack'],
    );
    expect(subjectKeys(dayInside)).toEqual(['s:attack|explosion', 's:attack|rig']);
    const indefinite = withSubject('c.txt', 'On April 20 an oil rig exploded.', ['an oil rig'], 'An oil rig exploded', [], ['attack']);
    expect(subjectKeys(indefinite)).toEqual([]);
  });

  it('keys "a" and one noun told with its day in the sentence, "a rig exploded on April 20", as the thing of that day', () => {
    const a = withSubject('d.txt', 'Oil leaked from the well that blew when a rig exploded on April 20.', ['a rig'], 'A rig exploded', [], ['attack']);
    expect(subjectKeys(a)).toEqual(['s:attack|rig']);
    // (Not one of many: "a man", "a worker".)
    const man = withSubject('e.txt', 'A man died on April 20 in the town.', ['A man'], 'A man died', [], ['verb:die']);
    expect(subjectKeys(man)).toEqual([]);
  });

  it('makes "The explosion killed 11 workers", "Acme\'s rig exploded" and "The Acme rig explosion killed 11 workers" one happening, in any order', () => {
    const a = withSubject(
      'a.txt',
      'Oil has leaked since the explosion killed 11 workers on April 20.',
      ['the explosion'],
      'The explosion killed 11 workers',
      [],
      ['attack'],
    );
    const b = withSubject('b.txt', "Acme's rig exploded on April 20.", ["Acme's rig"], "Acme's rig exploded", ['acme'], ['attack']);
    const c = withSubject(
      'c.txt',
      'The Acme rig explosion killed 11 workers on April 20.',
      ['The Acme rig explosion'],
      'The Acme rig explosion killed 11 workers',
      ['acme'],
      ['attack'],
    );
    const clusters = clusterMentions([a, b, c], isPerson);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].mentions.flatMap((m) => m.rules)).toContain('merge:clusters-of-same-subject-noun');
    const [event] = toEventRecords(clusters, (id) => (id === 'acme' ? 'Acme' : id));
    // Titled by a report that names its participant, not by "The explosion".
    expect(event.title).toBe("Acme's rig exploded");
    expect(event.mentions[0].rules).toContain('representative:title-names-a-participant');
  });
});

describe('clusterMentions: an unplaced happening and its "when" clause', () => {
  it('joins "The flow ended" to "Acme put a cap on the well", the "when" clause of its own sentence, titled by the placed one', () => {
    const sentence = 'The flow ended on 15 July, when Acme put a cap on the well.';
    const main = { ...dated('a.txt', sentence, '2010-07-15', 'day', [], ['verb:end'], '15 July'), title: 'The flow ended' };
    const runs = [{ start: main.sentence.start, end: main.sentence.start + 'The flow'.length }];
    // (One sentence: the same offsets.)
    const when = {
      ...main,
      actors: ['acme'],
      classes: ['verb:put'],
      title: 'Acme put a cap on the well',
      rules: ['clause-happening', 'date-scope:when-clause', 'date:of-the-clause-it-is-when-of'],
    };
    // Another report of the flow's end, in other words.
    const other = { ...dated('b.txt', 'The flow ended on 15 July.', '2010-07-15', 'day', [], ['verb:end'], '15 July'), title: 'The flow ended' };
    const otherRuns = [{ start: other.sentence.start, end: other.sentence.start + 'The flow'.length }];
    const clusters = clusterMentions([{ ...main, subjectRuns: runs }, when, { ...other, subjectRuns: otherRuns }], isPerson);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].mentions.flatMap((m) => m.rules)).toContain('merge:unplaced-joins-its-when-clause');
    expect(toEventRecords(clusters, () => 'Acme')[0].title).toBe('Acme put a cap on the well');
    // A "when" clause whose main clause names its subject is left alone: "Acme shares fell on 15 July, when ...".
    const named = {
      ...dated('c.txt', 'Acme shares fell on 15 July, when Beta sold.', '2010-07-15', 'day', ['acme'], ['verb:fall'], '15 July'),
      title: 'Acme shares fell',
    };
    const sold = {
      ...named,
      actors: ['beta'],
      classes: ['verb:sell'],
      title: 'Beta sold',
      rules: ['date:of-the-clause-it-is-when-of'],
    };
    expect(clusterMentions([named, sold], isPerson)).toHaveLength(2);
  });
});

describe('toEventRecords: a title named far before the sentence', () => {
  it('shows it before "The spill began", and after a title named in its own sentence', () => {
    const bare = { ...dated('a.txt', 'The spill began on April 20.', '2010-04-20', 'day', [], ['begin']), title: 'The spill began' };
    const bareRuns = [{ start: bare.sentence.start, end: bare.sentence.start + 'The spill'.length }];
    const farText = 'Shares fell since the spill began on April 20.';
    const far0 = dated('b.txt', farText, '2010-04-20', 'day', [], ['begin']);
    const at = far0.sentence.start + farText.indexOf('the spill');
    const far = {
      ...far0,
      title: 'The Blue Bay oil spill began',
      subjectRuns: [{ start: at, end: at + 'the spill'.length }],
      rules: ['clause-happening', 'subject:named-in-article', 'quote:name-shown-apart'],
      named: { start: 0, end: 22, text: 'the Blue Bay oil spill' },
      wording: 'The spill began',
    };
    expect(placeable(far, () => '')).toBe(1);
    const [one] = toEventRecords(clusterMentions([{ ...bare, subjectRuns: bareRuns }, far], isPerson), () => '');
    expect(one.title).toBe('The Blue Bay oil spill began');
    expect(one.mentions[0].named?.text).toBe('the Blue Bay oil spill');
    const own = { ...dated('c.txt', 'The Blue Bay oil spill began on April 20.', '2010-04-20', 'day', [], ['begin']), title: 'The Blue Bay oil spill began' };
    const ownRuns = [{ start: own.sentence.start, end: own.sentence.start + 'The Blue Bay oil spill'.length }];
    const [two] = toEventRecords(clusterMentions([far, { ...own, subjectRuns: ownRuns }], isPerson), () => '');
    expect(two.mentions[0].doc).toBe('c.txt');
    expect(two.mentions[0].named).toBeUndefined();
  });
});

describe('toEventRecords: the representative report', () => {
  it('prefers a title that names its participant to "The spill began", whose subject a reader cannot place', () => {
    const bare = { ...dated('a.txt', 'The spill began on April 20.', '2010-04-20', 'day', [], ['begin']), title: 'The spill began' };
    const named = {
      ...dated('b.txt', 'Shares have halved since the Acme Horizon oil spill began on April 20.', '2010-04-20', 'day', ['acme-horizon'], ['begin']),
      title: 'The Acme Horizon oil spill began',
    };
    expect(placeable(bare, (id) => id)).toBe(1); // no subject runs: nothing says it is a bare common noun
    const runs = [{ start: bare.sentence.start, end: bare.sentence.start + 'The spill'.length }];
    expect(placeable({ ...bare, subjectRuns: runs }, (id) => id)).toBe(0);
    expect(placeable(named, () => 'Acme Horizon')).toBe(2);
    const [event] = toEventRecords(clusterMentions([{ ...bare, subjectRuns: runs }, named], isPerson), () => 'Acme Horizon');
    expect(event.title).toBe('The Acme Horizon oil spill began');
  });

  it('prefers the report whose sentence names the actors its happening is listed with ("freed by Kenny MacAskill")', () => {
    const short = {
      ...dated('a.txt', 'Megrahi was freed by the Scottish authorities in August 2009.', '2009-08', 'month', ['megrahi'], ['leave'], 'August 2009'),
      title: 'Megrahi was freed by the Scottish authorities',
    };
    const full = (doc: string) => ({
      ...dated(
        doc,
        'Megrahi was freed by Justice Secretary Kenny MacAskill in August 2009.',
        '2009-08',
        'month',
        ['megrahi', 'kenny-macaskill'],
        ['leave'],
        'August 2009',
      ),
      title: 'Megrahi was freed by Justice Secretary Kenny MacAskill',
    });
    const name = (id: string) => (id === 'megrahi' ? 'Megrahi' : 'Kenny MacAskill');
    const [event] = toEventRecords(
      clusterMentions([short, full('b.txt'), full('c.txt')], new Set(['megrahi', 'kenny-macaskill']).has.bind(new Set(['megrahi', 'kenny-macaskill']))),
      name,
    );
    expect(event.title).toBe('Megrahi was freed by Justice Secretary Kenny MacAskill');
    expect(event.actors).toEqual(['megrahi', 'kenny-macaskill']);
  });

  it('lists an actor other reports name only where the sentence shown writes it (actors:named-in-sentence-shown)', () => {
    const report = (doc: string, sentence: string, actors: string[]) => dated(doc, sentence, '2010-05-03', 'day', actors, ['sue'], '3 May');
    const clusters = () =>
      clusterMentions(
        [
          report('b.txt', 'Acme and Beta sued the regulator on 3 May.', ['acme', 'beta']),
          report('c.txt', 'Acme and Beta sued the regulator on 3 May.', ['acme', 'beta']),
          report('d.txt', 'Acme and Gamma Corp sued the regulator on 3 May.', ['acme', 'gamma']),
          report('e.txt', 'Gamma Corp sued the regulator on 3 May.', ['gamma']),
        ],
        isPerson,
      );
    const name = (id: string) => ({ acme: 'Acme', beta: 'Beta', gamma: 'Gamma Corp' })[id] ?? id;
    const [event] = toEventRecords(clusters(), name, (id) => [name(id)]);
    expect(event.mentions[0].sentence).toBe('Acme and Beta sued the regulator on 3 May.');
    expect(event.actors).toEqual(['acme', 'beta']);
    expect(event.mentions[0].rules).toContain('actors:named-in-sentence-shown');
    // (a report that names its own participants lists those alone: Gamma Corp, named by two other reports, not here)
    expect(toEventRecords(clusters(), name)[0].actors).toEqual(['acme', 'beta']);
  });
});

describe('clusterMentions: reports without a verb join their happening', () => {
  it('joins a cluster of "Explosion of the Acme rig" reports to the shown explosion of that day, whatever came first', () => {
    const noun = (doc: string) => ({
      ...dated(doc, 'Oil has leaked since the explosion of the Acme rig on April 20.', '2010-04-20', 'day', ['acme'], ['attack'], 'April 20'),
      title: 'Explosion of the Acme rig',
      rules: ['nominal-happening'],
    });
    const clause = dated('c.txt', 'The explosion sank the Acme rig on April 20.', '2010-04-20', 'day', ['acme'], ['attack'], 'April 20');
    const subject = 'The explosion';
    const withRuns = {
      ...clause,
      title: 'The explosion sank the Acme rig',
      subjectRuns: [{ start: clause.sentence.start, end: clause.sentence.start + subject.length }],
    };
    // A report of another explosion's key came first, so the clause joins it by its subject, not the nouns' cluster.
    const other = {
      ...dated('0.txt', 'The explosion killed 11 workers on April 20.', '2010-04-20', 'day', [], ['attack'], 'April 20'),
      title: 'The explosion killed 11 workers',
    };
    const otherWithRuns = { ...other, subjectRuns: [{ start: other.sentence.start, end: other.sentence.start + subject.length }] };
    const clusters = clusterMentions([otherWithRuns, noun('a.txt'), noun('b.txt'), withRuns], isPerson);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].mentions.flatMap((m) => m.rules)).toContain('merge:verbless-joins-its-happening');
  });
});

describe('a headline dated by its publication day', () => {
  const headline = (doc: string, published: string, actors: string[], classes: string[]): DatedMention => {
    const m = dated(doc, 'Kim Jong Un Meets with Russian Defense Minister, Signaling Strengthened Ties', published, 'day', actors, classes, '');
    return {
      ...m,
      title: 'Kim Jong Un Meets with Russian Defense Minister',
      basis: 'relative',
      rules: ['headline:own-verb', 'date:headline-of-lede-publication-day'],
    };
  };
  const lead = (doc: string) =>
    dated(
      doc,
      'Kim Jong Un met with Russian Defense Minister Andrei Beloousov on November 29th.',
      '2024-11-29',
      'day',
      KIM_BELOUSOV,
      ['meet'],
      'November 29th',
    );

  it('joins the happening its own article tells two days before, which gives the date', () => {
    const [event, ...rest] = toEventRecords(clusterMentions([headline('a.txt', '2024-12-01', ['kim-jong-un'], ['meet']), lead('a.txt')], isPerson), (id) => id);
    expect(rest).toEqual([]);
    expect(event.date.value).toBe('2024-11-29');
    expect(event.title).toBe('Kim Jong Un met with Russian Defense Minister Andrei Beloousov');
    expect(event.mentions).toHaveLength(2);
    expect(event.mentions.flatMap((m) => m.rules ?? [])).toContain('merge:headline-told-in-its-body');
  });

  it('joins it too when the headline was dated by the day before publication that its first lines name', () => {
    const h = { ...headline('a.txt', '2024-11-30', ['kim-jong-un'], ['meet']), rules: ['headline:own-verb', 'date:headline-of-lede-day'] };
    const events = toEventRecords(clusterMentions([h, lead('a.txt')], isPerson), (id) => id);
    expect(events.map((e) => e.date.value)).toEqual(['2024-11-29']);
  });

  it('stays its own day when the happening is told by another article, or is of another kind', () => {
    expect(toEventRecords(clusterMentions([headline('a.txt', '2024-12-01', ['kim-jong-un'], ['meet']), lead('b.txt')], isPerson), (id) => id)).toHaveLength(2);
    expect(toEventRecords(clusterMentions([headline('a.txt', '2024-12-01', ['kim-jong-un'], ['attack']), lead('a.txt')], isPerson), (id) => id)).toHaveLength(
      2,
    );
    expect(toEventRecords(clusterMentions([headline('a.txt', '2024-12-09', ['kim-jong-un'], ['meet']), lead('a.txt')], isPerson), (id) => id)).toHaveLength(2);
  });
});
