import { describe, expect, it } from 'vitest';
import { explainTimeExpressions, findTimeExpressions, resolveInDirection } from './time';

/** The expressions of a text as "text → value" pairs, the way a reader checks them. */
function dates(text: string, reference: string | null): string[] {
  return findTimeExpressions(text, reference).map((e) => `${e.text} → ${e.value ?? 'null'} (${e.precision})`);
}

function only(text: string, reference: string | null) {
  const found = findTimeExpressions(text, reference);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('explicit dates keep the precision the text gives', () => {
  it('reads a full date, a month and year, and a bare year', () => {
    expect(dates('Seoul, December 1, 2024 – North Korean state media reported.', null)).toEqual(['December 1, 2024 → 2024-12-01 (day)']);
    expect(dates('Since their summit in September 2023, the relationship between the two countries has strengthened.', '2024-11-30')).toEqual([
      'September 2023 → 2023-09 (month)',
    ]);
    expect(dates('A 2018 military agreement between the two Koreas collapsed last year.', '2024-11-30')).toEqual([
      '2018 → 2018 (year)',
      'last year → 2023 (year)',
    ]);
  });

  it('reads day-first dates, abbreviated months and ISO dates', () => {
    expect(dates('The decree was signed on 29 November 2024 in Pyongyang.', null)).toEqual(['on 29 November 2024 → 2024-11-29 (day)']);
    expect(dates('Talks resumed on 2024-06-19 at 10 a.m. local time.', null)).toEqual(['2024-06-19 → 2024-06-19 (day)']);
    expect(only('Officials met on Nov. 29 in Moscow.', '2024-12-01').value).toBe('2024-11-29');
  });

  it('marks explicit and relative expressions by their basis', () => {
    const [explicit, relative] = findTimeExpressions('It was signed on November 29, 2024 and announced on Friday.', '2024-11-30');
    expect(explicit.basis).toBe('explicit');
    expect(relative.basis).toBe('relative');
  });

  it('gives parts of a year the year, and parts of a month the month', () => {
    expect(only('Mac OS X Lion is to be released in mid-2011.', '2010-10-23')).toMatchObject({ text: 'mid-2011', value: '2011', precision: 'year' });
    expect(only('He took six months off in early 2009.', '2011-01-17')).toMatchObject({ text: 'early 2009', value: '2009' });
    expect(only('The drills were held in the summer of 2023.', '2024-11-30')).toMatchObject({ text: 'the summer of 2023', value: '2023' });
    expect(only('Troops arrived in early June, officials said.', '2024-11-30')).toMatchObject({ text: 'early June', value: '2024-06', precision: 'month' });
  });

  it('gives quarters and halves the year', () => {
    expect(dates('Profits rose in Q3 2024 and in the third quarter of 2023.', null)).toEqual([
      'Q3 2024 → 2024 (year)',
      'the third quarter of 2023 → 2023 (year)',
    ]);
  });

  it('takes the start of a range', () => {
    expect(only('He served as envoy from 2005 to 2007.', null)).toMatchObject({ text: '2005 to 2007', value: '2005', precision: 'year' });
    expect(only('The exercises ran June 5-7 off the coast.', '2024-11-30')).toMatchObject({ value: '2024-06-05', precision: 'day' });
  });
});

describe('bare years are taken only where a reader sees a year', () => {
  it('rejects counts, amounts and model numbers', () => {
    expect(dates('North Korea has supplied over 10,000 containers of ammunition.', '2024-11-30')).toEqual([]);
    expect(dates('Boeing is still dealing with the fallout over 737 Max crashes.', '2024-11-30')).toEqual([]);
    expect(dates('Reports say over 2,000 troops were deployed, and 2000 soldiers more are ready.', '2024-11-30')).toEqual([]);
    expect(dates('The iPod holds up to 160GB or 40,000 songs, and costs $1999.', '2007-09-05')).toEqual([]);
  });

  it('takes a year after a preposition, an article or at the start of a sentence', () => {
    expect(dates('The store was renamed in 2006. 2007 was its best year.', null)).toEqual(['2006 → 2006 (year)', '2007 → 2007 (year)']);
    expect(dates('The 1991 agreement barred Apple Computer from the music business.', null)).toEqual(['1991 → 1991 (year)']);
  });

  it('takes the year of a named event but not of a product', () => {
    expect(dates('Apple Computer CEO Steve Jobs gives opening keynote to WWDC 2005', null)).toEqual(['2005 → 2005 (year)']);
    expect(dates('The upgrade from Windows 2000 was slow.', null)).toEqual([]);
  });

  it('leaves decades alone', () => {
    expect(dates('Relations had been frozen since the 1990s.', '2024-11-30')).toEqual([]);
  });
});

describe('relative expressions resolve into the past of the reference', () => {
  it('dates "on November 29th" in a piece of 1 December 2024', () => {
    expect(only('Kim Jong Un met with Russian Defense Minister Andrei Beloousov on November 29th.', '2024-12-01').value).toBe('2024-11-29');
    expect(only('reported by KCNA on November 30th, described the meeting', '2024-12-01').value).toBe('2024-11-30');
  });

  it('dates "on Friday" from the byline of a piece published Saturday 30 Nov 2024', () => {
    const friday = only(
      "Kim's comments came after a meeting with Russian Defence Minister Andrei Belousov on Friday, in which he expressed full support.",
      '2024-11-30',
    );
    expect(friday).toMatchObject({ text: 'on Friday', value: '2024-11-29', precision: 'day', basis: 'relative' });
  });

  it('leaves "on Friday" unresolved with its weekday when the document date is unknown', () => {
    const friday = only('after a meeting with Russian Defence Minister Andrei Belousov on Friday, in which', null);
    expect(friday).toMatchObject({ value: null, precision: 'day', constraint: { weekday: 5 } });
  });

  it('takes a weekday equal to the reference weekday as the reference day', () => {
    expect(only('Steve Jobs announced Monday in an internal memo that he would be on medical leave.', '2011-01-17').value).toBe('2011-01-17');
    expect(only('Apple Inc. announced on Wednesday a new lineup.', '2024-06-20').value).toBe('2024-06-19');
  });

  it('gives a weekday the month of a reference known only to the month', () => {
    expect(only('The ministers met on Wednesday.', '2024-06')).toMatchObject({ value: '2024-06', precision: 'month' });
  });

  it('dates months without a year to the most recent one', () => {
    expect(dates('The pact was signed during a summit between Kim and Putin in June.', '2024-11-30')).toEqual(['June → 2024-06 (month)']);
    expect(dates('Shoigu was replaced as defense minister back in June.', '2024-11-30')).toEqual(['June → 2024-06 (month)']);
    expect(dates('A class-action lawsuit was filed against Apple in January.', '2006-04-05')).toEqual(['January → 2006-01 (month)']);
    expect(dates('The lawsuit was filed in December.', '2006-04-05')).toEqual(['December → 2005-12 (month)']);
    expect(only('The drills were held in June.', null)).toMatchObject({ value: null, precision: 'month', constraint: { month: 6 } });
  });

  it('reads "last", "this" and "next" with months, weeks and years', () => {
    expect(dates('North Korea sent troops to aid Russia’s military efforts last month.', '2024-11-30')).toEqual(['last month → 2024-10 (month)']);
    expect(dates('Earlier this month, U.S. President Joe Biden authorized the use of ATACMS missiles.', '2024-11-30')).toEqual([
      'Earlier this month → 2024-11 (month)',
    ]);
    expect(dates('Belousov was appointed as defense minister earlier this year.', '2024-11-30')).toEqual(['earlier this year → 2024 (year)']);
    expect(dates('A second round is planned later this month.', '2024-11-30')).toEqual(['later this month → 2024-11 (month)']);
    expect(dates('The treaty takes effect next year.', '2024-11-30')).toEqual(['next year → 2025 (year)']);
    expect(dates('The agreement collapsed last year.', '2024-06')).toEqual(['last year → 2023 (year)']);
    expect(dates('Apple passed Wal-Mart at the beginning of the year.', '2008-04-09')).toEqual(['at the beginning of the year → 2008 (year)']);
  });

  // A week is written as its Monday (src/schema/timeline.ts). 3 December 2024 is a Tuesday, in the week of 2 December.
  it('gives "last week", "this week", "next week" and "N weeks ago" their week, with the rule that read them', () => {
    const week = (text: string, reference: string) => {
      const e = only(text, reference);
      return `${e.text} → ${e.value} (${e.precision}) ${e.rules.join(' ')}`;
    };
    expect(week('The missiles were fired last week.', '2024-12-03')).toBe('last week → 2024-11-25 (week) deictic:thisWeek');
    expect(week('Talks stalled the previous week, officials said.', '2024-12-03')).toBe(
      'the previous week → 2024-11-25 (week) anaphoric:followingUnit countedFromReference',
    );
    expect(week('The rig was inspected a week ago.', '2024-12-03')).toBe('a week ago → 2024-11-25 (week) deictic:weeksAgo');
    expect(week('Earlier this week the ministers met in Brussels.', '2024-12-03')).toBe('Earlier this week → 2024-12-02 (week) deictic:thisWeek');
    expect(week('The ministers met this week.', '2024-12-08')).toBe('this week → 2024-12-02 (week) deictic:thisWeek'); // a Sunday ends its week
    expect(week('The plant closed two weeks ago.', '2024-12-03')).toBe('two weeks ago → 2024-11-18 (week) deictic:weeksAgo');
    expect(week('The plant closed 3 weeks ago.', '2024-12-03')).toBe('3 weeks ago → 2024-11-11 (week) deictic:weeksAgo');
    expect(week('A vote is expected next week.', '2024-12-03')).toBe('next week → 2024-12-09 (week) deictic:thisWeek');
    // 30 May 2010 is a Sunday: six weeks back is Sunday 18 April, "nearly" six weeks back is after it.
    expect(week('The spill began nearly six weeks ago.', '2010-05-30')).toBe('six weeks ago → 2010-04-19 (week) deictic:nearlyWeeksAgo');
    expect(week('The spill began six weeks ago.', '2010-05-30')).toBe('six weeks ago → 2010-04-12 (week) deictic:weeksAgo');
    expect(week('The spill began almost two weeks ago.', '2024-12-03')).toBe('two weeks ago → 2024-11-18 (week) deictic:nearlyWeeksAgo');
    // (a text is searched for these only when it holds "week" and "ago", in any case: a headline in capitals still is)
    expect(week('SPILL BEGAN NEARLY SIX WEEKS AGO', '2010-05-30')).toBe('SIX WEEKS AGO → 2010-04-19 (week) deictic:nearlyWeeksAgo');
    expect(week('Drilling Halted Two Weeks Ago', '2024-12-03')).toBe('Two Weeks Ago → 2024-11-18 (week) deictic:weeksAgo');
    expect(week('The well was capped 58 DAYS AGO.', '2010-06-16')).toBe('58 DAYS AGO → 2010-04-19 (week) deictic:manyDaysAgo');
  });

  it('reads "today", "tonight" and "this morning" in any case (deictic:today, searched only in a text that holds one of its words)', () => {
    const day = (text: string) => {
      const e = only(text, '2010-06-16');
      return `${e.text} → ${e.value} ${e.rules[0]}`;
    };
    expect(day('BP CHIEF TO FACE CONGRESS TODAY')).toBe('TODAY → 2010-06-16 deictic:today');
    expect(day('Obama will address the nation TONIGHT.')).toBe('TONIGHT → 2010-06-16 deictic:today');
    expect(day('The hearing opened This Morning in Washington.')).toBe('This Morning → 2010-06-16 deictic:today');
    expect(findTimeExpressions('This rig was inspected by the crew.', '2010-06-16')).toEqual([]);
  });

  it('reads "last week" in a Sunday paper as the week that ends that day (lastWeekFromSunday)', () => {
    // 20 June 2010 is a Sunday: the week just ended began on Monday 14 June
    expect(only('The firm signed a contract last week.', '2010-06-20')).toMatchObject({ value: '2010-06-14', precision: 'week' });
    expect(only('The firm signed a contract last week.', '2010-06-20').rules).toContain('lastWeekFromSunday');
    // (a Saturday: the week before, as any other day)
    expect(only('The firm signed a contract last week.', '2010-06-19')).toMatchObject({ value: '2010-06-07', precision: 'week' });
  });

  it('counts "last week" from the Saturday a Sunday wire story\'s lede tells its news on (lastWeekFromLedeSaturday)', () => {
    // Reuters of Sunday 4 July 2010, written on the Saturday: the ban was lifted on 22 June, in the week of 21 June
    const text =
      'NEW ORLEANS (Reuters) - A supertanker adapted to scoop up oil from the BP spill in the Gulf of Mexico began tests Saturday amid a report that some major investors expect the energy giant to replace its top executives. ' +
      'A federal court last week lifted a six-month drilling ban imposed by the Obama administration as a result of the spill.';
    const week = findTimeExpressions(text, '2010-07-04').find((x) => x.text === 'last week');
    expect(week).toMatchObject({ value: '2010-06-21', precision: 'week' });
    expect(week?.rules).toContain('lastWeekFromLedeSaturday');
    // (a lede of the Sunday itself keeps the week just ended: "BP Plc said on Sunday ... Hayward met with an Abu Dhabi fund last week")
    const sunday =
      'HOUSTON (Reuters) - BP Plc said on Sunday it is making progress. BP boss Tony Hayward met with an Abu Dhabi state investment fund last week.';
    expect(findTimeExpressions(sunday, '2010-07-11').find((x) => x.text === 'last week')).toMatchObject({
      value: '2010-07-05',
      rules: expect.arrayContaining(['lastWeekFromSunday']),
    });
  });

  it('keeps the week just ended when the Saturday comes after a lede told in the present (lastWeekFromSunday)', () => {
    // BBC of Sunday 9 May 2010: the lede is the Sunday's news; the Saturday is told in the second sentence
    const text =
      'Engineers from the British oil firm BP are scrambling to find a way to contain oil leaking from a blown-out well on the bottom of the Gulf of Mexico.\n' +
      'A containment device lowered over the well to funnel oil to the surface had to be moved on Saturday after ice-like crystals began accumulating inside it.\n' +
      'A sheen of oil began washing ashore on the Chandeleur Islands chain last week.';
    const week = findTimeExpressions(text, '2010-05-09').find((x) => x.text === 'last week');
    expect(week).toMatchObject({ value: '2010-05-03', precision: 'week', rules: expect.arrayContaining(['lastWeekFromSunday']) });
  });

  it('writes a week that spans two months as its Monday, in the earlier month', () => {
    // 7 June 2010 is a Monday; a week earlier is the week of Monday 31 May to Sunday 6 June
    expect(only('The cap was fitted last week.', '2010-06-09')).toMatchObject({ value: '2010-05-31', precision: 'week' });
    expect(only('The cap was fitted last week.', '2011-01-05')).toMatchObject({ value: '2010-12-27', precision: 'week' });
  });

  it('keeps the month for "last week" when the reference is known only to the month, and leaves it open without one', () => {
    expect(only('The missiles were fired last week.', '2024-12')).toMatchObject({ value: '2024-12', precision: 'month', rules: ['deictic:thisWeek'] });
    expect(only('The missiles were fired two weeks ago.', '2024')).toMatchObject({ value: '2024', precision: 'year' });
    expect(only('The missiles were fired last week.', null)).toMatchObject({ value: null, precision: 'month' });
  });

  it('counts "the following week" and "two weeks later" from the day told before, to a week', () => {
    expect(dates('The well blew out on April 20, 2010. The following week, oil reached the coast.', '2010-06-01')[1]).toBe(
      'The following week → 2010-04-26 (week)',
    );
    expect(dates('The well blew out on April 20, 2010. Two weeks later the slick grew.', '2010-06-01')[1]).toBe('Two weeks later → 2010-05-03 (week)');
    // a week has no day of its own to count "the next day" from
    expect(dates('Shares fell last week. The next day they rose.', '2010-06-09')).toEqual(['last week → 2010-05-31 (week)']);
  });

  it('reads last Friday and next Friday against the reference', () => {
    expect(only('They met last Friday.', '2024-11-29')).toMatchObject({ text: 'last Friday', value: '2024-11-22' });
    expect(only('They will meet next Friday.', '2024-11-30')).toMatchObject({ text: 'next Friday', value: '2024-12-06' });
  });

  it('lets a future wording point a weekday or date forward', () => {
    expect(only('The trial is set to begin on Wednesday in the Royal Courts of Justice.', '2006-03-28').value).toBe('2006-03-29');
    expect(only('The new iPhone 3.0 software will be available on June 17, two days before the phone launches.', '2009-06-09').value).toBe('2009-06-17');
    expect(only('Apple Inc. announced Friday that it will give owners a free case.', '2010-07-17').value).toBe('2010-07-16');
  });

  it('reads yesterday, today, tonight and years ago', () => {
    expect(dates('Yesterday, at this year’s conference, Jobs unveiled iPhone 4.', '2010-06-08')).toEqual([
      'Yesterday → 2010-06-07 (day)',
      'this year → 2010 (year)',
    ]);
    expect(dates('Apple Computer today launched a 3G iPhone; the keynote is tonight.', '2008-06-09')).toEqual([
      'today → 2008-06-09 (day)',
      'tonight → 2008-06-09 (day)',
    ]);
    expect(dates('The company was founded 24 years ago.', '2024-11-30')).toEqual(['24 years ago → 2000 (year)']);
    expect(only('Steve Jobs has died yesterday.', null)).toMatchObject({ value: null, precision: 'day', basis: 'relative' });
  });
});

describe('things that are not dates', () => {
  it('skips a date used as the name of a case or an attack', () => {
    expect(dates("ALSO READ: Trump's January 6 case dismissed as President-elect decries 'Political Hijacking'", '2024-11-30')).toEqual([]);
    expect(dates('the deadliest day since the 9/11 attacks', '2024-11-30')).toEqual([]);
  });

  it('skips durations', () => {
    expect(dates('Kim has ruled for 23 years.', '2024-11-30')).toEqual([]);
    expect(dates('It is Putin’s first visit to the country in 24 years.', '2024-06-19')).toEqual([]);
    expect(dates('Sales rose over the last year.', '2024-06-19')).toEqual([]);
  });

  it('skips times of day on their own', () => {
    expect(dates('The meeting started at 10 a.m. and ended at noon.', '2024-11-30')).toEqual([]);
  });

  it('does not read "may" the verb or a company called Sun as dates', () => {
    expect(dates('Apple may release it soon, Sun Microsystems said.', '2024-11-30')).toEqual([]);
  });
});

describe('output shape', () => {
  it('returns sorted, non-overlapping expressions with offsets into the text', () => {
    const text = 'On Friday, November 29th, 2024, the two met; in June 2023 and in 2018 they had met too.';
    const found = findTimeExpressions(text, '2024-12-01');
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    expect(found.map((e) => e.value)).toEqual(['2024-11-29', '2023-06', '2018']);
  });

  it('uses the weekday to choose the year of a date without one', () => {
    expect(only('The talks were held on Friday, November 29th.', '2024-12-01').value).toBe('2024-11-29');
  });
});

describe('months counted from the reference year', () => {
  it('reads "January of this year" as one month', () => {
    expect(dates('Jobs has been on medical leave since January of this year.', '2011-08-25')).toEqual(['January of this year → 2011-01 (month)']);
    expect(dates('The talks collapsed in March last year.', '2024-11-30')).toEqual(['March last year → 2023-03 (month)']);
  });

  it('leaves a decade written with an apostrophe alone', () => {
    expect(dates("In the late 1980's Apple Computer added sound to its machines.", '2006-03-28')).toEqual([]);
  });
});

describe('words that look like dates but are not', () => {
  it('reads May, March and August as months only where a date is introduced', () => {
    expect(dates('Prime Minister Theresa May said the March on Washington inspired August Wilson.', '2024-11-30')).toEqual([]);
    expect(dates('In May, Kim visited Moscow; they march on.', '2024-11-30')).toEqual(['May → 2024-05 (month)']);
  });

  it('reads "USA Today" as a name and "Today" opening a quote as the day', () => {
    expect(dates('USA Today reported the deal.', '2024-11-30')).toEqual([]);
    expect(dates('He stated that “Today Apple is going to reinvent the phone”.', '2007-01-10')).toEqual(['Today → 2007-01-10 (day)']);
  });

  it('keeps a weekday in the past when a reporting verb closes the future clause', () => {
    expect(only('Officials who will attend said on Friday that talks went well.', '2024-11-30').value).toBe('2024-11-29');
    expect(only('The results will be announced on Friday.', '2024-11-27').value).toBe('2024-11-29');
  });

  it('takes a year after a possessive or a determiner and an adjective', () => {
    expect(dates("Trump's 2019 summit with Kim ended early. The landmark 2018 deal collapsed.", '2024-11-30')).toEqual([
      '2019 → 2019 (year)',
      '2018 → 2018 (year)',
    ]);
    expect(dates('Clocks were set at 1900 GMT under Section 2001 of the code.', '2024-11-30')).toEqual([]);
  });
});

describe('the time stage in a minified bundle', () => {
  it('picks chrono parsers by what they read, so renamed classes change nothing', async () => {
    const chrono = await import('chrono-node');
    const { calendarParsers } = await import('./time/chronoCalendarParser');
    const before = calendarParsers(chrono.casual.clone()).length;
    const c = chrono.casual.clone();
    // Rename every parser class as a minifier would.
    for (const p of c.parsers) Object.defineProperty(p, 'constructor', { value: class x {}, configurable: true });
    const chosen = calendarParsers(c);
    expect(chosen).toHaveLength(before);
    expect(before).toBeGreaterThanOrEqual(5);
    const only = c.clone();
    only.parsers = chosen;
    expect(only.parse('They met on November 29, 2024, not yesterday.').map((r) => r.text)).toEqual(['November 29, 2024']);
  });

  it('chooses from the probes written as one text the parsers that read them one at a time', async () => {
    const chrono = await import('chrono-node');
    const { calendarParsers, calendarProbes } = await import('./time/chronoCalendarParser');
    const source = chrono.casual.clone();
    const reads = (parser: (typeof source.parsers)[number], text: string) => {
      const alone = source.clone();
      alone.parsers = [parser];
      alone.refiners = [];
      return alone.parse(text, calendarProbes.fixedInstant).length > 0;
    };
    const oneByOne = source.parsers.filter((p) => calendarProbes.reads.some((t) => reads(p, t)) && !calendarProbes.doesNotRead.some((t) => reads(p, t)));
    expect(calendarParsers(source)).toEqual(oneByOne);
  });
});

describe('dates counted from the date told just before ("later that year", "the following month")', () => {
  it('takes the year of the sentence before: "collapsed in February 2020 ... later that year"', () => {
    const text = 'Talks collapsed in February 2020. The African Union took over mediation later that year.';
    expect(dates(text, '2025-09-09')).toEqual(['February 2020 → 2020-02 (month)', 'later that year → 2020 (year)']);
    expect(findTimeExpressions(text, '2025-09-09')[1]).toMatchObject({ basis: 'relative', countedFrom: 'February 2020' });
  });

  it('shifts by the words\' amount: "the following year", "One year later", "two days later", "the previous month"', () => {
    expect(dates('In 2001 the iPod music player and the following year the Mac OS X operating system was released.', '2011-10-06')).toEqual([
      '2001 → 2001 (year)',
      'the following year → 2002 (year)',
    ]);
    expect(dates('In 1984 the first Macintosh was released. One year later he was fired.', '2011-10-06')[1]).toBe('One year later → 1985 (year)');
    expect(dates('The strike began on October 1, 2024. Two days later the ports reopened.', '2024-10-04')[1]).toBe('Two days later → 2024-10-03 (day)');
    expect(dates('The deal was signed in March 2023; the previous month talks had stalled.', '2024-01-01')[1]).toBe('the previous month → 2023-02 (month)');
  });

  it('guesses nothing when the date before is too coarse, too far back, or missing', () => {
    expect(dates('Construction began in 2011. The next day workers arrived.', '2025-09-09')).toEqual(['2011 → 2011 (year)']);
    expect(dates('Later that year the dam was finished.', '2025-09-09')).toEqual([]);
    const far = `It began in 2011. ${'Nothing else happened then. '.repeat(20)}Later that year it ended.`;
    expect(dates(far, '2025-09-09')).toEqual(['2011 → 2011 (year)']);
  });
});

describe('holidays on a fixed day', () => {
  it('dates "on New Year\'s Day" in a piece of 2 January 2024 to 1 January 2024, and "Christmas Eve" to the nearest 24 December', () => {
    expect(dates('A magnitude 7.6 earthquake struck the Noto Peninsula on New Year’s Day, authorities said.', '2024-01-02')).toEqual([
      'New Year’s Day → 2024-01-01 (day)',
    ]);
    expect(dates('The ceasefire was broken on Christmas Eve.', '2024-12-27')).toEqual(['Christmas Eve → 2024-12-24 (day)']);
    expect(dates('Shops reopened after Boxing Day.', '2025-01-05')).toEqual(['Boxing Day → 2024-12-26 (day)']);
  });
});

describe('"Hours later" is the day told before', () => {
  it('dates "Hours later, Albertsons said" to the day of the ruling, and guesses nothing after a month', () => {
    expect(dates('A federal judge on December 10, 2024 blocked the merger. Hours later, Albertsons said it had ended the deal.', '2024-12-11')[1]).toBe(
      'Hours later → 2024-12-10 (day)',
    );
    expect(dates('The hearing ended in September. Hours later, the judge ruled.', '2024-12-11')).toEqual(['September → 2024-09 (month)']);
  });

  it('counts hours later only from a date in the same sentence or the one before: a sentence between tells another happening', () => {
    const text =
      'A memo was released by two lawmakers Tuesday. The document says there was a clear warning sign, but work proceeded. The rig exploded about two hours later.';
    expect(dates(text, '2010-05-26')).toEqual(['Tuesday → 2010-05-25 (day)']);
    expect(setAside(text, '2010-05-26')).toEqual(['hours later: anaphora:sentence-between']);
    // (years too: "16 years earlier" two sentences after "in 2006")
    const years =
      'The agency weighed fines for a spill in Alaska in 2006. The agency declined to comment. The clause was introduced by a senator 16 years earlier.';
    expect(setAside(years, '2010-05-26')).toEqual(['16 years earlier: anaphora:sentence-between']);
    expect(dates('The agency weighed fines for a spill in Alaska in 2006. The clause was introduced 16 years earlier.', '2010-05-26')[1]).toBe(
      '16 years earlier → 1990 (year)',
    );
    // (an expression that opens its sentence: the sentence between still counts)
    expect(setAside('The agency fined the firm in 2006. "The tool was unsafe," it said. A year earlier, the agency issued a notice.', '2010-05-05')).toEqual([
      'A year earlier: anaphora:sentence-between',
    ]);
    // (a date inside a speaker's quote is the quote's: "hours later" counts from the story's moment, not from it)
    const quoted =
      '"I\'m speaking totally for myself, but I\'m ashamed of what happened in the White House yesterday," Barton told Hayward.\nHours later, Barton retracted his statement.';
    expect(dates(quoted, '2010-06-17')).toEqual(['yesterday → 2010-06-16 (day)']);
    expect(setAside(quoted, '2010-06-17')).toEqual(['Hours later: anaphora:quoted-antecedent']);
    // ("the same day" names the day told, however far back.)
    expect(
      dates('TEXAS CITY, AUGUST 10, 2005 A leak produced a cloud. No one was injured. It happened on the same day that a fire broke out.', '2010-08-23')[1],
    ).toBe('the same day → 2005-08-10 (day)');
  });
});

describe('two dates joined by "and" or "or"', () => {
  it('flags both inside a noun phrase, the second and what follows it after a verb ("on 15 October and 9 November that year"), not the ends of a span', () => {
    const flagged = (text: string, ref: string) => findTimeExpressions(text, ref).map((e) => `${e.text}${e.rules.includes('coordinated') ? ' +' : ''}`);
    expect(flagged('The pandemics of 1957 and 1968 killed one to two million.', '2009-06-11')).toEqual(['1957 +', '1968 +']);
    expect(flagged('Straw was lobbied on 15 October and 9 November that year.', '2010-09-05')).toEqual(['on 15 October', '9 November +', 'that year +']);
    // ("made an appearance in March and June": the first date dates one of the two appearances.)
    expect(flagged('He made an appearance in March and June to unveil the iPad 2.', '2011-10-06')).toEqual(['March', 'June +']);
    // ("or": one of two, unknown which; neither dates the clause.)
    expect(flagged('The office denied the request on Monday or Tuesday.', '2010-06-01')).toEqual(['on Monday +', 'Tuesday +']);
    expect(flagged('Between July and August, researchers took 170 samples.', '2011-01-11')).toEqual(['July', 'August']);
  });
});

describe('a list of years', () => {
  it('reads every year of "won the tournament in 1964, 2008 and 2012"', () => {
    expect(dates('Spain also won the tournament in 1964, 2008 and 2012.', '2024-07-14').map((d) => d.split(' → ')[0])).toEqual(['1964', '2008', '2012']);
  });
});

/** What the time stage read and set aside, as "text: rule". */
function setAside(text: string, reference: string | null): string[] {
  return explainTimeExpressions(text, reference).rejected.map((r) => `${r.text}: ${r.rules[r.rules.length - 1]}`);
}

describe('a number after a date is no year unless written as one', () => {
  it('reads "since March 1, 50 did so" as March 1, not 2050', () => {
    const text = 'Of 80 countries implementing measures affecting trade since March 1, 50 did so because of swine flu.';
    expect(only(text, '2009-06-12')).toMatchObject({ text: 'March 1', value: '2009-03-01', precision: 'day' });
    expect(only('The pandemic was declared on June 11, 2009.', null).value).toBe('2009-06-11');
  });
});

describe('every expression names the rules that made it', () => {
  it('starts with its parser and ends with how it was resolved', () => {
    const [thursday, cap] = findTimeExpressions('BP said on Thursday that the new cap, fitted in early July, was holding.', '2010-07-16');
    expect(thursday.rules).toEqual(['chronoCalendar:weekday', 'direction:past']);
    expect(cap.rules).toEqual(['chronoCalendar:month', 'periodPrefix', 'direction:past']);
    expect(only('The blast killed 11 workers yesterday.', '2010-04-21').rules).toEqual(['deictic:yesterday']);
    expect(only('It will be held on Wednesday.', '2010-06-17').rules).toEqual(['chronoCalendar:weekday', 'futureCue', 'direction:future']);
    // (An opening date before a past reporting verb is the report's: the cue is in what was reported.)
    expect(only("On Monday, the paper revealed that the chief will receive a year's salary.", '2010-07-27')).toMatchObject({ value: '2010-07-26' });
    expect(only('On Monday, Acme will announce its results.', '2010-07-27')).toMatchObject({ value: '2010-08-02' });
    // ("next to the construction site" is a place, no cue.)
    expect(only('On Friday, a group of activists staged a demonstration next to the construction site.', '2010-08-09')).toMatchObject({ value: '2010-08-06' });
    expect(only('The rig sank on April 22, 2010.', null).rules).toEqual(['chronoCalendar:absolute']);
  });
});

describe('what reads as a date but is no date of a happening', () => {
  it('never dates anything by "now", "currently" or "at present", and says why', () => {
    const text = 'Some of the outrage directed at Obama now could be overspill from anger over the economy.';
    expect(findTimeExpressions(text, '2010-05-26')).toEqual([]);
    expect(setAside(text, '2010-05-26')).toEqual(['now: presentReference']);
    expect(setAside('The spill is currently the worst in US history, and at present no fix is in sight.', '2010-05-26')).toEqual([
      'currently: presentReference',
      'at present: presentReference',
    ]);
  });

  it('reads a weekday in a newspaper name as the name, not a date: "the Sunday Times", "the Mail on Sunday"', () => {
    const text = 'The company has begun talks with investors, the Sunday Times reported.';
    expect(findTimeExpressions(text, '2010-07-19')).toEqual([]);
    expect(setAside(text, '2010-07-19')).toEqual(['Sunday: outletName']);
    expect(setAside('The minister told the Mail on Sunday he would stay.', '2010-07-19')).toEqual(['on Sunday: outletName']);
    expect(findTimeExpressions('The talks began on Sunday morning.', '2010-07-19').map((t) => t.text)).toEqual(['on Sunday']);
  });

  it('reads "a recent Wednesday", "one Sunday" as some day of that name, not a date (indefiniteWeekday)', () => {
    expect(setAside('On a recent Wednesday morning, the skipper pulled his truck up to a dock.', '2010-07-10')).toEqual(['Wednesday: indefiniteWeekday']);
    expect(setAside('One Sunday, he went fishing.', '2010-07-10')).toEqual(['Sunday: indefiniteWeekday']);
    expect(findTimeExpressions('On Wednesday morning, the skipper pulled his truck up.', '2010-07-10').map((t) => t.value)).toEqual(['2010-07-07']);
  });

  it('reads "Easter Monday", "Good Friday" as a holiday whose day moves, not the last such weekday (holidayWeekday)', () => {
    const text = 'On Easter Monday, the tanker broke into two pieces.';
    expect(findTimeExpressions(text, '2010-06-24')).toEqual([]);
    expect(setAside(text, '2010-06-24')).toEqual(['Monday: holidayWeekday']);
    expect(setAside('Markets were closed on Good Friday.', '2010-04-06')).toEqual(['Friday: holidayWeekday']);
    expect(findTimeExpressions('On Monday, the tanker broke into two pieces.', '2010-06-24').map((t) => t.value)).toEqual(['2010-06-21']);
  });

  it('reads a weekday right before "talk shows", "papers", "prayers" as which ones, not a date (weeklyNoun)', () => {
    const text =
      'What the Obama administration did not realize was how the arcane world of offshore drilling would collide with official Washington as politicians began kibitzing about rig mechanisms on Sunday talk shows and oil executives gave daily briefings about their disaster-management skills.';
    expect(findTimeExpressions(text, '2010-06-20')).toEqual([]);
    expect(setAside(text, '2010-06-20')[0]).toMatch(/Sunday: weeklyNoun$/);
    expect(findTimeExpressions('The senator said on Sunday that talks would go on.', '2010-06-20').map((t) => t.value)).toEqual(['2010-06-20']);
    expect(findTimeExpressions('A report published on Monday shows the new strain spreads fast.', '2009-05-13').map((t) => t.value)).toEqual(['2009-05-11']);
  });

  it('reads a futures contract month as a contract, not a date: "U.S. April crude", "December gold", "for June delivery"', () => {
    const text = 'U.S. April crude rose 52 cents to $81.45 a barrel, and December gold slipped $3.';
    expect(findTimeExpressions(text, '2010-03-15')).toEqual([]);
    expect(setAside(text, '2010-03-15')).toEqual(['April: contractMonth', 'December: contractMonth']);
    expect(setAside('Brent crude for June delivery fell $1.20 to $84.40.', '2010-05-04')).toEqual(['June: contractMonth']);
  });

  it('reads the last day of a period a figure covers as no date (periodEnd): Reuters business copy of 1987', () => {
    expect(setAside('The company reported a loss of 2.3 mln dlrs for the year ended December 31.', '1987-03-12')).toEqual(['December 31: periodEnd']);
    expect(setAside('U.S. crude oil imports fell to 4.2 mln bpd in the week ended March 6.', '1987-03-12')).toEqual(['March 6: periodEnd']);
    expect(setAside('Exports averaged one mln bpd during the eight days ending last Sunday.', '1987-03-12')).toEqual(['last Sunday: periodEnd']);
    // (What ended on a day is dated by it: "The strike ended on Monday".)
    expect(only('The strike ended on Monday.', '1987-03-12').value).toBe('1987-03-09');
    expect(only('After the emergency claims filing period ended Tuesday, Feinberg outlined a final settlement process.', '2010-11-24').value).toBe(
      '2010-11-23',
    );
  });

  it('reads a commodity "for April" as its contract, not a date (contractMonth): Reuters of 5 Mar 1987', () => {
    const text = 'Unleaded gasoline for April finished 0.55 cent higher to 51.24 cts a gallon.';
    expect(findTimeExpressions(text, '1987-03-05')).toEqual([]);
    expect(setAside(text, '1987-03-05')).toEqual(['April: contractMonth']);
    expect(setAside('Heating oil for April rose 0.30 cent.', '1987-03-05')).toEqual(['April: contractMonth']);
    // (A figure "for February" is the month of the figure: the rule is only for a commodity.)
    expect(only('Lukman gave no specific figures for February output.', '1987-03-05').value).toBe('1987-02');
    expect(only('The contract for June was signed.', '1987-03-05').rules).not.toContain('contractMonth');
  });

  it('reads a month before "shipment" as when goods move, not a date (shipmentPeriod): Reuters commodity copy of 1987', () => {
    const peru =
      'Peru failed to conclude any purchases at its weekend buying tender for two cargoes June shipment white sugar owing to the sharp price rise that day, traders said.';
    expect(setAside(peru, '1987-04-27')).toContain('June: shipmentPeriod');
    const turkey =
      'Turkey bought an estimated 100,000 tonnes of white sugar from three trade houses today for April to June shipment, according to trade sources.';
    expect(setAside(turkey, '1987-03-25')).toContain('April to June: shipmentPeriod');
    expect(findTimeExpressions(turkey, '1987-03-25').map((x) => x.value)).toEqual(['1987-03-25']);
    // (A month alone keeps its date: "Egypt bought wheat in April".)
    expect(only('Egypt bought 200,000 tonnes of wheat in February.', '1987-03-10').value).toBe('1987-02');
  });

  it('reads a month before "quarter" as naming the quarter (quarterNamedByMonth): "in the December quarter"', () => {
    const x = only('Total debt fell to 32.94 billion N.Z. Dlrs in the December quarter.', '1987-03-10');
    expect(x.rules).toContain('quarterNamedByMonth');
  });

  it('keeps a month of data and a month that names a happening: "China\'s July crude imports", "the April oil rig explosion"', () => {
    expect(only("China's July crude imports rose 10 percent from a year before.", '2010-08-11').value).toBe('2010-07');
    expect(only('Its investigation focused on the April oil rig explosion.', '2010-09-08').value).toBe('2010-04');
  });

  it('sets a page timestamp aside, but not a date with a clock time in a sentence', () => {
    expect(setAside('13 July 2010 Last updated at 09:43 GMT Help BP has installed a new sealing cap on the leaking well.', '2010-07-13')).toEqual([
      '13 July 2010: pageTimestamp',
    ]);
    const reuters = 'HOUSTON | Thu Apr 22, 2010 7:30 pm EDT HOUSTON (Reuters) - An oil drilling rig that had burned for 36 hours sank on Thursday.';
    expect(dates(reuters, '2010-04-22')).toEqual(['on Thursday → 2010-04-22 (day)']);
    expect(setAside('By Michael Cavna | June 15, 2010; 9:10 AM ET Here is the one I did.', '2010-06-15')).toEqual(['June 15, 2010: pageTimestamp']);
    expect(setAside('Updated 10:21 AM EDT, Sat March 16, 2024\nRussian missiles hit Odesa on Friday.', '2024-03-16')).toEqual([
      'Sat March 16, 2024: pageTimestamp',
    ]);
    expect(setAside("Take a look at video I took from Louisiana's southern-most tip: Jul 18, 2010 15:26 UTC After a laid-back family getaway", null)).toEqual([
      'Jul 18, 2010: pageTimestamp',
    ]);
    expect(
      setAside('July 15, 2010 - 7:48 AM | by: Jonathan Serrie Pressure testing ran into a snag overnight when BP discovered a leak.', '2010-07-15'),
    ).toEqual(['July 15, 2010: pageTimestamp']);
    expect(only('April 20, 2010 - 9:45 p.m.: gas surged up the well.', null).value).toBe('2010-04-20');
    expect(only('The well was capped on Jul 15, 2010, officials said.', null).value).toBe('2010-07-15');
    expect(only('In Perdido Key, local health officials on Tuesday posted notices on the beaches.', '2010-06-24').rules).not.toContain('pageTimestamp');
    expect(only('The rig exploded at about 10 p.m. CDT on April 20, 2010, killing 11 workers.', null).value).toBe('2010-04-20');
    expect(only('On April 20, 2010 at 9:45 p.m. CDT, gas surged up the well.', null).value).toBe('2010-04-20');
  });

  it('flags the year of a record or a comparison as a baseline, and keeps it', () => {
    const [since, monday] = findTimeExpressions('The walkout, the first by the union since 1977, began on Monday.', '2010-05-01');
    expect(since).toMatchObject({ text: '1977', value: '1977', rules: ['bareYear', 'comparisonBaseline'] });
    expect(monday.rules).not.toContain('comparisonBaseline');
    expect(only('Prices were the lowest since 1999.', null).rules).toContain('comparisonBaseline');
    expect(only('Output was higher than in 2007.', null).rules).toContain('comparisonBaseline');
    expect(only('Consumers had drawn on stocks to levels well below this time last year.', '1987-03-11').rules).toContain('comparisonBaseline');
    expect(only('At this time last year, prices collapsed.', '1987-03-11').rules).not.toContain('comparisonBaseline');
  });
});

describe('business copy', () => {
  it('reads "on the day" after a price move as the report\'s own day', () => {
    const day = only("At its lowest point, the firm's share price was nearly 17% down on the day, but it recovered.", '2010-06-09');
    expect(day).toMatchObject({ text: 'on the day', value: '2010-06-09', precision: 'day', rules: ['business:sameDay', 'countedFromReference'] });
  });

  it('reads "late in the session" as the day told before it', () => {
    const [, late] = findTimeExpressions('BP shares fell on Tuesday. Late in the session they recovered some ground.', '2010-06-10');
    expect(late).toMatchObject({ text: 'Late in the session', value: '2010-06-08', rules: ['business:sameDay', 'countedFromDateBefore'] });
  });

  it('reads "ended the day" as the day told before it', () => {
    const [, ended] = findTimeExpressions('BP shares fell on Tuesday and ended the day 5% lower.', '2010-06-10');
    expect(ended).toMatchObject({ text: 'ended the day', value: '2010-06-08', rules: ['business:sameDay', 'countedFromDateBefore'] });
  });

  it('leaves "on the day of the explosion" alone: no price move, no session', () => {
    expect(findTimeExpressions('No alarms went off on the day of the explosion.', '2010-05-26')).toEqual([]);
  });

  it('dates "the same period last year" and "a year earlier" to the year before the report', () => {
    expect(only('Net profit fell to $1.78 billion from $5.6 billion in the same period last year.', '2010-07-27')).toMatchObject({
      text: 'the same period last year',
      value: '2009',
      precision: 'year',
      rules: ['business:yearEarlierPeriod'],
    });
    expect(only('Profit fell to $1.2bn from $2.5bn a year earlier.', '2010-07-27')).toMatchObject({
      value: '2009',
      rules: ['anaphoric:unitsLaterEarlier', 'countedFromReference'],
    });
  });
});

describe('resolveInDirection: the tense of the clause decides which way a bare month or weekday points', () => {
  it('makes "early June" of a May article next June in a future clause, and keeps last June in a past one', () => {
    const [june] = findTimeExpressions('Hayward said work on the relief well resumed in early June.', '2010-05-20');
    expect(june.value).toBe('2009-06');
    const future = resolveInDirection(june, 'future', '2010-05-20');
    expect(future).toMatchObject({ text: 'early June', value: '2010-06', precision: 'month', rules: ['chronoCalendar:month', 'periodPrefix', 'tense:future'] });
    expect(resolveInDirection(future, 'past', '2010-05-20').value).toBe('2009-06');
  });

  it('turns a weekday either way from the reference day', () => {
    const [wednesday] = findTimeExpressions('The panel met on Wednesday.', '2010-06-17');
    expect(resolveInDirection(wednesday, 'future', '2010-06-17').value).toBe('2010-06-23');
    expect(resolveInDirection(wednesday, 'past', '2010-06-17').value).toBe('2010-06-16');
  });

  it('leaves what the text itself fixes: an explicit date, "last Friday", "yesterday", "later that year"', () => {
    const text = 'The well blew out on April 20, 2010. BP capped it last Friday, yesterday it said so, and later that year it paid.';
    for (const e of findTimeExpressions(text, '2010-07-20')) expect(resolveInDirection(e, 'future', '2010-07-20')).toEqual(e);
  });

  it('gives a weekday without a reference date its constraint either way', () => {
    const [friday] = findTimeExpressions('Talks resumed on Friday.', null);
    expect(resolveInDirection(friday, 'future', null)).toMatchObject({ value: null, constraint: { weekday: 5 } });
  });
});

describe('dates that bound or span, live-blog clock times', () => {
  it('flags both ends of a span and a bound counted back, and keeps their values', () => {
    expect(findTimeExpressions('Between July and August, researchers took 170 samples.', '2011-01-11').map((e) => e.rules.includes('span'))).toEqual([
      true,
      true,
    ]);
    expect(only('The poll was conducted June 3 to 6.', '2010-06-08').rules).toContain('span');
    expect(only('Output peaked between 23 and 28 April.', '2009-05-04').rules).toContain('span');
    expect(only('The virus first emerged in Mexico more than three months ago.', '2009-06-15').rules).toContain('boundedOffset');
    expect(only('The virus first emerged in Mexico three months ago.', '2009-06-15').rules).not.toContain('boundedOffset');
  });

  it('reads a month that opens the sentence after one told in a year long past in that year (narrativeYear)', () => {
    const text =
      'In June of 1918, James Niven had 35,000 handbills printed and distributed throughout the city. In November, when the second deadly wave of the pandemic swept through Britain, he went a stage further.';
    const november = findTimeExpressions(text, '2009-04-30').find((e) => e.text.includes('November'));
    expect(november).toMatchObject({ value: '1918-11', precision: 'month', countedFrom: 'June of 1918' });
    expect(november?.rules).toContain('narrativeYear');
    // ("In June of that awful year" after "an even more heroic 1918 figure": the year written last.)
    const real =
      'Now, the Department of Health is also taking a leaf from the book of an even more heroic 1918 figure.\nIn June of that awful year, James Niven had 35,000 handbills printed.\nIn November, when the second deadly wave of the pandemic swept through Britain, he went a stage further.';
    expect(findTimeExpressions(real, '2009-04-30').map((e) => [e.text, e.value])).toEqual([
      ['June', '1918-06'],
      ['November', '1918-11'],
    ]);
    // (A year alone is background: the report's April follows.)
    const background = findTimeExpressions(
      'It effectively doubled the size of its operations in 2006, when it acquired Forest Oil. In April, Apache Energy agreed to acquire Mariner.',
      '2010-09-02',
    );
    expect(background.find((e) => e.text.includes('April'))?.value).toBe('2010-04');
    // (A recent year's story is the report's own: "In 2008 ... In November" reads as the last November.)
    const recent = findTimeExpressions('In June of 2008, he printed handbills. In November, he went a stage further.', '2009-04-30');
    expect(recent.find((e) => e.text.includes('November'))?.value).toBe('2008-11');
    expect(recent.find((e) => e.text.includes('November'))?.rules).not.toContain('narrativeYear');
  });

  it('flags a rounded count of ten years or more back ("nearly 570 years ago"), not "nearly five years ago" (approximateYearsAgo)', () => {
    expect(only('Eton College was founded by King Henry VI nearly 570 years ago.', '2009-05-28').rules).toContain('approximateYearsAgo');
    expect(only('Peter Lutz left Miami almost 20 years ago.', '2010-06-20').rules).toContain('approximateYearsAgo');
    expect(only('Mike Brewer lost his company to Hurricane Katrina nearly five years ago.', '2010-06-20').rules).not.toContain('approximateYearsAgo');
    expect(only('Tony Hayward began his career with BP 28 years ago.', '2010-06-20').rules).not.toContain('approximateYearsAgo');
  });

  it('flags a count in decades back ("a decade ago", "two decades ago") as round (decadesAgo)', () => {
    const text =
      "It won notoriety a decade ago when two of its US subsidiaries were given the largest ever environmental fines by the government's Environmental Protection Agency.";
    expect(only(text, '2009-05-01')).toMatchObject({ value: '1999' });
    expect(only(text, '2009-05-01').rules).toContain('decadesAgo');
    expect(only('Peter Lutz left Miami two decades ago.', '2010-06-20').rules).toContain('decadesAgo');
    expect(only('Tony Hayward began his career with BP 28 years ago.', '2010-06-20').rules).not.toContain('decadesAgo');
  });

  it('flags a count of years in whole tens back ("20 years ago") as round (roundYearsAgo), not "28 years ago"', () => {
    const text =
      "William Reilly, the commission's other chairman, who was head of the Environmental Protection Agency when the Exxon Valdez tanker ran aground in Alaska 20 years ago, also promised a far-ranging investigation.";
    expect(only(text, '2010-06-15').rules).toContain('roundYearsAgo');
    expect(only('Peter Lutz left Miami thirty years ago.', '2010-06-20').rules).toContain('roundYearsAgo');
    expect(only('Tony Hayward began his career with BP 28 years ago.', '2010-06-20').rules).not.toContain('roundYearsAgo');
    expect(only('Waterworld star Kevin Costner began funding the work 15 years ago.', '2010-06-20').rules).not.toContain('roundYearsAgo');
  });

  it('reads "April 29 to 5 on the scale" as April 29 and "In January, 2,012 vessels" as January', () => {
    expect(only('The WHO raised its pandemic alert on April 29 to 5 on the scale.', '2009-05-05')).toMatchObject({ value: '2009-04-29', precision: 'day' });
    expect(only('In January, 2,012 vessels operated under its flag.', '2010-05-30')).toMatchObject({ text: 'January', value: '2010-01' });
  });

  it('reads "(like) 1957 where" as a year, so "that year" counts from it', () => {
    const found = findTimeExpressions('It could be (like) 1957 where about 3 million people died that year.', '2009-05-12');
    expect(found.map((e) => `${e.text} → ${e.value}`)).toEqual(['1957 → 1957', 'that year → 1957']);
  });

  it('sets aside a live blog\'s clock times ("2003: Mr Obama opens"), not a list of past years', () => {
    const blog = '2059: A critic tweets.\n2055: Another tweets.\n2003: Mr Obama opens by chronicling his response.';
    expect(findTimeExpressions(blog, '2010-06-15')).toEqual([]);
    expect(setAside(blog, '2010-06-15')).toEqual(['2059: liveBlogTime', '2055: liveBlogTime', '2003: liveBlogTime']);
    expect(dates('1918: The Spanish flu.\n1957: Asian flu.\n2009: Swine flu.', '2009-04-28')).toHaveLength(3);
  });
});

describe('a day that names its week', () => {
  it('reads "the week of May 17" as that week, not the day', () => {
    const [t] = findTimeExpressions('In the week of May 17, officials found tar balls.', '2010-05-28');
    expect({ text: t.text, value: t.value, precision: t.precision }).toEqual({ text: 'the week of May 17', value: '2010-05-17', precision: 'week' });
    expect(t.rules).toContain('weekOf');
  });

  it('reads a long run of days back ("58 days ago") as its week, a short one as its day', () => {
    const [long] = findTimeExpressions('The crisis began 58 days ago.', '2010-06-16');
    expect({ value: long.value, precision: long.precision, rules: long.rules }).toEqual({
      value: '2010-04-19',
      precision: 'week',
      rules: ['deictic:manyDaysAgo'],
    });
    const [short] = findTimeExpressions('He returned two days ago.', '2010-06-16');
    expect({ value: short.value, precision: short.precision }).toEqual({ value: '2010-06-14', precision: 'day' });
  });
});
